/** English strings of the Meetings tab (issue 5); spread into en.ts. th: meetings.th.ts. */
export const meetingsEn = {
  meetings: {
    heading: 'Meetings',
  },
};
