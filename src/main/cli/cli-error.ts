import { EXIT, type ExitCode } from './exit-codes';
import type { CommandName } from './help';

/**
 * A failure the CLI itself detected (usage, missing passphrase, cancelled prompt), with a
 * message already in the user's language. Errors from the project code stay AppErrors and
 * are translated by the runner from their code.
 */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    /** Usage errors end with a pointer to the help: of this command, or the main help (null). */
    readonly usageOf: CommandName | null | undefined = undefined,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string, command: CommandName | null): CliError {
  return new CliError(EXIT.usage, message, command);
}
