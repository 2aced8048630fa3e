import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';

/** Loaded lazily by passphrase.ts: this module pulls in the dictionaries. */
export function createEstimator(): ZxcvbnFactory {
  return new ZxcvbnFactory({
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
    // Long passphrases are welcome; scoring beyond this adds time, not information.
    maxLength: 256,
  });
}
