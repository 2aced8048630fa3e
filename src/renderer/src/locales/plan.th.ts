import type { planEn } from './plan.en';

/** ข้อความภาษาไทย; keys must match plan.en.ts exactly. */
export const planTh: typeof planEn = {};
