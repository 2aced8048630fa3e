import type { evidenceEn } from './evidence.en';

/** ข้อความภาษาไทย; keys must match evidence.en.ts exactly. */
export const evidenceTh: typeof evidenceEn = {};
