/** English strings of the Report text tab (narrative editor); spread into en.ts. th: narrative.th.ts. */
export const narrativeEn = {
  reportText: {
    heading: 'Report text',
  },
};
