// PLACEHOLDER: the issue-5 helper for this component replaces the SQL (and this line).
/** Migration 10: TWG and curriculum (Component 3) (issue 5). */
export const migration0010 = {
  version: 10,
  name: 'TWG and curriculum (Component 3)',
  sql: /* sql */ `
    SELECT 1;
  `,
};
