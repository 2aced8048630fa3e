/** English strings of the read-only state of a review copy (issue 6); spread into en.ts. th: read-only.th.ts. */
export const readOnlyEn = {
  readOnly: {
    hint: 'This is a review copy: content is read-only; you can comment and decide.',
    banner:
      'Fields are shown read-only and there is nothing to add, delete or import here. You can read, search, comment on and decide about findings, recommendations, action-plan items and report sections, export documents and the review packet, and lock or close the file.',
    label: 'Read-only',
  },
};
