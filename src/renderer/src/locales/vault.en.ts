/** English strings of the Identity vault tab (issue 6); spread into en.ts. th: vault.th.ts (same keys, checked). */
export const vaultEn = {
  vault: {
    heading: 'Identity vault',
    // PLACEHOLDER (issue 6 scaffold): the vault helper fills this.
    placeholder: 'Coming in this issue.',
  },
};
