import path from 'node:path';
import type { Language } from '../../shared/messages';
import { mergeFromFile, type MergeCounts } from '../merge/merge';
import { preflightProjectFile } from '../project/preflight';
import { ProjectFile, type OpenOptions } from '../project/project-file';
import { usageError } from './cli-error';
import { EXIT, type ExitCode } from './exit-codes';

/**
 * `bmma merge INTO FROM [--json]` (issue 6): the same merge as the app's "Import another
 * assessor's project". INTO's passphrase from BMMA_PASSPHRASE, FROM's from
 * BMMA_FROM_PASSPHRASE (or asked). Exit 6 when conflicts wait for the user.
 */

export interface MergeInvocation {
  kind: 'merge';
  into: string;
  from: string;
  json: boolean;
}

export const MERGE_OPTIONS = { '--json': 'flag' } as const;

interface MergeStrings {
  missingFrom: string;
  tooManyArguments: string;
  noFromPassphrase: string;
  result(counts: MergeCounts): string;
}

const STRINGS: Record<Language, MergeStrings> = {
  en: {
    missingFrom: '"bmma merge" needs two files: INTO (changed) and FROM (the other assessor\'s copy, only read).',
    tooManyArguments: '"bmma merge" takes two files: INTO and FROM.',
    noFromPassphrase: "No passphrase for FROM: set BMMA_FROM_PASSPHRASE, or run bmma in a terminal to be asked.",
    result: (c) =>
      `Merged: ${c.added} added, ${c.updated} updated; new conflicts: ${c.conflicts}.\n` +
      (c.pending > 0
        ? `Conflicts waiting for you: ${c.pending}. Open the project in BMMA Workbench, Review and sharing tab.\n`
        : 'No conflicts wait.\n'),
  },
  th: {
    missingFrom: '"bmma merge" ต้องระบุสองไฟล์: INTO (ไฟล์ที่ถูกปรับปรุง) และ FROM (สำเนาของผู้ประเมินอีกคน อ่านอย่างเดียว)',
    tooManyArguments: '"bmma merge" รับสองไฟล์: INTO และ FROM',
    noFromPassphrase: 'ไม่มีรหัสผ่านของ FROM: กำหนด BMMA_FROM_PASSPHRASE หรือเรียก bmma ในเทอร์มินัลเพื่อให้ถาม',
    result: (c) =>
      `รวมแล้ว: เพิ่ม ${c.added} รายการ ปรับปรุง ${c.updated} รายการ ข้อขัดแย้งใหม่ ${c.conflicts} รายการ\n` +
      (c.pending > 0
        ? `มีข้อขัดแย้ง ${c.pending} รายการรอคุณอยู่: เปิดโครงการใน BMMA Workbench แท็บการทบทวนและการแบ่งปัน\n`
        : 'ไม่มีข้อขัดแย้งรออยู่\n'),
  },
};

export function mergeInvocation(positionals: string[], flags: Set<string>, language: Language): MergeInvocation {
  const strings = STRINGS[language];
  const [into, from] = positionals;
  if (from === undefined || from === '') throw usageError(strings.missingFrom, 'merge');
  if (positionals.length > 2) throw usageError(strings.tooManyArguments, 'merge');
  return { kind: 'merge', into: into as string, from, json: flags.has('--json') };
}

export interface MergeCommandContext {
  language: Language;
  out(text: string): void;
  passphrase(file: string): Promise<string>;
  fromPassphrase(file: string, missing: string): Promise<string>;
  openOptions: OpenOptions;
}

export async function runMergeCommand(ctx: MergeCommandContext, inv: MergeInvocation): Promise<ExitCode> {
  const into = path.resolve(inv.into);
  const from = path.resolve(inv.from);
  // Both paths are checked before any passphrase is asked for or any key derived.
  preflightProjectFile(into, { writable: true });
  preflightProjectFile(from, { writable: false });
  const intoPassphrase = await ctx.passphrase(into);
  const fromPassphrase = await ctx.fromPassphrase(from, STRINGS[ctx.language].noFromPassphrase);
  const project = ProjectFile.open(into, intoPassphrase, ctx.openOptions);
  try {
    const counts = mergeFromFile(project, from, fromPassphrase);
    ctx.out(inv.json ? `${JSON.stringify(counts)}\n` : STRINGS[ctx.language].result(counts));
    return counts.pending > 0 ? EXIT.conflicts : EXIT.ok;
  } finally {
    project.close();
  }
}
