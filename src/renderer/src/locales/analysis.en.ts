/** English strings of one feature group; spread into en.ts. th: analysis.th.ts (same keys, checked). */
export const analysisEn = {};
