import type { analysisEn } from './analysis.en';

/** ข้อความภาษาไทย; keys must match analysis.en.ts exactly. */
export const analysisTh: typeof analysisEn = {};
