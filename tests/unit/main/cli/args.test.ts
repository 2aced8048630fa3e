import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../../src/main/cli/args';
import { cliStrings } from '../../../../src/main/cli/catalog';
import { CliError } from '../../../../src/main/cli/cli-error';
import { cliLanguage } from '../../../../src/main/cli/language';

const en = cliStrings('en');

function usageMessage(argv: string[]): string {
  try {
    parseArgs(argv, en);
  } catch (error) {
    if (error instanceof CliError && error.exitCode === 1) return error.message;
    throw error;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('parseArgs', () => {
  it('reads each command with its options, in both spellings of a value option', () => {
    expect(parseArgs(['create', 'a.bmma', '--title', 'Border 2026', '--lang', 'th'], en)).toEqual({
      kind: 'create',
      file: 'a.bmma',
      title: 'Border 2026',
      language: 'th',
    });
    expect(parseArgs(['create', '--title=A = B', 'a.bmma'], en)).toEqual({
      kind: 'create',
      file: 'a.bmma',
      title: 'A = B',
      language: null,
    });
    expect(parseArgs(['info', 'a.bmma', '--json'], en)).toEqual({ kind: 'info', file: 'a.bmma', json: true });
    expect(parseArgs(['verify', '--', '--odd-name.bmma'], en)).toEqual({ kind: 'verify', file: '--odd-name.bmma' });
    expect(parseArgs(['backup', 'a.bmma'], en)).toEqual({ kind: 'backup', file: 'a.bmma' });
    expect(parseArgs(['passphrase', 'a.bmma'], en)).toEqual({ kind: 'passphrase', file: 'a.bmma' });
  });

  it('answers help and version', () => {
    expect(parseArgs(['--help'], en)).toEqual({ kind: 'help', command: null });
    expect(parseArgs(['help', 'verify'], en)).toEqual({ kind: 'help', command: 'verify' });
    expect(parseArgs(['create', 'x', '--bogus', '-h'], en)).toEqual({ kind: 'help', command: 'create' });
    expect(parseArgs(['--version'], en)).toEqual({ kind: 'version' });
  });

  it('refuses what it does not know, with a message that says what was wrong', () => {
    expect(usageMessage(['frobnicate'])).toBe('Unknown command "frobnicate".');
    expect(usageMessage(['info'])).toContain('needs a FILE');
    expect(usageMessage(['info', 'a', '--jsn'])).toBe('Unknown option "--jsn" for "bmma info".');
    expect(usageMessage(['info', 'a', '--json=yes'])).toContain('does not take a value');
    expect(usageMessage(['create', 'a'])).toContain('needs --title');
    expect(usageMessage(['create', 'a', '--title'])).toContain('needs a value');
    expect(usageMessage(['create', 'a', '--title', 'x', '--title', 'y'])).toContain('more than once');
    expect(usageMessage(['create', 'a', '--title', 'x', '--lang', 'fr'])).toContain('"th" or "en"');
  });

  it('never repeats a value that could be a passphrase', () => {
    for (const argv of [
      ['info', 'a.bmma', '--passphrase=hunter2-secret'],
      ['info', 'a.bmma', '--passphrase', 'hunter2-secret'],
      ['info', 'a.bmma', 'hunter2-secret'],
      ['--password=hunter2-secret', 'info'],
    ]) {
      const message = usageMessage(argv);
      expect(message).not.toContain('hunter2-secret');
    }
    expect(usageMessage(['info', 'a.bmma', '--passphrase', 'x'])).toContain('Set BMMA_PASSPHRASE');
  });
});

describe('cliLanguage', () => {
  it.each([
    [{ BMMA_LANG: 'th' }, 'th'],
    [{ BMMA_LANG: 'en', LANG: 'th_TH.UTF-8' }, 'en'],
    [{ LANG: 'th_TH.UTF-8' }, 'th'],
    [{ LC_ALL: 'th_TH.UTF-8', LANG: 'en_US.UTF-8' }, 'th'],
    [{ LC_ALL: 'C', LANG: 'th_TH.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'th_TH', LANG: 'en_GB.UTF-8' }, 'th'],
    [{ LC_ALL: '', LANG: 'th' }, 'th'],
    [{}, 'en'],
  ])('%j -> %s', (env, expected) => {
    expect(cliLanguage(env)).toBe(expected);
  });
});
