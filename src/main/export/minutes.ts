import type { ExportProfile } from '../../shared/export';
import type { DocumentBuilder } from './builder';
import { label, type Bilingual } from './locale';

/**
 * PLACEHOLDER (issue 5 scaffold): the minutes of one meeting, Thai Form 11 order or English.
 */

export const MINUTES_TITLE: Bilingual = { th: 'รายงานการประชุม', en: 'Minutes of the meeting' };

export const MINUTES_BUILDER: DocumentBuilder = {
  title: (profile: ExportProfile) => label(profile, MINUTES_TITLE),
  fileStem: 'BMMA-Minutes',
  preview: () => ({ omissions: [], emptySections: [], included: 0 }),
  build: () => Promise.reject(new Error('BMMA-Minutes: not built yet')),
};
