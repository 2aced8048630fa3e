/** English strings of the TWG and curriculum tab (issue 5); spread into en.ts. th: curriculum.th.ts. */
export const curriculumEn = {
  curriculum: {
    heading: 'TWG and curriculum',
  },
};
