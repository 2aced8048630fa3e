import type { narrativeEn } from './narrative.en';

/** Thai strings of the Report text tab; the same keys as narrative.en.ts (checked by the type). */
export const narrativeTh: typeof narrativeEn = {
  reportText: {
    heading: 'เนื้อหารายงาน',
  },
};
