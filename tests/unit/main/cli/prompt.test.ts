import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { cliStrings } from '../../../../src/main/cli/catalog';
import { CliError } from '../../../../src/main/cli/cli-error';
import { Passphrases, type Terminal } from '../../../../src/main/cli/passphrases';
import { promptHidden } from '../../../../src/main/cli/prompt';

/** A stand-in for a terminal: readline puts it in raw mode, as it would a real TTY. */
function fakeTty() {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    rawModes: [] as boolean[],
    setRawMode(mode: boolean) {
      input.rawModes.push(mode);
      return input;
    },
  });
  const output = new PassThrough();
  let shown = '';
  output.setEncoding('utf8').on('data', (chunk: string) => (shown += chunk));
  return { input, output, shown: () => shown };
}

describe('promptHidden', () => {
  it('reads a line in raw mode and shows only the question', { timeout: 5_000 }, async () => {
    const tty = fakeTty();
    const answer = promptHidden('Passphrase: ', tty);
    tty.input.write('pass\'word"ไทย 12345\r');
    await expect(answer).resolves.toBe('pass\'word"ไทย 12345');
    expect(tty.shown()).toBe('Passphrase: \n');
    expect(tty.input.rawModes).toEqual([true, false]);
  });

  it.each([
    ['Ctrl+C halfway through', 'secr\u0003'],
    ['Ctrl+D on an empty line', '\u0004'],
  ])('answers null on %s', { timeout: 5_000 }, async (_name, keys) => {
    const tty = fakeTty();
    const answer = promptHidden('Passphrase: ', tty);
    tty.input.write(keys);
    await expect(answer).resolves.toBeNull();
    expect(tty.shown()).toBe('Passphrase: \n');
  });
});

function terminal(answers: (string | null)[], interactive = true): Terminal & { asked: string[] } {
  const asked: string[] = [];
  return {
    interactive,
    asked,
    ask: async (question) => {
      asked.push(question);
      return answers.shift() ?? null;
    },
  };
}

describe('Passphrases', () => {
  const strings = cliStrings('en');

  it('prefers the environment and never asks then', async () => {
    const tty = terminal([]);
    const source = new Passphrases(
      { BMMA_PASSPHRASE: 'from the environment', BMMA_NEW_PASSPHRASE: 'the new one, long' },
      tty,
      strings,
    );
    await expect(source.current('a.bmma')).resolves.toBe('from the environment');
    await expect(source.next()).resolves.toBe('the new one, long');
    expect(tty.asked).toEqual([]);
  });

  it('asks twice for a new passphrase and refuses two different ones', async () => {
    const same = new Passphrases({}, terminal(['twelve chars ok', 'twelve chars ok']), strings);
    await expect(same.forNewProject()).resolves.toBe('twelve chars ok');
    const differ = new Passphrases({}, terminal(['twelve chars ok', 'twelve chars OK']), strings);
    await expect(differ.next()).rejects.toMatchObject({ exitCode: 1, message: strings.passphrasesDiffer });
  });

  it('refuses a short new passphrase before asking again', async () => {
    const tty = terminal(['too short', 'too short']);
    await expect(new Passphrases({}, tty, strings).next()).rejects.toBeInstanceOf(AppError);
    expect(tty.asked).toHaveLength(1);
  });

  it('without a terminal, says which variable to set', async () => {
    const none = new Passphrases({ BMMA_PASSPHRASE: '' }, terminal([], false), strings);
    await expect(none.current('a.bmma')).rejects.toMatchObject({ exitCode: 1, message: strings.noPassphrase });
    await expect(none.next()).rejects.toMatchObject({ exitCode: 1, message: strings.noNewPassphrase });
  });

  it('a cancelled prompt exits 130; more than 10,000 characters is refused', async () => {
    await expect(new Passphrases({}, terminal([null]), strings).current('a.bmma')).rejects.toMatchObject({
      exitCode: 130,
    });
    const long = new Passphrases({ BMMA_PASSPHRASE: 'x'.repeat(10_001) }, terminal([]), strings);
    await expect(long.current('a.bmma')).rejects.toBeInstanceOf(CliError);
    const exact = new Passphrases({ BMMA_PASSPHRASE: 'x'.repeat(10_000) }, terminal([]), strings);
    await expect(exact.current('a.bmma')).resolves.toHaveLength(10_000);
  });
});
