import type { ExportProfile } from '../../shared/export';
import type { DocumentBuilder } from './builder';
import { label, type Bilingual } from './locale';

/**
 * PLACEHOLDER (issue 5 scaffold): the 5-day Training of Trainers agenda (day-by-session grid).
 */

export const TOT_AGENDA_TITLE: Bilingual = { th: 'กำหนดการฝึกอบรมวิทยากร', en: 'Training of Trainers agenda' };

export const TOT_AGENDA_BUILDER: DocumentBuilder = {
  title: (profile: ExportProfile) => label(profile, TOT_AGENDA_TITLE),
  fileStem: 'BMMA-ToT-Agenda',
  preview: () => ({ omissions: [], emptySections: [], included: 0 }),
  build: () => Promise.reject(new Error('BMMA-ToT-Agenda: not built yet')),
};
