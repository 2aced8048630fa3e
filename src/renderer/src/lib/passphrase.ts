import { MIN_PASSPHRASE_LENGTH } from '../../../shared/schemas';

export { MIN_PASSPHRASE_LENGTH };

/** Counts characters the way the main process does (code points after NFC), so Thai input is judged fairly. */
export function passphraseLength(passphrase: string): number {
  return [...passphrase.normalize('NFC')].length;
}

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

interface Estimator {
  check(passphrase: string, userInputs?: string[]): { score: number };
}

let estimator: Promise<Estimator> | null = null;

/**
 * zxcvbn's dictionaries are over a megabyte: they are loaded on first use, in their own
 * chunk, so the start screen appears without waiting for them.
 */
function loadEstimator(): Promise<Estimator> {
  estimator ??= import('./zxcvbn').then(({ createEstimator }) => createEstimator());
  return estimator;
}

export async function estimateStrength(passphrase: string, userInputs: string[] = []): Promise<StrengthScore> {
  const { score: raw } = (await loadEstimator()).check(passphrase, userInputs);
  const score = Math.max(0, Math.min(4, Math.round(raw)));
  return score as StrengthScore;
}
