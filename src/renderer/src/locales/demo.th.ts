import type { demoEn } from './demo.en';

/** ข้อความภาษาไทย; keys must match demo.en.ts exactly. */
export const demoTh: typeof demoEn = {};
