/**
 * The main-process logger. Messages are short English sentences with structured
 * fields; callers never pass passphrases, notes or names (see STYLE.md).
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
type Fields = Record<string, string | number | boolean | null | undefined>;

const LEVELS: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
let threshold: number = LEVELS[(process.env['BMMA_LOG_LEVEL'] as Level | undefined) ?? 'warn'] ?? LEVELS.warn;
let sink: (line: string) => void = (line) => process.stderr.write(line + '\n');

export function setLogSink(next: (line: string) => void, level: Level = 'info'): void {
  sink = next;
  threshold = LEVELS[level];
}

function write(level: Level, message: string, fields?: Fields): void {
  if (LEVELS[level] < threshold) return;
  sink(JSON.stringify({ at: new Date().toISOString(), level, message, ...fields }));
}

export const logger = {
  debug: (message: string, fields?: Fields) => write('debug', message, fields),
  info: (message: string, fields?: Fields) => write('info', message, fields),
  warn: (message: string, fields?: Fields) => write('warn', message, fields),
  error: (message: string, fields?: Fields) => write('error', message, fields),
};
