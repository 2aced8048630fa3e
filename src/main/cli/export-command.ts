import path from 'node:path';
import { AppError } from '../../shared/errors';
import {
  DEFAULT_EXPORT_PROFILE,
  exportProfileSchema,
  MARKINGS,
  type ExportDocument,
  type ExportProfile,
} from '../../shared/export';
import type { Language } from '../../shared/messages';
import { preflightNewFile, preflightProjectFile } from '../project/preflight';
import { ProjectFile } from '../project/project-file';
import { runExport } from '../services/export-run';
import { usageError } from './cli-error';

/**
 * `bmma export action-plan FILE --out OUT.docx [...]` (issue 4): the same builder, writer and
 * audit event as the app's Export screen, with the profile given as options.
 */

export interface ExportInvocation {
  kind: 'export';
  document: ExportDocument;
  file: string;
  out: string;
  /** null: the language of the messages. */
  language: ExportProfile['language'] | null;
  calendar: ExportProfile['calendar'] | null;
  digits: ExportProfile['digits'];
  marking: Pick<ExportProfile, 'marking' | 'markingLabel'>;
  draftVersion: string | null;
}

export const EXPORT_OPTIONS = {
  '--out': 'value',
  '--lang': 'value',
  '--calendar': 'value',
  '--digits': 'value',
  '--marking': 'value',
  '--draft': 'value',
} as const;

const DOCUMENTS: Record<string, ExportDocument> = { 'action-plan': 'action_plan', report: 'report' };

interface ExportStrings {
  missingDocument: string;
  missingOut: string;
  badValue(option: string, value: string, allowed: string): string;
  progress(out: string): string;
  written(file: string, bytes: number, sha256: string): string;
}

const STRINGS: Record<Language, ExportStrings> = {
  en: {
    missingDocument: '"bmma export" needs the document first: "action-plan" or "report", then the FILE.',
    missingOut: '"bmma export" needs --out OUT.docx: where to save the Word file.',
    badValue: (option, value, allowed) => `${option} must be ${allowed}, not "${value}".`,
    progress: (out) => `Writing the Word document ${out} ...`,
    written: (file, bytes, sha256) =>
      `Saved ${file} (${bytes} bytes)\nSHA-256 ${sha256} (recorded in the audit trail)\n`,
  },
  th: {
    missingDocument: '"bmma export" ต้องระบุเอกสารก่อน คือ "action-plan" หรือ "report" แล้วตามด้วย FILE',
    missingOut: '"bmma export" ต้องระบุ --out OUT.docx คือที่บันทึกไฟล์ Word',
    badValue: (option, value, allowed) => `${option} ต้องเป็น ${allowed} ไม่ใช่ "${value}"`,
    progress: (out) => `กำลังเขียนเอกสาร Word ${out} ...`,
    written: (file, bytes, sha256) => `บันทึก ${file} แล้ว (${bytes} ไบต์)\nSHA-256 ${sha256} (บันทึกไว้ในบันทึกการตรวจสอบ)\n`,
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
  const markingValue = values.get('--marking');
  const levels = Object.fromEntries(MARKINGS.filter((m) => m !== 'custom').map((m) => [m, m] as const));
  // Anything that is not a level is the organisation's own label ("IOM – internal").
  const marking: ExportInvocation['marking'] =
    markingValue === undefined
      ? { marking: 'none', markingLabel: '' }
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
    digits:
      choice(language, '--digits', values.get('--digits'), { thai: 'thai', arabic: 'arabic' } as const) ?? 'arabic',
    marking,
    draftVersion: values.get('--draft') ?? null,
  };
}

export interface ExportContext {
  language: Language;
  out(text: string): void;
  note(text: string): void;
  passphrase(file: string): Promise<string>;
  openOptions: { actor: string; backupOnOpen: false; nativeBinding?: string | undefined };
}

/** Runs the export: the project opened for writing (the export's audit event), OUT never overwritten. */
export async function runExportCommand(ctx: ExportContext, inv: ExportInvocation): Promise<void> {
  const file = path.resolve(inv.file);
  const out = path.resolve(inv.out);
  preflightProjectFile(file, { writable: true });
  preflightNewFile(out);
  const language = inv.language ?? ctx.language;
  const parsed = exportProfileSchema.safeParse({
    ...DEFAULT_EXPORT_PROFILE,
    language,
    calendar: inv.calendar ?? (language === 'en' ? 'CE' : 'BE'),
    digits: inv.digits,
    ...inv.marking,
    draft: { enabled: inv.draftVersion !== null, version: inv.draftVersion ?? '', date: null },
  });
  if (!parsed.success)
    throw new AppError('VALIDATION', undefined, { field: parsed.error.issues[0]?.path.join('.') ?? 'profile' });
  const passphrase = await ctx.passphrase(file);
  const project = ProjectFile.open(file, passphrase, { ...ctx.openOptions, readOnly: false });
  try {
    ctx.note(`${STRINGS[ctx.language].progress(out)}\n`);
    const result = await runExport(project, { document: inv.document, profile: parsed.data }, async () => out, {
      overwrite: false,
    });
    ctx.out(STRINGS[ctx.language].written(result.path ?? out, result.bytes, result.sha256 ?? ''));
  } finally {
    project.close();
  }
}
