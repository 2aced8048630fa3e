import type { curriculumEn } from './curriculum.en';

/** Thai strings of the TWG and curriculum tab; the same keys as curriculum.en.ts (checked by the type). */
export const curriculumTh: typeof curriculumEn = {
  curriculum: {
    heading: 'คณะทำงานและหลักสูตร',
  },
};
