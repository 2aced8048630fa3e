/**
 * The report's narrative sections (issue 4) on a real encrypted file through the real api:
 * rich text round trips in Thai and English, optimistic concurrency, size limit, schema
 * refusal of what the export cannot write, and an audit trail that never holds the text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { listNarratives } from '../../../src/main/services/narrative';
import {
  EMPTY_RICH_DOC,
  NARRATIVE_LANGUAGES,
  NARRATIVE_MAX_JSON,
  NARRATIVE_SECTIONS,
  type Narrative,
  type RichDoc,
} from '../../../src/shared/narrative';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { auditEvents } from '../evidence/fixtures';

let root: string;
let api: TestApi;
let project: ProjectFile;

const SECRET = 'ผู้ให้ข้อมูลรายที่ 7 กล่าวว่า canary-narrative-4411';

/** What the editor produces for a section using every feature the export knows. */
function richDoc(lang: 'th' | 'en'): RichDoc {
  const word = (en: string, th: string): string => (lang === 'th' ? th : en);
  const cell = (type: 'tableCell' | 'tableHeader', text: string) => ({
    type,
    attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null },
    content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
  });
  return {
    type: 'doc',
    content: [
      {
        type: 'heading',
        attrs: { level: 1 },
        content: [{ type: 'text', text: word('Executive summary', 'บทสรุปผู้บริหาร') }],
      },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: word('Key points', 'ประเด็นสำคัญ') }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: word('The assessment found ', 'การประเมินพบว่า ') },
          { type: 'text', text: word('significant', 'มีนัยสำคัญ'), marks: [{ type: 'bold' }] },
          { type: 'text', text: ' ' },
          { type: 'text', text: word('gaps', 'ช่องว่าง'), marks: [{ type: 'italic' }, { type: 'bold' }] },
          { type: 'footnote', attrs: { text: word('Based on 44 interviews.', 'จากการสัมภาษณ์ 44 ครั้ง') } },
          { type: 'hardBreak' },
          { type: 'text', text: SECRET },
        ],
      },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: word('Border', 'ชายแดน') }] }],
          },
          {
            type: 'listItem',
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: word('Visas', 'การตรวจลงตรา') }] },
              {
                type: 'orderedList',
                attrs: { start: 1, type: null },
                content: [
                  { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'e-Visa' }] }] },
                ],
              },
            ],
          },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: word('First', 'ข้อแรก') }] }],
          },
        ],
      },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [cell('tableHeader', word('Area', 'ด้าน')), cell('tableHeader', word('Score', 'คะแนน'))],
          },
          { type: 'tableRow', content: [cell('tableCell', 'A'), cell('tableCell', '3')] },
        ],
      },
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: word('Next', 'ขั้นต่อไป') }] },
    ],
  };
}

const save = (section: string, language: string, content: unknown, expectedUpdatedAt: string | null) =>
  api.call('narrative.save', { section, language, content, expectedUpdatedAt });
const list = async (): Promise<Narrative[]> => expectValue(await api.call('narrative.list'));
const find = (all: Narrative[], section: string, language: string): Narrative => {
  const found = all.find((n) => n.section === section && n.language === language);
  if (!found) throw new Error(`no ${section}/${language}`);
  return found;
};

/** `depth` nested bullet lists, each one level deeper than the last. */
function nestedLists(levels: number): unknown {
  let block: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
  for (let i = 0; i < levels; i += 1) block = { type: 'bulletList', content: [{ type: 'listItem', content: [block] }] };
  return { type: 'doc', content: [block] };
}

beforeAll(async () => {
  root = makeTempDir('narrative');
  api = makeApi(root);
  expectValue(
    await api.call('project.create', {
      path: `${root}/field.bmma`,
      title: 'Narrative',
      language: 'th',
      passphrase: PASSPHRASE,
    }),
  );
  project = api.session.require();
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('narrative sections', () => {
  it('lists every section and language, empty and never saved at first', async () => {
    const all = await list();
    expect(all.map((n) => `${n.section}:${n.language}`)).toEqual(
      NARRATIVE_SECTIONS.flatMap((s) => NARRATIVE_LANGUAGES.map((l) => `${s}:${l}`)),
    );
    expect(all.every((n) => n.updatedAt === null)).toBe(true);
    expect(all[0]?.content).toEqual(EMPTY_RICH_DOC);
  });

  it('keeps headings, marks, both lists, a table and a footnote in Thai and English, across a reopen', async () => {
    const th = expectValue(await save('executive_summary', 'th', richDoc('th'), null));
    const en = expectValue(await save('executive_summary', 'en', richDoc('en'), null));
    expect(th.updatedAt).not.toBeNull();
    expect(en.content).toEqual(richDoc('en'));

    api.session.close();
    expectValue(await api.call('project.open', { path: `${root}/field.bmma`, passphrase: PASSPHRASE }));
    project = api.session.require();

    const all = await list();
    expect(find(all, 'executive_summary', 'th').content).toEqual(richDoc('th'));
    expect(find(all, 'executive_summary', 'en').content).toEqual(richDoc('en'));
    expect(find(all, 'executive_summary', 'th').updatedAt).toBe(th.updatedAt);
    expect(find(all, 'background', 'th').updatedAt).toBeNull();
  });

  it('refuses a save made from an older version (CONFLICT) and keeps the newer text', async () => {
    const first = expectValue(await save('background', 'en', richDoc('en'), null));
    const second = expectValue(await save('background', 'en', EMPTY_RICH_DOC, first.updatedAt));
    expect(second.updatedAt! > first.updatedAt!).toBe(true);

    expect(expectError(await save('background', 'en', richDoc('en'), first.updatedAt)).code).toBe('CONFLICT');
    // A "first save" over a section someone else already saved is a conflict too.
    expect(expectError(await save('background', 'en', richDoc('en'), null)).code).toBe('CONFLICT');
    expect(find(await list(), 'background', 'en')).toMatchObject({
      content: EMPTY_RICH_DOC,
      updatedAt: second.updatedAt,
    });
  });

  it('refuses text over the limit (TEXT_TOO_LONG) and leaves the previous version intact', async () => {
    const before = find(await list(), 'executive_summary', 'th');
    const huge: RichDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ก'.repeat(NARRATIVE_MAX_JSON) }] }],
    };
    expect(expectError(await save('executive_summary', 'th', huge, before.updatedAt)).code).toBe('TEXT_TOO_LONG');
    expect(find(await list(), 'executive_summary', 'th')).toEqual(before);
  });

  it('refuses what the export cannot write: unknown nodes, marks and nesting deeper than 12', async () => {
    const image = { type: 'doc', content: [{ type: 'image', attrs: { src: 'file:///etc/passwd' } }] };
    const link = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'http://x' } }] }],
        },
      ],
    };
    for (const content of [image, link, nestedLists(5)]) {
      expect(expectError(await save('cross_cutting', 'en', content, null)).code).toBe('VALIDATION');
    }
    // Five nested lists are 13 levels with the doc, paragraph and text; four (11) are accepted.
    expect(expectValue(await save('cross_cutting', 'en', nestedLists(4), null)).updatedAt).not.toBeNull();
  });

  it('names the section when a stored row no longer validates', async () => {
    project.write((ctx) => {
      ctx.db
        .prepare(
          "UPDATE report_narratives SET content = ? WHERE section = 'background' AND language = 'en' AND deleted = 0",
        )
        .run(JSON.stringify({ type: 'doc', content: [{ type: 'video' }] }));
    });
    const error = expectError(await api.call('narrative.list'));
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toMatchObject({ section: 'background', language: 'en' });
    expect(() => listNarratives(project)).toThrow();
    // Put it back for the tests after this one.
    project.write((ctx) => {
      ctx.db
        .prepare(
          "UPDATE report_narratives SET content = ? WHERE section = 'background' AND language = 'en' AND deleted = 0",
        )
        .run(JSON.stringify(EMPTY_RICH_DOC));
    });
  });

  it('records each save in the audit trail with section and language, never the text', () => {
    const events = auditEvents(project, 'narrative.saved');
    expect(events.length).toBeGreaterThanOrEqual(4);
    for (const event of events) {
      expect(Object.keys(event.details).sort()).toEqual(['language', 'section']);
      expect(event.entityId).toMatch(/^[0-9a-f-]{36}$/);
    }
    const trail = project.read((db) => JSON.stringify(db.prepare('SELECT * FROM audit_events').all()));
    expect(trail).not.toContain('canary-narrative-4411');
    expect(trail).not.toContain('บทสรุปผู้บริหาร');
  });
});
