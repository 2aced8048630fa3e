import { Document, PageOrientation, Paragraph, TextRun, type ISectionOptions, type Table } from 'docx';
import type { ExportPreview, ExportProfile } from '../../shared/export';
import type { TotEvent, TotSession } from '../../shared/tot';
import type { ProjectFile } from '../project/project-file';
import { getCurriculum } from '../services/curriculum';
import { getTotEvent } from '../services/tot';
import { asciiStem, requireSubject, type DocumentBuilder } from './builder';
import { A4, documentStyles, MARGINS, pageFurniture } from './kit';
import { label, type Bilingual } from './locale';
import type { ExportProgressSink } from './progress';
import { placeholder } from './report-sections-parts';
import { AGENDA_LABELS, daySection, eventParticulars, moduleText, type ModuleText } from './tot-agenda-parts';

/**
 * The Training of Trainers agenda (PRODUCT.md 9, DOMAIN.md 4.2): one event's title, dates and
 * venue, then day by day a table of its sessions (time, title, module, facilitator, method), on
 * landscape pages: five columns of Thai text in a portrait width wrapped every title into a
 * narrow tower.
 * Facilitators are positions and agencies as recorded, never names; nothing about the
 * participants is in it. Reads only through the services.
 */

export const TOT_AGENDA_TITLE: Bilingual = { th: 'กำหนดการฝึกอบรมวิทยากร', en: 'Training of Trainers agenda' };

/** The sessions of each day of the event, days 1..n in order, each day's in the service's order (start time). */
function sessionsByDay(event: TotEvent): { day: number; date: string; sessions: TotSession[] }[] {
  const days = Math.max(event.days, ...event.sessions.map((s) => s.day));
  return Array.from({ length: days }, (_, i) => {
    const day = i + 1;
    const sessions = event.sessions.filter((s) => s.day === day);
    const date = new Date(Date.parse(`${event.startDate}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
    return { day, date, sessions };
  });
}

async function buildAgenda(
  event: TotEvent,
  profile: ExportProfile,
  today: string,
  sink: ExportProgressSink,
  moduleText: ModuleText,
): Promise<Document> {
  const title = label(profile, TOT_AGENDA_TITLE);
  await sink.step('sections', 0, 1);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ style: 'Title', children: [new TextRun(title)] }),
    ...eventParticulars(profile, event),
  ];
  if (event.sessions.length === 0) {
    children.push(placeholder(profile, AGENDA_LABELS.noSessions));
  } else {
    const days = sessionsByDay(event);
    for (const [i, { day, date, sessions }] of days.entries()) {
      await sink.step('tables', i, days.length);
      children.push(...daySection(profile, day, date, sessions, moduleText));
    }
    await sink.step('tables', days.length, days.length);
  }
  const sections: ISectionOptions[] = [
    {
      properties: {
        page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: MARGINS },
      },
      ...pageFurniture(profile, today, { width: A4.height, height: A4.width }),
      children,
    },
  ];
  return new Document({ title, styles: documentStyles(), sections });
}

function preview(project: ProjectFile, _profile: ExportProfile, subjectId: string | null): ExportPreview {
  const event = getTotEvent(project, requireSubject(subjectId));
  return {
    omissions: [],
    emptySections: event.sessions.length === 0 ? ['sessions'] : [],
    included: event.sessions.length,
  };
}

export const TOT_AGENDA_BUILDER: DocumentBuilder = {
  title: (profile: ExportProfile) => label(profile, TOT_AGENDA_TITLE),
  fileStem: 'BMMA-ToT-Agenda',
  subjectStem: (project, subjectId) => asciiStem(getTotEvent(project, subjectId).code),
  preview,
  build: async (project, profile, today, sink, subjectId) => {
    await sink.step('loading', 0, 1);
    const event = getTotEvent(project, requireSubject(subjectId));
    // Linked sessions show their module's code and title, read through the curriculum service.
    const modules = new Map(getCurriculum(project).modules.map((m) => [m.id, { code: m.code, title: m.title }] as const));
    await sink.step('loading', 1, 1);
    return buildAgenda(event, profile, today, sink, moduleText(profile, modules));
  },
};
