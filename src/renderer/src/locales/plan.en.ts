/** English strings of one feature group; spread into en.ts. th: plan.th.ts (same keys, checked). */
export const planEn = {};
