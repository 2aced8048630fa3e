import crypto from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import {
  DEFAULT_EXPORT_PROFILE,
  DOCUMENT_SUBJECT,
  type ExportSubjectKind,
  EXPORT_STAGES,
  exportProfileSchema,
  MARKINGS,
  type ExportDocument,
  type ExportProfile,
  type ExportStage,
} from '../../shared/export';
import type { Language } from '../../shared/messages';
import { ExportJobs } from '../export/progress';
import { preflightNewFile, preflightProjectFile } from '../project/preflight';
import { ProjectFile } from '../project/project-file';
import { listExportProfiles } from '../services/export';
import { listMeetings } from '../services/meetings';
import { listTotEvents } from '../services/tot';
import { runExport } from '../services/export-run';
import { usageError } from './cli-error';

/**
 * `bmma export report|action-plan|minutes|curriculum|tot-agenda|tot-evaluation|audit-trail FILE --out OUT.docx
 * [--meeting CODE | --event CODE] [...]` (issues 4 and 5): the same builders,
 * writer and audit event as the app's Export screen, with the profile given as options and/or
 * a profile saved in the project (--profile NAME; options given explicitly win over its fields).
 * A progress line per step goes to stderr; Ctrl+C cancels the export and writes nothing.
 */

export interface ExportInvocation {
  kind: 'export';
  document: ExportDocument;
  file: string;
  out: string;
  /** Each null: not given (the saved profile's value, else the default). Language default: the messages'. */
  language: ExportProfile['language'] | null;
  calendar: ExportProfile['calendar'] | null;
  digits: ExportProfile['digits'] | null;
  marking: Pick<ExportProfile, 'marking' | 'markingLabel'> | null;
  draftVersion: string | null;
  /** --profile NAME: a profile saved in the project (Export screen or export.saveProfile). */
  profileName: string | null;
  /** --meeting CODE (minutes) or --event CODE (ToT agenda and evaluation): the document's subject. */
  subjectCode: string | null;
}

export const EXPORT_OPTIONS = {
  '--out': 'value',
  '--lang': 'value',
  '--calendar': 'value',
  '--digits': 'value',
  '--marking': 'value',
  '--draft': 'value',
  '--profile': 'value',
  '--meeting': 'value',
  '--event': 'value',
} as const;

const DOCUMENTS: Record<string, ExportDocument> = {
  'action-plan': 'action_plan',
  report: 'report',
  minutes: 'minutes',
  curriculum: 'curriculum',
  'tot-agenda': 'tot_agenda',
  'tot-evaluation': 'tot_evaluation',
  // Issue 6 audit: the whole audit trail as a Word annex.
  'audit-trail': 'audit_trail',
};

/** The option naming a document's subject, by what the subject is. */
const SUBJECT_OPTION: Record<ExportSubjectKind, '--meeting' | '--event'> = {
  meeting: '--meeting',
  tot_event: '--event',
};

interface ExportStrings {
  missingDocument: string;
  missingOut: string;
  badValue(option: string, value: string, allowed: string): string;
  progress(out: string): string;
  written(file: string, bytes: number, sha256: string): string;
  unknownProfile(name: string, saved: string[]): string;
  missingSubject(document: string, option: string): string;
  unexpectedSubject(option: string, document: string): string;
  unknownSubject(kind: ExportSubjectKind, code: string, codes: string[]): string;
  stages: Record<ExportStage, string>;
}

const STRINGS: Record<Language, ExportStrings> = {
  en: {
    missingDocument:
      '"bmma export" needs the document first: "report", "action-plan", "minutes", "curriculum", "tot-agenda", "tot-evaluation" or "audit-trail", then the FILE.',
    missingOut: '"bmma export" needs --out OUT.docx: where to save the Word file.',
    badValue: (option, value, allowed) => `${option} must be ${allowed}, not "${value}".`,
    progress: (out) => `Writing the Word document ${out} ...`,
    written: (file, bytes, sha256) =>
      `Saved ${file} (${bytes} bytes)\nSHA-256 ${sha256} (recorded in the audit trail)\n`,
    unknownProfile: (name, saved) =>
      saved.length === 0
        ? `The project has no saved export profile "${name}": it has no saved profiles at all (save one on the Export screen).`
        : `The project has no saved export profile "${name}". Saved profiles: ${saved.map((n) => `"${n}"`).join(', ')}.`,
    missingSubject: (document, option) =>
      `"bmma export ${document}" needs ${option} CODE: which ${option === '--meeting' ? 'meeting (e.g. MTG-C2-3/2563)' : 'training event (e.g. TOT-2565-01)'}.`,
    unexpectedSubject: (option, document) => `${option} is not used by "bmma export ${document}".`,
    unknownSubject: (kind, code, codes) => {
      const what = kind === 'meeting' ? 'meeting' : 'Training of Trainers event';
      return codes.length === 0
        ? `The project has no ${what} "${code}": it has none yet.`
        : `The project has no ${what} "${code}". Codes: ${codes.join(', ')}.`;
    },
    stages: {
      loading: 'reading the project',
      sections: 'sections',
      charts: 'charts',
      tables: 'tables',
      packing: 'packing the Word file',
      writing: 'writing the file',
    },
  },
  th: {
    missingDocument:
      '"bmma export" ต้องระบุเอกสารก่อน คือ "report" "action-plan" "minutes" "curriculum" "tot-agenda" "tot-evaluation" หรือ "audit-trail" แล้วตามด้วย FILE',
    missingOut: '"bmma export" ต้องระบุ --out OUT.docx คือที่บันทึกไฟล์ Word',
    badValue: (option, value, allowed) => `${option} ต้องเป็น ${allowed} ไม่ใช่ "${value}"`,
    progress: (out) => `กำลังเขียนเอกสาร Word ${out} ...`,
    written: (file, bytes, sha256) => `บันทึก ${file} แล้ว (${bytes} ไบต์)\nSHA-256 ${sha256} (บันทึกไว้ในบันทึกการตรวจสอบ)\n`,
    unknownProfile: (name, saved) =>
      saved.length === 0
        ? `โครงการไม่มีโปรไฟล์การส่งออกชื่อ "${name}" และยังไม่มีโปรไฟล์ที่บันทึกไว้เลย (บันทึกได้ที่หน้าส่งออก)`
        : `โครงการไม่มีโปรไฟล์การส่งออกชื่อ "${name}" โปรไฟล์ที่บันทึกไว้: ${saved.map((n) => `"${n}"`).join(', ')}`,
    missingSubject: (document, option) =>
      `"bmma export ${document}" ต้องระบุ ${option} CODE คือ${option === '--meeting' ? 'การประชุมใด (เช่น MTG-C2-3/2563)' : 'การฝึกอบรมใด (เช่น TOT-2565-01)'}`,
    unexpectedSubject: (option, document) => `"bmma export ${document}" ไม่ใช้ ${option}`,
    unknownSubject: (kind, code, codes) => {
      const what = kind === 'meeting' ? 'การประชุม' : 'การฝึกอบรมวิทยากร';
      return codes.length === 0
        ? `โครงการไม่มี${what}รหัส "${code}" และยังไม่มี${what}เลย`
        : `โครงการไม่มี${what}รหัส "${code}" รหัสที่มี: ${codes.join(', ')}`;
    },
    stages: {
      loading: 'อ่านข้อมูลโครงการ',
      sections: 'ส่วนของรายงาน',
      charts: 'แผนภูมิ',
      tables: 'ตาราง',
      packing: 'รวมเป็นไฟล์ Word',
      writing: 'เขียนไฟล์',
    },
  },
};

function choice<T extends string>(
  language: Language,
  option: string,
  value: string | undefined,
  allowed: Record<string, T>,
): T | null {
  if (value === undefined) return null;
  const found = allowed[value];
  if (found === undefined)
    throw usageError(STRINGS[language].badValue(option, value, Object.keys(allowed).join('|')), 'export');
  return found;
}

/** `bmma export DOCUMENT FILE --out OUT ...` from the scanned arguments. */
export function exportInvocation(
  positionals: string[],
  values: Map<string, string>,
  language: Language,
): ExportInvocation {
  const strings = STRINGS[language];
  const [documentName, file] = positionals;
  const document = documentName === undefined ? undefined : DOCUMENTS[documentName];
  if (document === undefined || file === undefined || file === '') throw usageError(strings.missingDocument, 'export');
  if (positionals.length > 2) throw usageError(strings.missingDocument, 'export');
  const out = values.get('--out');
  if (out === undefined || out === '') throw usageError(strings.missingOut, 'export');
  // The subject option is checked before the passphrase is asked for: given exactly when needed.
  const kind = DOCUMENT_SUBJECT[document];
  for (const option of ['--meeting', '--event'] as const) {
    if (values.has(option) && (kind === null || SUBJECT_OPTION[kind] !== option))
      throw usageError(strings.unexpectedSubject(option, documentName ?? ''), 'export');
  }
  const subjectCode = kind === null ? null : (values.get(SUBJECT_OPTION[kind]) ?? '');
  if (kind !== null && subjectCode === '')
    throw usageError(strings.missingSubject(documentName ?? '', SUBJECT_OPTION[kind]), 'export');
  const markingValue = values.get('--marking');
  const levels = Object.fromEntries(MARKINGS.filter((m) => m !== 'custom').map((m) => [m, m] as const));
  // Anything that is not a level is the organisation's own label ("IOM – internal").
  const marking: ExportInvocation['marking'] =
    markingValue === undefined
      ? null
      : levels[markingValue]
        ? { marking: levels[markingValue], markingLabel: '' }
        : { marking: 'custom', markingLabel: markingValue };
  return {
    kind: 'export',
    document,
    file,
    out,
    language: choice(language, '--lang', values.get('--lang'), { th: 'th', en: 'en', both: 'both' } as const),
    calendar: choice(language, '--calendar', values.get('--calendar'), { be: 'BE', ce: 'CE' } as const),
    digits: choice(language, '--digits', values.get('--digits'), { thai: 'thai', arabic: 'arabic' } as const),
    marking,
    draftVersion: values.get('--draft') ?? null,
    profileName: values.get('--profile') ?? null,
    subjectCode,
  };
}

/** The id of the meeting or event a code names, read through the services; unknown -> usage error listing the codes. */
function resolveSubject(project: ProjectFile, inv: ExportInvocation, language: Language): string | undefined {
  const kind = DOCUMENT_SUBJECT[inv.document];
  if (kind === null || inv.subjectCode === null) return undefined;
  const known =
    kind === 'meeting'
      ? listMeetings(project).map((m) => ({ id: m.id, code: m.code }))
      : listTotEvents(project).map((e) => ({ id: e.id, code: e.code }));
  const found = known.find((k) => k.code === inv.subjectCode);
  if (!found)
    throw usageError(
      STRINGS[language].unknownSubject(
        kind,
        inv.subjectCode,
        known.map((k) => k.code),
      ),
      'export',
    );
  return found.id;
}

export interface ExportContext {
  language: Language;
  out(text: string): void;
  note(text: string): void;
  passphrase(file: string): Promise<string>;
  openOptions: { actor: string; backupOnOpen: false; nativeBinding?: string | undefined };
}

/**
 * The profile to export with: the saved one (or the defaults), then every option given on the
 * command line over it. Without a saved profile the calendar follows the language (C.E. for
 * English), as the Export screen's defaults do.
 */
export function mergedProfile(inv: ExportInvocation, saved: ExportProfile | null, messages: Language): ExportProfile {
  const base = saved ?? { ...DEFAULT_EXPORT_PROFILE, language: messages };
  const language = inv.language ?? base.language;
  const parsed = exportProfileSchema.safeParse({
    ...base,
    language,
    calendar: inv.calendar ?? (saved ? saved.calendar : language === 'en' ? 'CE' : 'BE'),
    digits: inv.digits ?? base.digits,
    ...(inv.marking ?? (saved ? {} : { marking: 'none', markingLabel: '' })),
    draft:
      inv.draftVersion !== null
        ? { enabled: true, version: inv.draftVersion, date: null }
        : saved
          ? saved.draft
          : { enabled: false, version: '', date: null },
  });
  if (!parsed.success)
    throw new AppError('VALIDATION', undefined, { field: parsed.error.issues[0]?.path.join('.') ?? 'profile' });
  return parsed.data;
}

/** "[3/6] sections 3/9": the stage's place among all stages, its name, and its count when it has one. */
export function progressLine(language: Language, stage: ExportStage, done: number, total: number): string {
  const place = `[${EXPORT_STAGES.indexOf(stage) + 1}/${EXPORT_STAGES.length}]`;
  const count = total > 1 ? ` ${done}/${total}` : '';
  return `${place} ${STRINGS[language].stages[stage]}${count}`;
}

/** Ctrl+C while the export runs: cancel it (it stops at its next step, writing nothing). */
function onInterrupt(cancel: () => void): () => void {
  const handler = (): void => cancel();
  process.on('SIGINT', handler);
  return () => process.off('SIGINT', handler);
}

/** Runs the export: the project opened for writing (the export's audit event), OUT never overwritten. */
export async function runExportCommand(ctx: ExportContext, inv: ExportInvocation): Promise<void> {
  const file = path.resolve(inv.file);
  const out = path.resolve(inv.out);
  preflightProjectFile(file, { writable: true });
  preflightNewFile(out);
  const strings = STRINGS[ctx.language];
  // Options alone are checked before the passphrase is asked for; with --profile, once it is read.
  if (inv.profileName === null) mergedProfile(inv, null, ctx.language);
  const passphrase = await ctx.passphrase(file);
  const project = ProjectFile.open(file, passphrase, { ...ctx.openOptions, readOnly: false });
  const jobs = new ExportJobs();
  const jobId = crypto.randomUUID();
  const stopListening = onInterrupt(() => jobs.cancel(jobId));
  try {
    let saved: ExportProfile | null = null;
    if (inv.profileName !== null) {
      const profiles = listExportProfiles(project);
      const found = profiles.find((p) => p.name === inv.profileName);
      if (!found)
        throw usageError(
          strings.unknownProfile(
            inv.profileName,
            profiles.map((p) => p.name),
          ),
          'export',
        );
      saved = found.profile;
    }
    const profile = mergedProfile(inv, saved, ctx.language);
    const subjectId = resolveSubject(project, inv, ctx.language);
    ctx.note(`${strings.progress(out)}\n`);
    let lastLine = '';
    const result = await runExport(
      project,
      { document: inv.document, profile, jobId, ...(subjectId ? { subjectId } : {}) },
      async () => out,
      {
        overwrite: false,
        jobs,
        onStep: (stage, done, total) => {
          // A builder may report the same step twice (e.g. at the start and the end of a stage): one line.
          const line = progressLine(ctx.language, stage, done, total);
          if (line !== lastLine) ctx.note(`${line}\n`);
          lastLine = line;
        },
      },
    );
    ctx.out(strings.written(result.path ?? out, result.bytes, result.sha256 ?? ''));
  } finally {
    stopListening();
    project.close();
  }
}
