import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProjectFile } from '../../project/project-file';
import { addAttachment } from '../attachments';
import { between, type Random } from './random';

/**
 * Small files attached to the demo's statistics and questionnaire documents, so that the demo
 * shows attachments kept encrypted inside the project with their SHA-256. The attachment
 * service reads from a file, as it does for a file the user picks: the files are written to a
 * private temporary folder (0700) and removed at once. Their content is fictional.
 */

interface DemoAttachment {
  documentKey: string;
  fileName: string;
  content: (random: Random) => string;
}

const CHECKPOINTS = ['BCP-SPK-SVB', 'BCP-BKK-DMK', 'BCP-PKT-HKT', 'BCP-TAK-MSOT1', 'BCP-SGK-SADAO', 'BCP-SKA-KLUEK', 'BCP-NKI-BRIDGE1'];
const DIVISIONS = ['RTP-IB-DIV1', 'RTP-IB-DIV2', 'RTP-IB-DIV3', 'RTP-IB-DIV4', 'RTP-IB-DIV5', 'RTP-IB-DIV6'];

const ATTACHMENTS: readonly DemoAttachment[] = [
  {
    documentKey: 'doc-stats-arrivals',
    fileName: 'arrivals-departures-FY2562.csv',
    content: (random) =>
      [
        'checkpoint_code,arrivals,departures,refusals',
        ...CHECKPOINTS.map((code) => {
          const arrivals = between(random, 40_000, 900_000);
          return `${code},${arrivals},${arrivals - between(random, 0, 20_000)},${between(random, 5, 900)}`;
        }),
      ].join('\n') + '\n',
  },
  {
    documentKey: 'doc-stats-s63',
    fileName: 's63-s64-arrests-2560-2562.csv',
    content: (random) =>
      [
        'division,year_be,s63_arrests,s64_arrests',
        ...DIVISIONS.flatMap((division) =>
          [2560, 2561, 2562].map((year) => `${division},${year},${between(random, 10, 400)},${between(random, 0, 120)}`),
        ),
      ].join('\n') + '\n',
  },
  {
    documentKey: 'doc-stats-tip',
    fileName: 'tip-cases-2562.csv',
    content: (random) =>
      [
        'month,cases,victims_identified,referred_to_msdhs',
        ...Array.from({ length: 12 }, (_, i) => {
          const victims = between(random, 5, 60);
          return `2019-${String(i + 1).padStart(2, '0')},${between(random, 2, 30)},${victims},${victims - between(random, 0, 5)}`;
        }),
      ].join('\n') + '\n',
  },
  {
    documentKey: 'doc-questionnaire',
    fileName: 'pre-mission-questionnaire-summary.txt',
    content: () =>
      [
        'Pre-mission self-assessment: summary of answers (fictional demo data)',
        'สรุปคำตอบแบบประเมินตนเองก่อนการลงพื้นที่ (ข้อมูลสมมติสำหรับการสาธิต)',
        '',
        'A5 Training: "established" (self-rating 3 of 4)',
        'D1 Information systems: "advanced" (self-rating 4 of 4)',
        'C6 Referral of victims: "developing" (self-rating 2 of 4)',
        'E2 Inter-agency cooperation: "established" (self-rating 3 of 4)',
      ].join('\n') + '\n',
  },
];

/** Attaches the demo's files to the documents with these ids (by document key); returns how many. */
export function attachDemoFiles(project: ProjectFile, documentIds: ReadonlyMap<string, string>, random: Random): number {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-demo-'));
  let added = 0;
  try {
    for (const attachment of ATTACHMENTS) {
      const ownerId = documentIds.get(attachment.documentKey);
      if (ownerId === undefined) continue;
      const file = path.join(folder, attachment.fileName);
      fs.writeFileSync(file, attachment.content(random), { mode: 0o600 });
      try {
        addAttachment(project, { ownerKind: 'document', ownerId, noPeopleConfirmed: false }, file);
        added += 1;
      } finally {
        fs.rmSync(file, { force: true });
      }
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return added;
}
