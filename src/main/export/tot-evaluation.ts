import type { ExportProfile } from '../../shared/export';
import type { DocumentBuilder } from './builder';
import { label, type Bilingual } from './locale';

/**
 * PLACEHOLDER (issue 5 scaffold): the Training of Trainers evaluation report with charts and suppressed small cells.
 */

export const TOT_EVALUATION_TITLE: Bilingual = { th: 'รายงานผลการประเมินการฝึกอบรมวิทยากร', en: 'Training of Trainers evaluation report' };

export const TOT_EVALUATION_BUILDER: DocumentBuilder = {
  title: (profile: ExportProfile) => label(profile, TOT_EVALUATION_TITLE),
  fileStem: 'BMMA-ToT-Evaluation',
  preview: () => ({ omissions: [], emptySections: [], included: 0 }),
  build: () => Promise.reject(new Error('BMMA-ToT-Evaluation: not built yet')),
};
