import { describe, expect, it } from 'vitest';
import type { FrameworkTree, ProjectIndicator } from '../../../src/shared/framework';
import {
  locatePassage,
  selectedRange,
  toShownRange,
  toStoredRange,
} from '../../../src/renderer/src/features/passages/passage-selection';
import {
  findingChoices,
  indicatorChoices,
  passageTargetLabel,
} from '../../../src/renderer/src/features/passages/target-options';
import { filterByTerms } from '../../../src/renderer/src/features/evidence/option-filter';

/** Passage coding: from the notes box's selection to the offsets the main process checks, and back. */

describe('selection -> passage offsets', () => {
  const notes = 'The deputy commander said: the watch list is checked by hand.\n';

  it('takes the selected words, without the spaces and line breaks a drag picks up', () => {
    const start = notes.indexOf(' the watch');
    const end = notes.length; // through the final line break
    expect(selectedRange(notes, start, end)).toEqual({ start: start + 1, end: notes.length - 1 });
    expect(notes.slice(start + 1, notes.length - 1)).toBe('the watch list is checked by hand.');
  });

  it('accepts a selection made backwards, and refuses one with nothing but space', () => {
    expect(selectedRange(notes, 8, 4)).toEqual({ start: 4, end: 8 });
    expect(selectedRange(notes, 3, 4)).toBeNull();
    expect(selectedRange(notes, 10, 10)).toBeNull();
    expect(selectedRange('', 0, 0)).toBeNull();
  });

  it('counts UTF-16 units as the browser does: Thai marks and emoji included', () => {
    const thai = 'เจ้าหน้าที่ตรวจหนังสือเดินทาง 👍 ด้วยมือ';
    const start = thai.indexOf('ตรวจ');
    const end = thai.indexOf('👍') + '👍'.length;
    const range = selectedRange(thai, start, end);
    expect(range).toEqual({ start, end });
    expect(thai.slice(range?.start, range?.end)).toBe('ตรวจหนังสือเดินทาง 👍');
    expect(end - start).toBe('ตรวจหนังสือเดินทาง 👍'.length); // the emoji counts 2
  });

  it('maps the box’s "\\n" line breaks onto notes stored with "\\r\\n", both ways', () => {
    const stored = 'Line one\r\nLine two: passport checks\r\nLine three';
    const shown = stored.replace(/\r\n/g, '\n');
    const start = shown.indexOf('passport');
    const range = { start, end: start + 'passport checks'.length };
    const mapped = toStoredRange(stored, shown, range);
    expect(mapped).not.toBeNull();
    expect(stored.slice(mapped?.start, mapped?.end)).toBe('passport checks');
    expect(toShownRange(stored, shown, mapped ?? range)).toEqual(range);
  });

  it('spans a stored "\\r\\n" as one line break', () => {
    const stored = 'a\r\nb';
    const shown = 'a\nb';
    expect(toStoredRange(stored, shown, { start: 0, end: 3 })).toEqual({ start: 0, end: 4 });
  });

  it('refuses to map when the box and the file differ in words (unsaved edits)', () => {
    expect(toStoredRange('saved text', 'edited text', { start: 0, end: 6 })).toBeNull();
    expect(toStoredRange('same', 'same', { start: 1, end: 3 })).toEqual({ start: 1, end: 3 });
  });
});

describe('showing a coded passage in the box', () => {
  const stored = 'Officers said the queue takes two hours. Later: the queue takes two hours on Fridays.';

  it('selects it at its offsets when the box holds the saved notes', () => {
    const start = stored.lastIndexOf('the queue');
    const passage = { start, end: start + 9, snippet: 'the queue' };
    expect(locatePassage(stored, stored, passage)).toEqual({ start, end: start + 9 });
  });

  it('finds its words nearest to where they were when unsaved edits moved them', () => {
    const shown = `NEW SENTENCE. ${stored}`;
    const start = stored.lastIndexOf('the queue');
    const found = locatePassage(shown, stored, { start, end: start + 9, snippet: 'the queue' });
    expect(found).toEqual({ start: shown.lastIndexOf('the queue'), end: shown.lastIndexOf('the queue') + 9 });
  });

  it('falls back to its offsets, cut to the text, when the words are gone', () => {
    expect(locatePassage('short', stored, { start: 3, end: 60, snippet: 'not there' })).toEqual({ start: 3, end: 5 });
    expect(locatePassage('', stored, { start: 3, end: 60, snippet: 'x' })).toEqual({ start: 0, end: 0 });
  });
});

function indicator(code: string, en: string, th: string, retired = false): ProjectIndicator {
  return {
    id: `00000000-0000-4000-8000-${code.replace('.', '').padStart(12, '0')}`,
    code,
    subAreaCode: code.split('.')[0] ?? '',
    text: { en, th },
    guidance: { en: '', th: '' },
    scale: 'maturity',
    rubric: null,
    expectedEvidence: [],
    scope: ['national'],
    origin: 'template',
    retired,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const tree: FrameworkTree = {
  templateVersion: '1.0.0',
  templateHash: 'x',
  scales: [],
  areas: [
    {
      code: 'C',
      name: { en: 'Border management', th: 'การบริหารจัดการชายแดน' },
      description: { en: '', th: '' },
      subAreas: [
        {
          code: 'C4',
          name: { en: 'Smuggling', th: 'การลักลอบขนคนเข้าเมือง' },
          indicators: [
            indicator('C4.1', 'Smuggling offences are investigated', 'มีการสอบสวนความผิดฐานลักลอบขนคน'),
            indicator('C4.2', 'A watch list is checked at entry', 'มีการตรวจบัญชีเฝ้าดูเมื่อเข้าเมือง'),
            indicator('C4.3', 'Retired indicator', 'ตัวชี้วัดที่เลิกใช้', true),
          ],
        },
      ],
    },
    {
      code: 'E',
      name: { en: 'Cooperation', th: 'ความร่วมมือ' },
      description: { en: '', th: '' },
      subAreas: [{ code: 'E1', name: { en: 'Only retired', th: 'x' }, indicators: [indicator('E1.1', 'old', 'เก่า', true)] }],
    },
  ],
};

describe('what a passage can be coded to', () => {
  it('offers live indicators grouped by area in the UI language, never retired ones', () => {
    const { data } = indicatorChoices(tree, 'th');
    expect(data).toHaveLength(1);
    expect(data[0]?.group).toBe('C – การบริหารจัดการชายแดน');
    expect(data[0]?.items.map((item) => item.label)).toEqual([
      'C4.1 – มีการสอบสวนความผิดฐานลักลอบขนคน',
      'C4.2 – มีการตรวจบัญชีเฝ้าดูเมื่อเข้าเมือง',
    ]);
  });

  it('finds an indicator by code or by words of either language, whatever the UI language', () => {
    const { data, searchTexts } = indicatorChoices(tree, 'en');
    const search = (query: string) =>
      filterByTerms(data, query, (id) => searchTexts.get(id) ?? []).flatMap((option) =>
        'items' in option ? option.items.map((item) => item.label.split(' – ')[0]) : [],
      );
    expect(search('c4.2')).toEqual(['C4.2']);
    expect(search('watch list')).toEqual(['C4.2']);
    expect(search('บัญชีเฝ้าดู')).toEqual(['C4.2']);
    expect(search('smuggling')).toEqual(['C4.1', 'C4.2']); // the sub-area's name counts too
    expect(search('nothing like this')).toEqual([]);
  });

  it('offers findings by code and the start of their statement', () => {
    const long = 'Smuggling cases are usually charged only under Immigration Act s.63/64; '.repeat(4);
    const { data, searchTexts } = findingChoices(
      [{ id: 'f1', code: 'F-C4-02', statement: { en: long, th: '' } }],
      'th',
    );
    expect(data[0]?.label.startsWith('F-C4-02 – Smuggling cases')).toBe(true); // Thai empty: English shown
    expect(data[0]?.label.endsWith('…')).toBe(true);
    expect(data[0]?.label.length).toBeLessThan(160);
    expect(filterByTerms(data, 'f-c4', (id) => searchTexts.get(id) ?? [])).toHaveLength(1);
  });

  it('labels a coded passage’s target in the UI language', () => {
    const passage = { targetCode: 'C4.2', targetLabel: { en: 'A watch list is checked', th: 'มีการตรวจบัญชีเฝ้าดู' } };
    expect(passageTargetLabel(passage, 'th')).toBe('C4.2 – มีการตรวจบัญชีเฝ้าดู');
    expect(passageTargetLabel(passage, 'en')).toBe('C4.2 – A watch list is checked');
    expect(passageTargetLabel({ targetCode: 'F-C4-01', targetLabel: { en: '', th: '' } }, 'en')).toBe('F-C4-01');
  });
});
