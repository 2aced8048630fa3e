import { Document, PageOrientation, type Paragraph, type Table } from 'docx';
import type { ExportProfile } from '../../shared/export';
import type { Meeting } from '../../shared/meetings';
import type { ProjectFile } from '../project/project-file';
import { getMeeting } from '../services/meetings';
import { listAgencies } from '../services/reference';
import { asciiStem, requireSubject, type DocumentBuilder } from './builder';
import { A4, documentStyles, MARGINS, pageFurniture } from './kit';
import { label, type Bilingual } from './locale';
import { STATUS_NOTES } from './minutes-labels';
import { attendeeLists, closing, headingBlock, opening, type MinutesContext } from './minutes-parts';
import { agenda, attendanceBySex, followUps, smallCellCount } from './minutes-tables';
import type { ExportProgressSink } from './progress';

/**
 * The minutes of one meeting (issue 5, PRODUCT.md 7, DOMAIN.md 5) in the order of Form 11 of
 * the Regulation on Official Correspondence: title, ครั้งที่ n/yyyy, date, venue, present
 * (substitutes noted), absent with reason, other attendees, start time, the five-part agenda
 * with discussion, law-review tables and resolutions, follow-up actions, closing time, then
 * the minute-taker and checker. Then, for donor reporting, attendees by agency and sex.
 *
 * Left out: the reason the minutes last went back to draft (statusReason), an internal note
 * of the review, never minutes content. No names are stored: positions and agencies only.
 */

export const MINUTES_TITLE: Bilingual = { th: 'รายงานการประชุม', en: 'Minutes of the meeting' };

function loadContext(project: ProjectFile, profile: ExportProfile, meetingId: string): MinutesContext {
  const meeting = getMeeting(project, meetingId);
  const agencies = new Map(
    listAgencies(project).map((a) => [a.code, { name: a.name, abbreviation: a.abbreviation }] as const),
  );
  return { meeting, profile, agencies };
}

function statusNote(meeting: Meeting): Bilingual | null {
  return meeting.minutesStatus === 'adopted' ? null : STATUS_NOTES[meeting.minutesStatus];
}

async function buildMinutes(
  project: ProjectFile,
  profile: ExportProfile,
  today: string,
  sink: ExportProgressSink,
  subjectId: string | null,
): Promise<Document> {
  await sink.step('loading', 0, 1);
  const ctx = loadContext(project, profile, requireSubject(subjectId));
  await sink.step('loading', 1, 1);

  const sections: (() => (Paragraph | Table)[])[] = [
    () => headingBlock(ctx, statusNote(ctx.meeting)),
    () => attendeeLists(ctx),
    () => opening(ctx),
    () => agenda(ctx),
  ];
  const children: (Paragraph | Table)[] = [];
  for (const [i, part] of sections.entries()) {
    await sink.step('sections', i, sections.length);
    children.push(...part());
  }
  await sink.step('sections', sections.length, sections.length);

  await sink.step('tables', 0, 2);
  children.push(...followUps(ctx), ...closing(ctx));
  await sink.step('tables', 1, 2);
  children.push(...attendanceBySex(ctx).blocks);
  await sink.step('tables', 2, 2);

  const title = label(profile, MINUTES_TITLE);
  return new Document({
    title,
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: MARGINS,
          },
        },
        ...pageFurniture(profile, today, { width: A4.width, height: A4.height }),
        children,
      },
    ],
  });
}

export const MINUTES_BUILDER: DocumentBuilder = {
  title: (profile: ExportProfile) => label(profile, MINUTES_TITLE),
  fileStem: 'BMMA-Minutes',
  // getMeeting throws NOT_FOUND for an unknown or deleted meeting.
  subjectStem: (project, subjectId) => asciiStem(getMeeting(project, subjectId).code),
  preview: (project, profile, subjectId) => {
    const meeting = getMeeting(project, requireSubject(subjectId));
    const small = smallCellCount(meeting, profile.minCellSize);
    return {
      omissions: small > 0 ? [{ reason: 'small_cell', count: small }] : [],
      emptySections: [
        ...(meeting.attendance.length === 0 ? ['attendance'] : []),
        ...(meeting.agenda.length === 0 ? ['agenda_items'] : []),
      ],
      included: meeting.agenda.length,
    };
  },
  build: buildMinutes,
};
