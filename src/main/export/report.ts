// PLACEHOLDER: replaced by the report helper (issue 4). Signatures are what documents.ts calls.
import type { Document } from 'docx';
import { AppError } from '../../shared/errors';
import type { ExportProfile } from '../../shared/export';
import type { ProjectFile } from '../project/project-file';
import { label, type Bilingual } from './locale';
import type { ExportProgressSink } from './progress';

const TITLE: Bilingual = { th: 'รายงานการประเมินการบริหารจัดการชายแดนและการย้ายถิ่น', en: 'Border and Migration Management Assessment' };

export function reportTitle(profile: ExportProfile): string {
  return label(profile, TITLE);
}

export async function buildReport(
  _project: ProjectFile,
  _profile: ExportProfile,
  _today: string,
  _sink: ExportProgressSink,
): Promise<Document> {
  throw new AppError('VALIDATION', undefined, { field: 'document', reason: 'not yet available' });
}
