import type { trainingEn } from './training.en';

/** Thai strings of the Training of Trainers tab; the same keys as training.en.ts (checked by the type). */
export const trainingTh: typeof trainingEn = {
  training: {
    heading: 'การฝึกอบรมวิทยากร',
  },
};
