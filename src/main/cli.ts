/**
 * `bmma`: the headless command line over the same project code as the app (see
 * src/main/cli/ and the README). Bundled by scripts/build-cli.mjs to out/cli/bmma.cjs and
 * started by bin/bmma.cjs. This file only wires the process to runCli().
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { errorMessage } from '../shared/messages';
import { cliExitCode } from './cli/exit-codes';
import { cliLanguage } from './cli/language';
import { promptHidden } from './cli/prompt';
import { runCli } from './cli/run';
import { setLogSink } from './logger';

// Diagnostics stay off unless asked for: stderr is for messages a person can act on.
if (!process.env['BMMA_LOG_LEVEL']) setLogSink(() => undefined, 'error');

/** The version from package.json, two folders up from out/cli/bmma.cjs. */
function packageVersion(): string {
  try {
    const pkg = z
      .object({ version: z.string() })
      .safeParse(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')));
    return pkg.success ? pkg.data.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

function die(): void {
  // Last resort: say something useful without the stack trace, which may quote SQL or paths.
  process.stderr.write(`bmma: ${errorMessage('INTERNAL', cliLanguage(process.env))}\n`);
  process.exit(cliExitCode('INTERNAL'));
}
process.on('uncaughtException', die);
process.on('unhandledRejection', die);
// `bmma info f | head -1`: a closed pipe is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  die();
});

void runCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  terminal: {
    interactive: Boolean(process.stdin.isTTY),
    ask: (question) => promptHidden(question, { input: process.stdin, output: process.stderr }),
  },
  version: packageVersion(),
}).then((code) => {
  // exitCode, not exit(): let stdout drain when it is a pipe.
  process.exitCode = code;
});
