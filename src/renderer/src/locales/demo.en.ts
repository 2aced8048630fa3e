/** English strings of one feature group; spread into en.ts. th: demo.th.ts (same keys, checked). */
export const demoEn = {};
