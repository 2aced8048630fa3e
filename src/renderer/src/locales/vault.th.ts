/** Thai strings of the Identity vault tab (issue 6); spread into th.ts. */
export const vaultTh = {
  vault: {
    heading: 'คลังข้อมูลตัวตน',
    placeholder: 'อยู่ระหว่างการพัฒนาในงานนี้',
  },
};
