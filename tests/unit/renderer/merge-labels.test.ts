import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldValue, recordKind } from '../../../src/renderer/src/features/review/merge-labels';
import { i18n } from '../../../src/renderer/src/lib/i18n';

/** A merge conflict is read as the record and field the user knows, with values as the app shows them. */
describe('merge conflicts in words', () => {
  const en = i18n.getFixedT('en');
  const th = i18n.getFixedT('th');

  it("names the record's kind and the field with the editors' labels, in both languages", () => {
    expect(recordKind(en, 'findings', 'en')).toBe('Finding');
    expect(recordKind(th, 'findings', 'th')).toBe('ข้อค้นพบ');
    expect(recordKind(en, 'crossing_points', 'en')).toBe('Crossing point');
    expect(recordKind(en, 'some_future_table', 'en')).toBe('Record');
    expect(fieldLabel(en, 'findings', 'statement_en')).toBe('Statement (English)');
    expect(fieldLabel(th, 'findings', 'statement_th')).toBe('ข้อความข้อค้นพบ (ภาษาไทย)');
    expect(fieldLabel(en, 'findings', 'severity')).toBe('Severity');
    expect(fieldLabel(en, 'actions', 'objective_th')).toBe('Objective (Thai)');
    expect(fieldLabel(en, 'findings', '@evidence_links')).toBe('Linked evidence');
    // A column no list knows is still words, not snake_case.
    expect(fieldLabel(en, 'tot_evaluations', 'logistics')).toBe('Logistics');
    expect(fieldLabel(en, 'actions', 'estimated_cost')).toBe('Estimated cost');
  });

  it("shows dates in the project's calendar, yes/no, named choices and the record's existence", () => {
    const be = { language: 'th', calendar: 'BE' } as const;
    const c = (table: string, field: string) => ({ table, field });
    expect(fieldValue(th, c('actions', 'end_date'), '2026-11-29', be)).toBe('29 พฤศจิกายน 2569');
    expect(fieldValue(en, c('actions', 'end_date'), '2026-11-29', { language: 'en', calendar: 'CE' })).toBe('29 November 2026');
    expect(fieldValue(en, c('findings', 'training_addressable'), '1', { language: 'en', calendar: 'CE' })).toBe('Yes');
    expect(fieldValue(en, c('findings', 'severity'), 'high', { language: 'en', calendar: 'CE' })).toBe('High');
    expect(fieldValue(en, c('findings', 'deleted'), '1', { language: 'en', calendar: 'CE' })).toBe('Deleted');
    expect(fieldValue(en, c('findings', 'statement_en'), '', { language: 'en', calendar: 'CE' })).toBe('(empty)');
    expect(fieldValue(en, c('findings', 'statement_en'), 'Queues at Mae Sot', { language: 'en', calendar: 'CE' })).toBe(
      'Queues at Mae Sot',
    );
  });
});
