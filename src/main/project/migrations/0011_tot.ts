// PLACEHOLDER: the issue-5 helper for this component replaces the SQL (and this line).
/** Migration 11: Training of Trainers (Component 4) (issue 5). */
export const migration0011 = {
  version: 11,
  name: 'Training of Trainers (Component 4)',
  sql: /* sql */ `
    SELECT 1;
  `,
};
