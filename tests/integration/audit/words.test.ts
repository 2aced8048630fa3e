/**
 * Issue 6, actions in Thai and English words as the Audit trail tab, the CLI and the Word annex
 * show them: record and verb in words, unknown actions and records by their code.
 */
import { describe, expect, it } from 'vitest';
import { auditActionWords, auditRecordWords } from '../../../src/shared/audit';

describe('actions in words', () => {
  it('names record and verb in both languages', () => {
    expect(auditActionWords('finding.updated', 'en')).toBe('Finding: changed');
    expect(auditActionWords('finding.updated', 'th')).toBe('ข้อค้นพบ: แก้ไข');
    expect(auditActionWords('meeting.agendaItemAdded', 'en')).toBe('Agenda item: added');
    expect(auditActionWords('tot.session.deleted', 'th')).toBe('ช่วงการอบรม: ลบ');
    expect(auditRecordWords('site_visit', 'en')).toBe('Site visit');
  });

  it('shows an unknown action or record by its code', () => {
    expect(auditActionWords('future.somethingNew', 'en')).toBe('future.somethingNew');
    expect(auditActionWords('finding.teleported', 'th')).toBe('finding.teleported');
    expect(auditActionWords('nodot', 'en')).toBe('nodot');
    expect(auditRecordWords('gizmo', 'th')).toBe('gizmo');
  });
});
