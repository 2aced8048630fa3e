import { isAppError } from '../../shared/errors';
import { errorMessage } from '../../shared/messages';
import { logger } from '../logger';
import { LATEST_FORMAT_VERSION } from '../project/migrations';
import { parseArgs } from './args';
import { cliStrings } from './catalog';
import { CliError } from './cli-error';
import { runCommand } from './commands';
import { EXIT, cliExitCode, type ExitCode } from './exit-codes';
import { commandHelp, mainHelp } from './help';
import { cliLanguage } from './language';
import { Passphrases, type Terminal } from './passphrases';

export interface CliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  terminal: Terminal;
  version: string;
  nativeBinding?: string | undefined;
}

/**
 * Runs one command and answers its exit code. Results go to stdout, errors to stderr, in
 * the user's language; nothing here ever prints a stack trace, SQL or a passphrase:
 * AppErrors are shown by their code's message only, anything else as INTERNAL.
 */
export async function runCli(io: CliIo): Promise<ExitCode> {
  const language = cliLanguage(io.env);
  const strings = cliStrings(language);
  const fail = (message: string) => io.stderr(`bmma: ${message}\n`);
  try {
    if (io.argv.length === 0) {
      fail(strings.noCommand);
      io.stderr(`\n${mainHelp(language, io.version)}`);
      return EXIT.usage;
    }
    const invocation = parseArgs(io.argv, strings, language);
    switch (invocation.kind) {
      case 'help':
        io.stdout(invocation.command ? commandHelp(language, invocation.command) : mainHelp(language, io.version));
        return EXIT.ok;
      case 'version':
        io.stdout(`${strings.version(io.version, LATEST_FORMAT_VERSION)}\n`);
        return EXIT.ok;
      default: {
        // Merge answers 6 when conflicts wait; every other command answers nothing (0).
        const code = await runCommand(
          {
            language,
            strings,
            out: io.stdout,
            note: io.stderr,
            passphrases: new Passphrases(io.env, io.terminal, strings),
            nativeBinding: io.nativeBinding,
          },
          invocation,
        );
        return code ?? EXIT.ok;
      }
    }
  } catch (error) {
    if (error instanceof CliError) {
      fail(error.message);
      if (error.usageOf !== undefined) io.stderr(`${strings.seeHelp(error.usageOf)}\n`);
      return error.exitCode;
    }
    if (isAppError(error)) {
      fail(errorMessage(error.code, language));
      return cliExitCode(error.code);
    }
    // Only the kind of error is logged (and only with BMMA_LOG_LEVEL): its message may quote SQL.
    logger.error('unexpected error in the command line tool', {
      name: (error as Error | undefined)?.name ?? typeof error,
    });
    fail(errorMessage('INTERNAL', language));
    return cliExitCode('INTERNAL');
  }
}
