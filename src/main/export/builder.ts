import type { Document } from 'docx';
import type { ExportPreview, ExportProfile } from '../../shared/export';
import type { ProjectFile } from '../project/project-file';
import type { ExportProgressSink } from './progress';
import type { Block } from './report-sections-parts';

/**
 * One builder per document (issues 4 and 5), each over the shared parts in kit.ts and locale.ts:
 * export-run.ts, the export preview, the CLI and the benchmark go through DOCUMENT_BUILDERS only.
 *
 * `subjectId` is the meeting (minutes) or Training of Trainers event (agenda, evaluation) the
 * document is about, null for documents about the whole project (DOCUMENT_SUBJECT says which);
 * the request schema has already checked that it is given exactly when the document needs it.
 */
export interface DocumentBuilder {
  /** The document's title in the profile's language: the only document property written. */
  title(profile: ExportProfile): string;
  /** ASCII stem of the suggested file name, e.g. "BMMA-Joint-Action-Plan". */
  fileStem: string;
  /**
   * ASCII name of the subject for the file name ("MTG-C2-3-2563"), read through the services;
   * throws NOT_FOUND for an id that names no live meeting or event.
   */
  subjectStem?(project: ProjectFile, subjectId: string): string;
  /** What will be left out and which sections will show a placeholder, before exporting. */
  preview(project: ProjectFile, profile: ExportProfile, subjectId: string | null): ExportPreview;
  /** Reads through the services and builds the Word document; reports steps to `sink`. */
  build(
    project: ProjectFile,
    profile: ExportProfile,
    today: string,
    sink: ExportProgressSink,
    subjectId: string | null,
  ): Promise<Document>;
}

/** An id the request schema should have refused: a builder that needs a subject was given none. */
export function requireSubject(subjectId: string | null): string {
  if (subjectId === null) throw new Error('this document needs a subjectId (checked by the request schema)');
  return subjectId;
}

/** "MTG-C2-3/2563" -> "MTG-C2-3-2563": codes in file names, ASCII letters, digits and dashes only. */
export function asciiStem(code: string): string {
  return code
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Lays out each part in order, telling the sink "sections i/n" before each and "n/n" at the end. */
export async function layOutSections(parts: readonly (() => Block[])[], sink: ExportProgressSink): Promise<Block[]> {
  const main: Block[] = [];
  for (const [i, part] of parts.entries()) {
    await sink.step('sections', i, parts.length);
    main.push(...part());
  }
  await sink.step('sections', parts.length, parts.length);
  return main;
}
