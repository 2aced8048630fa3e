import { formatDate } from '../../shared/dates';
import type { Language } from '../../shared/messages';
import type { Backup } from '../../shared/schemas';
import type { SearchHit, SearchResult } from '../../shared/search';
import type { IntegrityResult } from '../project/project-file';
import type { DemoSummary } from '../services/demo/build';
import type { CliStrings } from './catalog';

/** What `bmma info --json` prints. The keys are a public interface: add, never rename. */
export interface InfoReport {
  file: string;
  title: string;
  language: Language;
  formatVersion: number;
  appFormatVersion: number;
  counts: Record<string, number>;
  auditEvents: number;
  fileSize: number;
  backups: Backup[];
}

/** Columns line up in Thai too: combining vowels and tone marks take no width of their own. */
function displayWidth(text: string): number {
  return [...text.replace(/[\p{Mn}\p{Me}]/gu, '')].length;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function table(rows: [string, string][], indent = ''): string[] {
  const width = Math.max(0, ...rows.map(([label]) => displayWidth(label)));
  return rows.map(([label, value]) => `${indent}${pad(label, width)}   ${value}`.trimEnd());
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

function formatWhen(iso: string, language: Language): string {
  return formatDate(new Date(iso), {
    language,
    calendar: language === 'th' ? 'BE' : 'CE',
    withTime: true,
    short: true,
  });
}

export function infoJson(report: InfoReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function infoText(report: InfoReport, strings: CliStrings, language: Language): string {
  const { label } = strings;
  const head = table([
    [label.project, report.title],
    [label.file, report.file],
    [label.language, strings.languageName(report.language)],
    [label.formatVersion, strings.formatVersions(report.formatVersion, report.appFormatVersion)],
    [label.fileSize, strings.bytes(formatSize(report.fileSize), report.fileSize)],
    [label.auditEvents, String(report.auditEvents)],
    [label.records, ''],
    [label.backups, report.backups.length === 0 ? strings.none : String(report.backups.length)],
  ]);
  const backupsLine = head.pop() as string;
  const counts = table(
    Object.entries(report.counts).map(([name, n]): [string, string] => [strings.tableName(name), String(n)]),
    '  ',
  );
  const backups = table(
    report.backups.map((b): [string, string] => [
      b.name,
      `${formatWhen(b.createdAt, language)}   ${formatSize(b.size)}`,
    ]),
    '  ',
  );
  return [...head, ...counts, backupsLine, ...backups].join('\n') + '\n';
}

/** What `bmma demo` prints: the title and file, then how many records of each kind. */
export function demoText(
  about: { title: string; file: string; formatVersion: number; scale: number },
  summary: DemoSummary,
  strings: CliStrings,
): string {
  const rows = (Object.keys(summary) as (keyof DemoSummary)[]).map((kind): [string, string] => [
    strings.demoCount(kind),
    summary[kind].toLocaleString('en-US'),
  ]);
  return (
    [
      strings.demoCreated(about.title, about.file, about.formatVersion, about.scale),
      ...table(rows, '  '),
      strings.demoFooter,
    ].join('\n') + '\n'
  );
}

/** What `bmma search --json` prints: the contract's SearchResult, keys as in src/shared/search.ts. */
export function searchJson(result: SearchResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** The snippet on one line, each hit in [brackets], an ellipsis where text was left out. */
export function markedSnippet(snippet: SearchHit['snippet']): string {
  let text = '';
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    text += `${snippet.text.slice(at, start)}[${snippet.text.slice(start, end)}]`;
    at = end;
  }
  text += snippet.text.slice(at);
  const line = text.replace(/\s+/g, ' ').trim();
  return `${snippet.clippedStart ? '…' : ''}${line}${snippet.clippedEnd ? '…' : ''}`;
}

export function searchText(result: SearchResult, strings: CliStrings): string {
  if (result.total === 0) return `${strings.noResults}\n`;
  const lines = result.hits.flatMap((hit) => {
    // An interview's title is "category · agency or location": the category key is translated.
    const [first = '', ...rest] = hit.title.split(' · ');
    const title = hit.kind === 'interview' ? [strings.categoryName(first), ...rest].join(' · ') : hit.title;
    return [`${strings.kindName(hit.kind)}  ${hit.code}  ${title}`, `  ${markedSnippet(hit.snippet)}`, ''];
  });
  const count = {
    shown: result.hits.length,
    total: result.total,
    totalIsLowerBound: result.totalIsLowerBound,
    order: result.order,
  };
  return [...lines, strings.resultCount(count)].join('\n') + '\n';
}

export type CheckStatus = 'ok' | 'failed' | 'not-checked';

export interface VerifyLines {
  /** Null when the file could not be opened far enough to count them. */
  pages: number | null;
  events: number | null;
  cipher: CheckStatus;
  sqlite: CheckStatus;
  audit: CheckStatus;
}

export function verifyLinesFrom(result: IntegrityResult): VerifyLines {
  // When pages fail their authentication the audit trail is not read (ProjectFile marks it
  // failed); say "not checked" rather than claim a verdict on it.
  const auditChecked = result.cipher === 'ok';
  return {
    pages: result.pagesChecked,
    events: auditChecked ? result.auditEvents : null,
    cipher: result.cipher,
    sqlite: result.sqlite,
    audit: auditChecked ? result.audit : 'not-checked',
  };
}

export function verifyText(file: string, lines: VerifyLines, strings: CliStrings): string {
  const status = (s: CheckStatus) => (s === 'ok' ? strings.ok : s === 'failed' ? strings.failed : strings.notChecked);
  const rows = table(
    [
      [strings.checkCipher(lines.pages), status(lines.cipher)],
      [strings.checkSqlite, status(lines.sqlite)],
      [strings.checkAudit(lines.events), status(lines.audit)],
    ],
    '  ',
  );
  const allOk = lines.cipher === 'ok' && lines.sqlite === 'ok' && lines.audit === 'ok';
  return [strings.checking(file), ...rows, ...(allOk ? [strings.allPassed] : [])].join('\n') + '\n';
}
