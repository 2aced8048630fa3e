// PLACEHOLDER: the issue-5 helper for this component replaces the SQL (and this line).
/** Migration 9: meetings (Component 2 and TWG) (issue 5). */
export const migration0009 = {
  version: 9,
  name: 'meetings (Component 2 and TWG)',
  sql: /* sql */ `
    SELECT 1;
  `,
};
