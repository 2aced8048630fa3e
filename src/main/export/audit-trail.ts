import {
  Document,
  PageOrientation,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { auditActionWords, auditRecordWords, type AuditEventSummary, type AuditFilter } from '../../shared/audit';
import { DEVICE_FALLBACK_WORDS, deviceDisplayName } from '../../shared/device-labels';
import type { ExportPreview, ExportProfile } from '../../shared/export';
import type { ProjectFile } from '../project/project-file';
import { allAuditEvents, auditFacets } from '../services/audit';
import { cell, LANDSCAPE_MARGINS } from './action-plan-table';
import type { DocumentBuilder } from './builder';
import { A4, documentStyles, pageFurniture } from './kit';
import { digits, label, lines, number, shortDate, type Bilingual } from './locale';
import type { ExportProgressSink } from './progress';
import { rawRows, rowXml, type RawCell } from './raw-table';
import { placeholder } from './report-sections-parts';

/**
 * The audit trail as a Word annex (issue 6): one landscape table, one row per event, oldest first:
 * seq, time, user, action, record, fields changed. Header row repeated on every page; marking and
 * watermark from the export profile. Nothing beyond what the events hold: no details other than
 * the field names, and the record's code only where the trail or the record's own row has one.
 * The body is written as raw rows (raw-table.ts): a trail has tens of thousands of events.
 */

export const AUDIT_TRAIL_TITLE: Bilingual = { th: 'ภาคผนวก บันทึกการตรวจสอบ', en: 'Annex: audit trail' };

const HEADERS: readonly Bilingual[] = [
  { th: 'ลำดับ', en: 'No.' },
  { th: 'เวลา', en: 'Time' },
  { th: 'ผู้ใช้', en: 'User' },
  { th: 'การดำเนินการ', en: 'Action' },
  { th: 'รายการ', en: 'Record' },
  { th: 'ช่องที่แก้ไข', en: 'Fields changed' },
];
const WEIGHTS = [700, 1700, 1500, 2600, 2900, 3100] as const;
const TEXT_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;
const NO_EVENTS: Bilingual = { th: 'ไม่มีเหตุการณ์ที่ตรงกับเงื่อนไข', en: 'No events match.' };
const FILTERED: Bilingual = {
  th: 'เฉพาะเหตุการณ์ที่ตรงกับตัวกรองบนหน้าบันทึกการตรวจสอบ',
  en: 'Only the events matching the filter set on the Audit trail tab.',
};

/**
 * Records the annex names by code: those the other documents cite by code too. Others (people:
 * interviews, participants; passages, whose "P-001" codes read like a participant's) by record id,
 * so the annex says no more about people than the report does.
 */
const CODED_IN_ANNEX = new Set([
  'finding',
  'recommendation',
  'action',
  'indicator',
  'document',
  'site_visit',
  'meeting',
  'module',
  'tot_event',
]);

function widths(): number[] {
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  const floored = WEIGHTS.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  const rest = TEXT_WIDTH - floored.slice(0, -1).reduce((a, b) => a + b, 0);
  return floored.map((w, i) => (i === floored.length - 1 ? rest : w));
}

/** "29 พ.ย. 2569 20:15" in local time, the profile's calendar and digits. */
function timeText(profile: ExportProfile, iso: string, language: 'th' | 'en'): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return digits(profile, iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${shortDate(profile, day, language)} ${digits(profile, `${pad(at.getHours())}:${pad(at.getMinutes())}`)}`;
}

/**
 * The user cell: the computer's name (a name, then the start of its id, since two computers may
 * be given one name), else "This computer" for the one exporting, else "Device 1a2b3c4d".
 */
function userLines(profile: ExportProfile, event: AuditEventSummary, thisDevice: string | null): string[] {
  const name = (language: 'th' | 'en') =>
    deviceDisplayName(event.actor, event.actorLabel, thisDevice, {
      thisComputer: DEVICE_FALLBACK_WORDS.thisComputer[language],
      device: (id) => DEVICE_FALLBACK_WORDS.device[language].replace('{{id}}', id),
      system: DEVICE_FALLBACK_WORDS.system[language],
      cli: DEVICE_FALLBACK_WORDS.cli[language],
    });
  const named = lines(profile, { th: name('th'), en: name('en') });
  const id = /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(event.actor) ? event.actor.slice(0, 8) : event.actor;
  return event.actorLabel ? [...named, id] : named;
}

/** The cells of one event, in the header's order; `thisDevice` is the exporting computer's id. */
export function eventCells(profile: ExportProfile, event: AuditEventSummary, thisDevice: string | null = null): string[][] {
  const both = (words: (language: 'th' | 'en') => string): string[] => lines(profile, { th: words('th'), en: words('en') });
  const code = CODED_IN_ANNEX.has(event.entity) ? event.recordCode : null;
  const record = (language: 'th' | 'en') =>
    [auditRecordWords(event.entity, language), code ?? event.entityId ?? ''].filter(Boolean).join(' ');
  return [
    [number(profile, event.seq)],
    both((language) => timeText(profile, event.at, language)),
    userLines(profile, event, thisDevice),
    both((language) => auditActionWords(event.action, language)),
    both(record),
    [event.fields.join(', ')],
  ];
}

function* bodyRows(
  profile: ExportProfile,
  events: readonly AuditEventSummary[],
  columns: readonly number[],
  thisDevice: string,
): Iterable<string> {
  for (const event of events) {
    const cells: RawCell[] = eventCells(profile, event, thisDevice).map((texts, i) => ({ texts, width: columns[i] ?? 0 }));
    yield rowXml(cells, { cantSplit: true });
  }
}

function trailTable(profile: ExportProfile, events: readonly AuditEventSummary[], thisDevice: string): Table {
  const columns = widths();
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: HEADERS.map((h, i) => cell(lines(profile, h), columns[i] ?? 0, { bold: true, shade: 'D9D9D9' })),
  });
  return new Table({
    columnWidths: columns,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    rows: [header, rawRows(() => bodyRows(profile, events, columns, thisDevice))],
  });
}

function hasFilter(filter: AuditFilter): boolean {
  return Object.values(filter).some((v) => v !== undefined);
}

async function buildTrail(
  project: ProjectFile,
  profile: ExportProfile,
  today: string,
  sink: ExportProgressSink,
  filter: AuditFilter,
): Promise<Document> {
  await sink.step('loading', 0, 1);
  const events = allAuditEvents(project, filter);
  await sink.step('tables', 0, 1);
  const title = label(profile, AUDIT_TRAIL_TITLE);
  const children: (Paragraph | Table)[] = [new Paragraph({ style: 'Title', children: [new TextRun(title)] })];
  if (hasFilter(filter)) children.push(placeholder(profile, FILTERED));
  children.push(events.length === 0 ? placeholder(profile, NO_EVENTS) : trailTable(profile, events, project.actor));
  await sink.step('tables', 1, 1);
  const sections: ISectionOptions[] = [
    {
      properties: {
        page: {
          size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
          margin: LANDSCAPE_MARGINS,
        },
      },
      ...pageFurniture(profile, today, { width: A4.height, height: A4.width }),
      children,
    },
  ];
  return new Document({ title, styles: documentStyles(), sections });
}

/** The builder for the trail as filtered (the Audit trail tab's "Export as annex"); {} = the whole trail. */
export function auditTrailBuilder(filter: AuditFilter = {}): DocumentBuilder {
  return {
    title: (profile) => label(profile, AUDIT_TRAIL_TITLE),
    fileStem: 'BMMA-Audit-Trail',
    preview: (project): ExportPreview => {
      const matching = auditFacets(project, filter).matching;
      // An empty trail shows a placeholder line; the count (0) already says so on the Export tab.
      return { omissions: [], emptySections: [], included: matching };
    },
    build: (project, profile, today, sink) => buildTrail(project, profile, today, sink, filter),
  };
}

/** The whole trail: the Export tab's and the CLI's 'audit_trail' document. */
export const AUDIT_TRAIL_BUILDER: DocumentBuilder = auditTrailBuilder();
