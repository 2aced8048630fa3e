/** Thai strings of the Review and sharing tab (issue 6); spread into th.ts. */
export const reviewTh = {
  review: {
    heading: 'การทบทวนและการแบ่งปัน',
    placeholder: 'อยู่ระหว่างการพัฒนาในงานนี้',
  },
};
