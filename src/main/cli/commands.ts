import fs from 'node:fs';
import path from 'node:path';
import { contract } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/messages';
import { preflightNewFile, preflightProjectFile } from '../project/preflight';
import { ProjectFile, type OpenOptions } from '../project/project-file';
import { DEMO_TITLE, fillDemo, type DemoProgress, type DemoSummary } from '../services/demo';
import { getProjectInfo } from '../services/project';
import { hasSearchIndex, search as searchProject } from '../services/search';
import type { Invocation } from './args';
import type { CliStrings } from './catalog';
import { CliError, usageError } from './cli-error';
import { EXIT, type ExitCode } from './exit-codes';
import { runAuditCommand } from './audit-command';
import { runReviewCopyCommand } from './review-copy-command';
import { runMergeCommand } from './merge-command';
import { runExportCommand } from './export-command';
import {
  demoText,
  infoJson,
  infoText,
  searchJson,
  searchText,
  verifyLinesFrom,
  verifyText,
  type InfoReport,
} from './output';
import type { Passphrases } from './passphrases';

/** Recorded as updated_by and as the actor of audit events for every write the CLI makes. */
export const CLI_ACTOR = 'cli';

export interface CommandContext {
  language: Language;
  strings: CliStrings;
  /** Results: stdout. */
  out(text: string): void;
  /** Confirmations meant for a person, not for a script reading stdout: stderr. */
  note(text: string): void;
  passphrases: Passphrases;
  nativeBinding?: string | undefined;
}

function openOptions(ctx: CommandContext, readOnly: boolean): OpenOptions {
  // No backup on open: read-only commands must not write, and `backup` takes exactly one.
  return { actor: CLI_ACTOR, readOnly, backupOnOpen: false, nativeBinding: ctx.nativeBinding };
}

function withProject<T>(project: ProjectFile, fn: (project: ProjectFile) => T): T {
  try {
    return fn(project);
  } finally {
    project.close();
  }
}

/**
 * Checks the path before asking for a passphrase, so that a missing file, a PNG or a
 * zero-byte file is refused at once instead of after a prompt and a key derivation.
 * ProjectFile.open runs the same checks again.
 */
function existingProject(file: string, writable: boolean): string {
  const resolved = path.resolve(file);
  preflightProjectFile(resolved, { writable });
  return resolved;
}

/**
 * `bmma create`. Calls ProjectFile.create directly rather than the api's 'project.create'
 * through a Session: the Session records the installation's device id as the actor (CLI
 * writes are 'cli'), takes a backup on open, and writes the recent-files list into a
 * settings.json, which for a headless script would be either the user's app-data folder
 * (surprising) or a throwaway folder (pointless). The input is still validated with the
 * contract's own schema for 'project.create', and the answer built by the same service.
 */
async function create(ctx: CommandContext, inv: Extract<Invocation, { kind: 'create' }>): Promise<void> {
  const schema = contract['project.create'].input;
  const file = path.resolve(inv.file);
  if (!schema.shape.title.safeParse(inv.title).success) throw usageError(ctx.strings.invalidTitle, 'create');
  if (!schema.shape.path.safeParse(file).success) throw usageError(ctx.strings.invalidPath, 'create');
  preflightNewFile(file);
  const passphrase = await ctx.passphrases.forNewProject();
  const parsed = schema.safeParse({ path: file, title: inv.title, language: inv.language ?? ctx.language, passphrase });
  if (!parsed.success) throw new AppError('VALIDATION');
  const { title, language, calendar } = parsed.data;
  const project = ProjectFile.create(file, { title, language, calendar, passphrase }, openOptions(ctx, false));
  const info = withProject(project, getProjectInfo);
  ctx.out(`${ctx.strings.created(info.title, file, info.formatVersion)}\n`);
}

/**
 * `bmma demo`: a new project, created exactly as `bmma create` creates one, then filled with
 * the fictional Thailand demo through the services (services/demo). A failure half-way removes
 * the new file: a partial demo would only mislead a benchmark.
 */
async function demo(ctx: CommandContext, inv: Extract<Invocation, { kind: 'demo' }>): Promise<void> {
  const schema = contract['project.createDemo'].input;
  const file = path.resolve(inv.file);
  if (!schema.shape.path.safeParse(file).success) throw usageError(ctx.strings.invalidPath, 'demo');
  preflightNewFile(file);
  const passphrase = await ctx.passphrases.forNewProject();
  const language = inv.language ?? ctx.language;
  const parsed = schema.safeParse({ path: file, title: DEMO_TITLE[language], language, passphrase });
  if (!parsed.success) throw new AppError('VALIDATION');
  const { title, calendar } = parsed.data;
  const project = ProjectFile.create(file, { title, language, calendar, passphrase }, openOptions(ctx, false));
  let summary: DemoSummary;
  let formatVersion: number;
  try {
    summary = fillDemo(project, {
      scale: inv.scale,
      // Large demos take minutes: say where they are, on stderr so that stdout stays the summary.
      ...(inv.scale > 1
        ? {
            onProgress: ({ stage, done, total }: DemoProgress) =>
              ctx.note(`${ctx.strings.demoProgress(stage, done, total)}\n`),
          }
        : {}),
    });
    formatVersion = project.formatVersion;
    project.close();
  } catch (error) {
    project.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    throw error;
  }
  ctx.out(demoText({ title, file, formatVersion, scale: inv.scale }, summary, ctx.strings));
}

async function info(ctx: CommandContext, inv: Extract<Invocation, { kind: 'info' }>): Promise<void> {
  const file = existingProject(inv.file, false);
  const passphrase = await ctx.passphrases.current(file);
  const report = withProject(ProjectFile.open(file, passphrase, openOptions(ctx, true)), (project): InfoReport => {
    const about = getProjectInfo(project);
    return {
      file,
      title: about.title,
      language: about.language,
      formatVersion: about.formatVersion,
      appFormatVersion: about.appFormatVersion,
      counts: about.counts,
      auditEvents: about.auditEvents,
      fileSize: about.fileSize,
      backups: project.backups().map(({ name, createdAt, size }) => ({ name, createdAt, size })),
    };
  });
  ctx.out(inv.json ? infoJson(report) : infoText(report, ctx.strings, ctx.language));
}

/** `bmma search`: the service behind the api's 'search.query', on a file opened read-only. */
async function search(ctx: CommandContext, inv: Extract<Invocation, { kind: 'search' }>): Promise<void> {
  const file = existingProject(inv.file, false);
  const passphrase = await ctx.passphrases.current(file);
  const input = contract['search.query'].input.parse({ query: inv.query });
  const result = withProject(ProjectFile.open(file, passphrase, openOptions(ctx, true)), (project) => {
    // Read-only opens do not migrate: a file from an older version has no index yet.
    if (!hasSearchIndex(project)) throw new CliError(EXIT.io, ctx.strings.noSearchIndex);
    return searchProject(project, input);
  });
  ctx.out(inv.json ? searchJson(result) : searchText(result, ctx.strings));
}

async function verify(ctx: CommandContext, inv: Extract<Invocation, { kind: 'verify' }>): Promise<void> {
  const file = existingProject(inv.file, false);
  const passphrase = await ctx.passphrases.current(file);
  let project: ProjectFile;
  try {
    project = ProjectFile.open(file, passphrase, openOptions(ctx, true));
  } catch (error) {
    // Page 1 failed its authentication with a key known to be right: that is the cipher check failing.
    if (error instanceof AppError && error.code === 'FILE_TAMPERED') {
      ctx.out(
        verifyText(
          file,
          { pages: null, events: null, cipher: 'failed', sqlite: 'not-checked', audit: 'not-checked' },
          ctx.strings,
        ),
      );
    }
    throw error;
  }
  const result = withProject(project, (p) => p.checkIntegrity());
  ctx.out(verifyText(file, verifyLinesFrom(result), ctx.strings));
  if (result.ok) return;
  if (result.cipher === 'failed' || result.sqlite === 'failed' || result.problems.includes('page-authentication')) {
    throw new AppError('FILE_TAMPERED', undefined, { problems: result.problems });
  }
  const problem = result.problems.find((p) => p.startsWith('audit-')) ?? 'audit-unreadable';
  throw new CliError(EXIT.notAProjectOrTampered, ctx.strings.auditBroken(ctx.strings.auditReason(problem)));
}

async function changePassphrase(ctx: CommandContext, inv: Extract<Invocation, { kind: 'passphrase' }>): Promise<void> {
  const file = existingProject(inv.file, true);
  const current = await ctx.passphrases.current(file);
  // A new passphrase from the environment is checked before the file is opened; one typed
  // at a prompt is asked for only after the current one has proved right.
  const early = ctx.passphrases.newInEnv ? await ctx.passphrases.next() : null;
  const project = ProjectFile.open(file, current, openOptions(ctx, false));
  let backupPath: string;
  try {
    const next = early ?? (await ctx.passphrases.next());
    project.changePassphrase(current, next);
    // As the app does after a change: the newest backup opens with the passphrase the user now knows.
    backupPath = project.backupNow().path;
  } finally {
    project.close();
  }
  ctx.out(`${ctx.strings.passphraseChanged(backupPath)}\n`);
}

async function backup(ctx: CommandContext, inv: Extract<Invocation, { kind: 'backup' }>): Promise<void> {
  const file = existingProject(inv.file, true);
  const passphrase = await ctx.passphrases.current(file);
  const entry = withProject(ProjectFile.open(file, passphrase, openOptions(ctx, false)), (project) =>
    project.backupNow(),
  );
  // The path alone on stdout, so that `b=$(bmma backup f)` works; the sentence is for people.
  ctx.out(`${entry.path}\n`);
  ctx.note(`${ctx.strings.backupSaved}\n`);
}

export type ProjectCommand = Exclude<Invocation, { kind: 'help' } | { kind: 'version' }>;

/** Most commands answer nothing (exit 0); merge answers 6 when conflicts wait. */
export async function runCommand(ctx: CommandContext, inv: ProjectCommand): Promise<void | ExitCode> {
  switch (inv.kind) {
    case 'create':
      return create(ctx, inv);
    case 'demo':
      return demo(ctx, inv);
    case 'info':
      return info(ctx, inv);
    case 'search':
      return search(ctx, inv);
    case 'verify':
      return verify(ctx, inv);
    case 'passphrase':
      return changePassphrase(ctx, inv);
    case 'backup':
      return backup(ctx, inv);
    case 'export':
      return runExportCommand(
        {
          language: ctx.language,
          out: ctx.out,
          note: ctx.note,
          passphrase: (file) => ctx.passphrases.current(file),
          openOptions: { actor: CLI_ACTOR, backupOnOpen: false, nativeBinding: ctx.nativeBinding },
        },
        inv,
      );
    case 'audit':
      return runAuditCommand(
        {
          language: ctx.language,
          out: ctx.out,
          passphrase: (file) => ctx.passphrases.current(file),
          openOptions: { actor: CLI_ACTOR, backupOnOpen: false, nativeBinding: ctx.nativeBinding },
        },
        inv,
      );
    // --- Issue 6 review-copy
    case 'review-copy':
      return runReviewCopyCommand(
        {
          language: ctx.language,
          out: ctx.out,
          passphrase: (file) => ctx.passphrases.current(file),
          newPassphrase: () => ctx.passphrases.next(),
          newPassphraseInEnv: ctx.passphrases.newInEnv,
          openOptions: { actor: CLI_ACTOR, backupOnOpen: false, nativeBinding: ctx.nativeBinding },
        },
        inv,
      );
    // --- end review-copy
    // --- Issue 6 merge
    case 'merge':
      return runMergeCommand(
        {
          language: ctx.language,
          out: ctx.out,
          passphrase: (file) => ctx.passphrases.current(file),
          fromPassphrase: (file, missing) => ctx.passphrases.fromFile(file, missing),
          openOptions: { actor: CLI_ACTOR, backupOnOpen: true, nativeBinding: ctx.nativeBinding },
        },
        inv,
      );
    // --- end merge
  }
}
