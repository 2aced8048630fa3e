import path from 'node:path';
import type { AuditEventSummary, AuditVerification } from '../../shared/audit';
import type { Language } from '../../shared/messages';
import { preflightProjectFile } from '../project/preflight';
import { ProjectFile } from '../project/project-file';
import { allAuditEvents, verifyAuditTrail } from '../services/audit';
import { CliError } from './cli-error';
import { EXIT } from './exit-codes';

/**
 * `bmma audit FILE [--verify] [--json]` (issue 6): the audit trail, oldest first, from a file
 * opened read-only; with --verify the hash chain too, exiting 3 (tampered) where it breaks.
 * The listing holds what the events hold: codes, ids and field names, never content.
 */

export interface AuditInvocation {
  kind: 'audit';
  file: string;
  verify: boolean;
  json: boolean;
}

export const AUDIT_OPTIONS = { '--verify': 'flag', '--json': 'flag' } as const;

export interface AuditContext {
  language: Language;
  out(text: string): void;
  passphrase(file: string): Promise<string>;
  openOptions: { actor: string; backupOnOpen: false; nativeBinding?: string | undefined };
}

interface AuditStrings {
  empty: string;
  verifies(events: string): string;
  edited(position: string, total: string, seq: number): string;
  reordered(position: string, total: string, seq: number): string;
  deleted(missing: string, position: string, total: string, seq: number): string;
  truncated(missing: string, remaining: string, expected: string): string;
  headMismatch: string;
}

const STRINGS: Record<Language, AuditStrings> = {
  en: {
    empty: 'The audit trail has no events.',
    verifies: (events) => `audit trail verifies: ${events} events`,
    edited: (position, total, seq) =>
      `audit trail broken at event ${position} of ${total} (seq ${seq}): its hash does not match (the event was edited)`,
    reordered: (position, total, seq) =>
      `audit trail broken at event ${position} of ${total} (seq ${seq}): it is out of order or does not follow the one before`,
    deleted: (missing, position, total, seq) =>
      `audit trail broken at event ${position} of ${total} (seq ${seq}): ${missing} event(s) before it were removed`,
    truncated: (missing, remaining, expected) =>
      `audit trail broken: the last ${missing} event(s) were removed (${remaining} of ${expected} remain)`,
    headMismatch: 'audit trail broken: the last event does not match the recorded head of the trail',
  },
  th: {
    empty: 'บันทึกการตรวจสอบยังไม่มีเหตุการณ์',
    verifies: (events) => `บันทึกการตรวจสอบถูกต้อง: ${events} เหตุการณ์`,
    edited: (position, total, seq) =>
      `บันทึกการตรวจสอบขาดที่เหตุการณ์ที่ ${position} จาก ${total} (ลำดับ ${seq}): ค่าแฮชไม่ตรงกัน (เหตุการณ์ถูกแก้ไข)`,
    reordered: (position, total, seq) =>
      `บันทึกการตรวจสอบขาดที่เหตุการณ์ที่ ${position} จาก ${total} (ลำดับ ${seq}): ลำดับไม่ถูกต้องหรือไม่ต่อจากเหตุการณ์ก่อนหน้า`,
    deleted: (missing, position, total, seq) =>
      `บันทึกการตรวจสอบขาดที่เหตุการณ์ที่ ${position} จาก ${total} (ลำดับ ${seq}): เหตุการณ์ก่อนหน้า ${missing} รายการถูกลบ`,
    truncated: (missing, remaining, expected) =>
      `บันทึกการตรวจสอบขาด: เหตุการณ์ ${missing} รายการสุดท้ายถูกลบ (เหลือ ${remaining} จาก ${expected})`,
    headMismatch: 'บันทึกการตรวจสอบขาด: เหตุการณ์สุดท้ายไม่ตรงกับส่วนหัวที่บันทึกไว้',
  },
};

const count = (n: number): string => n.toLocaleString('en-US');

/** One sentence saying that the chain verifies, or exactly where and why it breaks. */
export function verificationMessage(result: AuditVerification, language: Language): string {
  const strings = STRINGS[language];
  const total = count(result.total ?? result.events);
  const position = count(result.position ?? result.events);
  const seq = result.brokenAtSeq ?? 0;
  if (result.ok) return strings.verifies(count(result.events));
  switch (result.reason) {
    case 'edited':
      return strings.edited(position, total, seq);
    case 'deleted':
      return strings.deleted(count(result.missing ?? 0), position, total, seq);
    case 'truncated':
      return (result.missing ?? 0) > 0
        ? strings.truncated(count(result.missing ?? 0), total, count(result.expected ?? 0))
        : strings.headMismatch;
    default:
      return strings.reordered(position, total, seq);
  }
}

/**
 * "12\t2026-11-29T13:15:18.000Z\tcli\tfinding.updated\tfinding\t<id>\ttitle,status", then the
 * computer's name as an eighth column when the file holds one (the first seven never move).
 */
function eventLine(event: AuditEventSummary): string {
  const fields = event.fields.length > 0 ? event.fields.join(',') : '-';
  const columns = [event.seq, event.at, event.actor, event.action, event.entity, event.entityId ?? '-', fields];
  return [...columns, ...(event.actorLabel ? [event.actorLabel] : [])].join('\t');
}

export async function runAuditCommand(ctx: AuditContext, inv: AuditInvocation): Promise<void> {
  const file = path.resolve(inv.file);
  preflightProjectFile(file, { writable: false });
  const passphrase = await ctx.passphrase(file);
  const project = ProjectFile.open(file, passphrase, { ...ctx.openOptions, readOnly: true });
  let events: AuditEventSummary[];
  let verification: AuditVerification | null = null;
  try {
    events = allAuditEvents(project);
    if (inv.verify) verification = verifyAuditTrail(project);
  } finally {
    project.close();
  }
  if (inv.json) {
    ctx.out(`${JSON.stringify(verification ? { events, verification } : { events }, null, 2)}\n`);
  } else {
    ctx.out(events.length === 0 ? `${STRINGS[ctx.language].empty}\n` : `${events.map(eventLine).join('\n')}\n`);
  }
  if (verification === null) return;
  const message = verificationMessage(verification, ctx.language);
  // The JSON already says it all on stdout; the sentence is for a person (and the failure goes to stderr).
  if (verification.ok) {
    if (!inv.json) ctx.out(`${message}\n`);
    return;
  }
  throw new CliError(EXIT.notAProjectOrTampered, message);
}
