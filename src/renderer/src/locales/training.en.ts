/** English strings of the Training of Trainers tab (issue 5); spread into en.ts. th: training.th.ts. */
export const trainingEn = {
  training: {
    heading: 'Training of Trainers',
  },
};
