import type { meetingsEn } from './meetings.en';

/** Thai strings of the Meetings tab; the same keys as meetings.en.ts (checked by the type). */
export const meetingsTh: typeof meetingsEn = {
  meetings: {
    heading: 'การประชุม',
  },
};
