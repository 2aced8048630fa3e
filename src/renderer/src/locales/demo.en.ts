/** English strings of one feature group; spread into en.ts. th: demo.th.ts (same keys, checked). */
export const demoEn = {
  demo: {
    heading: 'Try the demo',
    explanation:
      'A new project filled with a realistic but entirely fictional Thailand assessment: interviews, site visits, documents, ratings, findings, recommendations and a Joint Action Plan. Use it to explore the workbench; do not enter real data in it.',
    open: 'Create demo project…',
    modalTitle: 'Create the demo project',
    modalExplanation:
      'Choose where to save the demo file and a passphrase for it. The demo is encrypted like any other project.',
    title: 'BMMA Thailand — demo (fictional data)',
    submit: 'Create demo project',
    progress: 'Creating the demo project… This takes a few seconds.',
    fileName: 'BMMA demo.bmma',
  },
};
