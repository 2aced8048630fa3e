import { AppError } from '../../shared/errors';
import { MIN_PASSPHRASE_LENGTH, passphrase as passphraseSchema } from '../../shared/schemas';
import type { CliStrings } from './catalog';
import { CliError } from './cli-error';
import { EXIT } from './exit-codes';

/** The terminal, when there is one: stdin is a TTY and the user can be asked. */
export interface Terminal {
  readonly interactive: boolean;
  ask(question: string): Promise<string | null>;
}

export const PASSPHRASE_ENV = 'BMMA_PASSPHRASE';
export const NEW_PASSPHRASE_ENV = 'BMMA_NEW_PASSPHRASE';
export const FROM_PASSPHRASE_ENV = 'BMMA_FROM_PASSPHRASE';

/**
 * Where passphrases come from: the environment or a hidden prompt, never argv (a command
 * line is visible to every user of the machine in the process list).
 */
export class Passphrases {
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly terminal: Terminal,
    private readonly strings: CliStrings,
  ) {}

  private fromEnv(name: string): string | null {
    const value = this.env[name];
    // An empty variable is treated as unset: `BMMA_PASSPHRASE= bmma info f` asks, or says to set it.
    return value === undefined || value === '' ? null : value;
  }

  private async ask(question: string): Promise<string> {
    const answer = await this.terminal.ask(question);
    if (answer === null) throw new CliError(EXIT.cancelled, this.strings.cancelled);
    return answer;
  }

  private checkLength(value: string): string {
    if (!passphraseSchema.safeParse(value).success) {
      throw new CliError(EXIT.usage, value === '' ? this.strings.passphraseEmpty : this.strings.passphraseTooLong);
    }
    return value;
  }

  /** Fails fast, before any key derivation; ProjectFile enforces the same rule again. */
  private checkStrength(value: string): string {
    this.checkLength(value);
    if ([...value.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
      throw new AppError('WEAK_PASSPHRASE', undefined, { minLength: MIN_PASSPHRASE_LENGTH });
    }
    return value;
  }

  private async askTwice(question: string): Promise<string> {
    const first = this.checkStrength(await this.ask(question));
    const second = await this.ask(this.strings.promptAgain);
    if (first.normalize('NFC') !== second.normalize('NFC'))
      throw new CliError(EXIT.usage, this.strings.passphrasesDiffer);
    return first;
  }

  /** The passphrase of an existing project. */
  async current(file: string): Promise<string> {
    const value = this.fromEnv(PASSPHRASE_ENV);
    if (value !== null) return this.checkLength(value);
    if (!this.terminal.interactive) throw new CliError(EXIT.usage, this.strings.noPassphrase);
    return this.checkLength(await this.ask(this.strings.promptPassphrase(file)));
  }

  /** The passphrase of a project being created: BMMA_PASSPHRASE, or typed twice. */
  async forNewProject(): Promise<string> {
    const value = this.fromEnv(PASSPHRASE_ENV);
    if (value !== null) return this.checkStrength(value);
    if (!this.terminal.interactive) throw new CliError(EXIT.usage, this.strings.noPassphrase);
    return this.askTwice(this.strings.promptNewProjectPassphrase);
  }

  /** The passphrase of the other file for `bmma merge` (issue 6): BMMA_FROM_PASSPHRASE, or asked. */
  async fromFile(file: string, missing: string): Promise<string> {
    const value = this.fromEnv(FROM_PASSPHRASE_ENV);
    if (value !== null) return this.checkLength(value);
    if (!this.terminal.interactive) throw new CliError(EXIT.usage, missing);
    return this.checkLength(await this.ask(this.strings.promptPassphrase(file)));
  }

  get newInEnv(): boolean {
    return this.fromEnv(NEW_PASSPHRASE_ENV) !== null;
  }

  /** The replacement passphrase for `bmma passphrase`: BMMA_NEW_PASSPHRASE, or typed twice. */
  async next(): Promise<string> {
    const value = this.fromEnv(NEW_PASSPHRASE_ENV);
    if (value !== null) return this.checkStrength(value);
    if (!this.terminal.interactive) throw new CliError(EXIT.usage, this.strings.noNewPassphrase);
    return this.askTwice(this.strings.promptNewPassphrase);
  }
}
