import type { Language } from '../../shared/messages';
import { MAX_DEMO_SCALE } from '../services/demo/build';
import type { CliStrings } from './catalog';
import { usageError } from './cli-error';
import { AUDIT_OPTIONS, type AuditInvocation } from './audit-command';
import { REVIEW_COPY_OPTIONS, reviewCopyInvocation, type ReviewCopyInvocation } from './review-copy-command';
import { MERGE_OPTIONS, mergeInvocation, type MergeInvocation } from './merge-command';
import { EXPORT_OPTIONS, exportInvocation, type ExportInvocation } from './export-command';
import { isCommandName, type CommandName } from './help';

/** The contract's bound on a search query (src/shared/search.ts). */
const SEARCH_QUERY_MAX = 200;

export type Invocation =
  | { kind: 'help'; command: CommandName | null }
  | { kind: 'version' }
  | { kind: 'create'; file: string; title: string; language: Language | null }
  | { kind: 'demo'; file: string; scale: number; language: Language | null }
  | { kind: 'info'; file: string; json: boolean }
  | { kind: 'search'; file: string; query: string; json: boolean }
  | { kind: 'verify'; file: string }
  | { kind: 'passphrase'; file: string }
  | { kind: 'backup'; file: string }
  | ExportInvocation
  | AuditInvocation
  | ReviewCopyInvocation
  | MergeInvocation;

type OptionKind = 'value' | 'flag';

/** The options each command accepts. There is deliberately no option for a passphrase. */
const OPTIONS: Record<CommandName, Record<string, OptionKind>> = {
  create: { '--title': 'value', '--lang': 'value' },
  demo: { '--scale': 'value', '--lang': 'value' },
  info: { '--json': 'flag' },
  search: { '--json': 'flag' },
  verify: {},
  passphrase: {},
  backup: {},
  export: EXPORT_OPTIONS,
  audit: AUDIT_OPTIONS,
  'review-copy': REVIEW_COPY_OPTIONS,
  merge: MERGE_OPTIONS,
};

const HELP_FLAGS = new Set(['--help', '-h']);

interface Scanned {
  positionals: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

function unknownOption(name: string, command: CommandName | null, strings: CliStrings): Error {
  // Someone trying `--passphrase`, `--password`, `-p`...: say why there is no such option.
  const message = /pass|^-p$/i.test(name)
    ? `${strings.unknownOption(name, command)} ${strings.passphraseNotOnCommandLine}`
    : strings.unknownOption(name, command);
  return usageError(message, command);
}

function scan(command: CommandName, args: string[], strings: CliStrings): Scanned {
  const spec = OPTIONS[command];
  const scanned: Scanned = { positionals: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') {
      scanned.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      scanned.positionals.push(arg);
      continue;
    }
    // Only the name before "=" is ever repeated back: the value might be a secret.
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = name === arg ? undefined : arg.slice(eq + 1);
    const kind = spec[name];
    if (!kind) throw unknownOption(name, command, strings);
    if (scanned.values.has(name) || scanned.flags.has(name)) throw usageError(strings.repeatedOption(name), command);
    if (kind === 'flag') {
      if (inline !== undefined) throw usageError(strings.takesNoValue(name), command);
      scanned.flags.add(name);
      continue;
    }
    const value = inline ?? args[i + 1];
    if (value === undefined) throw usageError(strings.missingValue(name), command);
    if (inline === undefined) i += 1;
    scanned.values.set(name, value);
  }
  return scanned;
}

function parseLanguage(
  value: string | undefined,
  strings: CliStrings,
  command: CommandName = 'create',
): Language | null {
  if (value === undefined) return null;
  if (value === 'th' || value === 'en') return value;
  throw usageError(strings.badLanguage(value), command);
}

/** A whole number from 1 to MAX_DEMO_SCALE, written in plain digits ("250", not "2.5e2"). */
function parseScale(value: string | undefined, strings: CliStrings): number {
  if (value === undefined) return 1;
  const scale = /^[0-9]{1,4}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_DEMO_SCALE) {
    throw usageError(strings.badScale(value, MAX_DEMO_SCALE), 'demo');
  }
  return scale;
}

/** `bmma search FILE QUERY`: the one command with a second positional argument. */
function searchInvocation(file: string, positionals: string[], flags: Set<string>, strings: CliStrings): Invocation {
  const query = positionals[1];
  if (query === undefined) throw usageError(strings.missingQuery, 'search');
  if (positionals.length > 2) throw usageError(strings.tooManySearchArguments, 'search');
  if (query.length > SEARCH_QUERY_MAX) throw usageError(strings.queryTooLong(SEARCH_QUERY_MAX), 'search');
  return { kind: 'search', file, query, json: flags.has('--json') };
}

function helpRequested(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => HELP_FLAGS.has(arg));
}

/** Turns argv (without node and the script) into one invocation, or throws a usage CliError. */
export function parseArgs(argv: readonly string[], strings: CliStrings, language: Language = 'en'): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined) throw usageError(strings.noCommand, null);
  if (HELP_FLAGS.has(first)) return { kind: 'help', command: null };
  if (first === '--version') {
    if (rest.length > 0) throw usageError(strings.tooManyArguments('--version'), null);
    return { kind: 'version' };
  }
  if (first === 'help') {
    const [topic, ...extra] = rest;
    if (topic === undefined) return { kind: 'help', command: null };
    if (!isCommandName(topic)) throw usageError(strings.unknownCommand(topic), null);
    if (extra.length > 0) throw usageError(strings.tooManyArguments(`help ${topic}`), null);
    return { kind: 'help', command: topic };
  }
  if (first.startsWith('-')) throw unknownOption(first.split('=')[0] as string, null, strings);
  if (!isCommandName(first)) throw usageError(strings.unknownCommand(first), null);

  const command = first;
  if (helpRequested(rest)) return { kind: 'help', command };
  const { positionals, values, flags } = scan(command, rest, strings);
  const file = positionals[0];
  if (file === undefined || file === '') throw usageError(strings.missingFile(command), command);
  if (command === 'search') return searchInvocation(file, positionals, flags, strings);
  // `bmma export DOCUMENT FILE`: the document comes before the file.
  if (command === 'export') return exportInvocation(positionals, values, language);
  if (command === 'review-copy') return reviewCopyInvocation(positionals, values, language);
  if (command === 'merge') return mergeInvocation(positionals, flags, language);
  if (positionals.length > 1) throw usageError(strings.tooManyArguments(command), command);

  switch (command) {
    case 'create': {
      const title = values.get('--title');
      if (title === undefined) throw usageError(strings.missingTitle, command);
      return { kind: 'create', file, title, language: parseLanguage(values.get('--lang'), strings) };
    }
    case 'demo':
      return {
        kind: 'demo',
        file,
        scale: parseScale(values.get('--scale'), strings),
        language: parseLanguage(values.get('--lang'), strings, 'demo'),
      };
    case 'info':
      return { kind: 'info', file, json: flags.has('--json') };
    case 'audit':
      return { kind: 'audit', file, verify: flags.has('--verify'), json: flags.has('--json') };
    default:
      return { kind: command, file };
  }
}
