/** English strings of the Review and sharing tab (issue 6); spread into en.ts. th: review.th.ts (same keys, checked). */
export const reviewEn = {
  review: {
    heading: 'Review and sharing',
    // PLACEHOLDER (issue 6 scaffold): the review helper fills this.
    placeholder: 'Coming in this issue.',
  },
};
