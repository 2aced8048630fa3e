import type { ExportProfile } from '../../shared/export';
import type { DocumentBuilder } from './builder';
import { label, type Bilingual } from './locale';

/**
 * PLACEHOLDER (issue 5 scaffold): the TWG curriculum with its traceability table (module -> findings -> areas).
 */

export const CURRICULUM_TITLE: Bilingual = { th: 'หลักสูตรการฝึกอบรม', en: 'Training curriculum' };

export const CURRICULUM_BUILDER: DocumentBuilder = {
  title: (profile: ExportProfile) => label(profile, CURRICULUM_TITLE),
  fileStem: 'BMMA-Curriculum',
  preview: () => ({ omissions: [], emptySections: [], included: 0 }),
  build: () => Promise.reject(new Error('BMMA-Curriculum: not built yet')),
};
