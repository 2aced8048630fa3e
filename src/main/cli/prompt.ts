import readline from 'node:readline';
import { Writable } from 'node:stream';

export interface PromptStreams {
  /** The terminal to read from; readline puts it in raw mode, so the terminal echoes nothing. */
  input: NodeJS.ReadableStream;
  /** Where the question goes: stderr, so that stdout carries only results. */
  output: NodeJS.WritableStream;
}

/**
 * Asks for a secret without showing it. readline reads in raw mode and echoes each key it
 * handles to its output; that output is a sink that discards everything, so neither the
 * terminal nor readline ever prints what is typed. History is off, so the line is not kept.
 * Resolves with the line, or null when the user cancels (Ctrl+C, or Ctrl+D on an empty line).
 */
export function promptHidden(question: string, streams: PromptStreams): Promise<string | null> {
  const discard = new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
  const rl = readline.createInterface({ input: streams.input, output: discard, terminal: true, historySize: 0 });
  // Asked only once the terminal is in raw mode: nothing typed after seeing the question is echoed.
  streams.output.write(question);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: string | null): void => {
      if (settled) return;
      settled = true;
      // The Enter key was not echoed either: end the prompt's line ourselves.
      streams.output.write('\n');
      rl.close();
      resolve(answer);
    };
    rl.on('line', (line) => finish(line));
    rl.on('SIGINT', () => finish(null));
    rl.on('close', () => finish(null));
  });
}
