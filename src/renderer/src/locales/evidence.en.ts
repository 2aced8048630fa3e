/** English strings of one feature group; spread into en.ts. th: evidence.th.ts (same keys, checked). */
export const evidenceEn = {};
