import { describe, expect, it } from 'vitest';
import {
  indicatorCreateSchema,
  indicatorUpdateSchema,
  type FrameworkTree,
  type ProjectIndicator,
  type Scale,
} from '../../../src/shared/framework';
import {
  emptyIndicatorForm,
  fieldErrorsFromDetails,
  indicatorForm,
  indicatorFormFrom,
  rubricRowsFor,
  toCreateInput,
  toUpdateInput,
} from '../../../src/renderer/src/features/framework/indicator-form';
import { visibleFramework } from '../../../src/renderer/src/features/framework/visible-framework';

/** The framework tab's filter and the add/edit indicator form: what the assessor sees and what is sent. */

const level = (value: number, en: string, th: string) => ({
  value,
  label: { en, th },
  descriptor: { en: `${en} level`, th: `ระดับ${th}` },
});
const presence: Scale = {
  id: 'presence',
  name: { en: 'Presence', th: 'การมีอยู่' },
  levels: [level(0, 'Absent', 'ไม่มี'), level(1, 'Partial', 'มีบางส่วน'), level(2, 'Full', 'มีครบถ้วน')],
};
const maturity: Scale = {
  id: 'maturity',
  name: { en: 'Maturity', th: 'ระดับการพัฒนา' },
  levels: [0, 1, 2, 3, 4].map((value) => level(value, `M${value}`, `ม${value}`)),
};

let ids = 0;
function indicator(code: string, en: string, th: string, extra: Partial<ProjectIndicator> = {}): ProjectIndicator {
  ids += 1;
  return {
    id: `00000000-0000-4000-8000-${String(ids).padStart(12, '0')}`,
    code,
    subAreaCode: code.split('.')[0] ?? '',
    text: { en, th },
    guidance: { en: '', th: '' },
    scale: 'presence',
    rubric: null,
    expectedEvidence: ['document'],
    scope: ['national'],
    origin: 'template',
    retired: false,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

const tree: FrameworkTree = {
  templateVersion: '1.0.0',
  templateHash: 'a'.repeat(64),
  scales: [presence, maturity],
  areas: [
    {
      code: 'C',
      name: { en: 'Operations', th: 'การปฏิบัติการ' },
      description: { en: '', th: '' },
      subAreas: [
        {
          code: 'C1',
          name: { en: 'Border checks', th: 'การตรวจบุคคลผ่านแดน' },
          indicators: [
            indicator(
              'C1.1',
              'Every traveller is checked against the watch list.',
              'ผู้เดินทางทุกคนได้รับการตรวจสอบกับบัญชีเฝ้าดูของประเทศ',
            ),
            indicator('C1.2', 'Secondary checks are referred.', 'มีการส่งต่อไปตรวจชั้นที่สอง', { retired: true }),
          ],
        },
        {
          code: 'C4',
          name: { en: 'Investigation', th: 'การสืบสวนสอบสวน' },
          indicators: [indicator('C4.2', 'Joint investigation teams exist.', 'มีทีมสืบสวนร่วม')],
        },
        {
          code: 'C9',
          name: { en: 'Empty', th: 'ว่าง' },
          indicators: [indicator('C9.1', 'Old', 'เก่า', { retired: true })],
        },
      ],
    },
  ],
};

const codesOf = (view: ReturnType<typeof visibleFramework>) =>
  view.flatMap((area) => area.subAreas.flatMap((subArea) => subArea.indicators.map((item) => item.code)));

describe('framework tree filter', () => {
  it('hides retired indicators unless asked, and keeps an emptied sub-area to add to', () => {
    const shown = visibleFramework(tree, { query: '', showRetired: false });
    expect(codesOf(shown)).toEqual(['C1.1', 'C4.2']);
    expect(shown[0]?.count).toBe(2);
    expect(shown[0]?.subAreas.map((subArea) => subArea.code)).toEqual(['C1', 'C4', 'C9']);
    expect(codesOf(visibleFramework(tree, { query: '', showRetired: true }))).toEqual(['C1.1', 'C1.2', 'C4.2', 'C9.1']);
  });

  it('finds a Thai word inside unsegmented Thai text, an English word and a code', () => {
    expect(codesOf(visibleFramework(tree, { query: 'บัญชีเฝ้าดู', showRetired: false }))).toEqual(['C1.1']);
    expect(codesOf(visibleFramework(tree, { query: 'WATCH list', showRetired: false }))).toEqual(['C1.1']);
    expect(codesOf(visibleFramework(tree, { query: 'c4.2', showRetired: false }))).toEqual(['C4.2']);
  });

  it('keeps every indicator of a sub-area whose name matches, and drops branches without a match', () => {
    const view = visibleFramework(tree, { query: 'การตรวจบุคคล', showRetired: true });
    expect(codesOf(view)).toEqual(['C1.1', 'C1.2']);
    expect(view[0]?.subAreas.map((subArea) => subArea.code)).toEqual(['C1']);
    expect(visibleFramework(tree, { query: 'no such words', showRetired: true })).toEqual([]);
  });
});

describe('indicator form', () => {
  const valid = () => ({ ...emptyIndicatorForm(presence), text: { en: '', th: '  ตัวชี้วัดใหม่  ' } });

  it('asks for the text in at least one language, on both boxes', () => {
    const result = indicatorForm.safeParse(emptyIndicatorForm(presence));
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['text.en', 'validation.indicatorTextRequired'],
      ['text.th', 'validation.indicatorTextRequired'],
    ]);
    expect(indicatorForm.safeParse(valid()).success).toBe(true);
  });

  it('asks for a scope, and for each level when the level descriptors are on', () => {
    const noScope = indicatorForm.safeParse({ ...valid(), scope: [] });
    expect(noScope.error?.issues.map((issue) => issue.message)).toEqual(['validation.scopeRequired']);
    const rubric = rubricRowsFor(presence, []);
    rubric[0] = { value: 0, descriptor: { en: 'None', th: '' } };
    const halfRubric = indicatorForm.safeParse({ ...valid(), rubricEnabled: true, rubric });
    expect(halfRubric.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'rubric.1.descriptor.en',
      'rubric.2.descriptor.en',
    ]);
  });

  it('sends what the contract accepts: trimmed texts, no rubric when switched off', () => {
    const values = { ...valid(), rubric: rubricRowsFor(presence, []) };
    const input = toCreateInput(values, 'A1');
    expect(input).toMatchObject({ subAreaCode: 'A1', text: { en: '', th: 'ตัวชี้วัดใหม่' }, rubric: null });
    expect(indicatorCreateSchema.safeParse(input).success).toBe(true);
    const rubric = rubricRowsFor(presence, []).map((row) => ({ ...row, descriptor: { en: `L${row.value}`, th: '' } }));
    const update = toUpdateInput(
      { ...values, rubricEnabled: true, rubric },
      tree.areas[0]!.subAreas[0]!.indicators[0]!.id,
    );
    expect(update.rubric?.map((row) => row.value)).toEqual([0, 1, 2]);
    expect(indicatorUpdateSchema.safeParse(update).success).toBe(true);
  });

  it('keeps descriptors written for a level when the scale changes, and opens an indicator as it is', () => {
    const written = rubricRowsFor(presence, []).map((row) => ({ ...row, descriptor: { en: `P${row.value}`, th: '' } }));
    const onMaturity = rubricRowsFor(maturity, written);
    expect(onMaturity.map((row) => [row.value, row.descriptor.en])).toEqual([
      [0, 'P0'],
      [1, 'P1'],
      [2, 'P2'],
      [3, ''],
      [4, ''],
    ]);
    const withRubric = indicator('C1.3', 'x', 'y', {
      rubric: [0, 1, 2].map((value) => ({ value, descriptor: { en: `R${value}`, th: '' } })),
    });
    const form = indicatorFormFrom(withRubric, presence);
    expect(form.rubricEnabled).toBe(true);
    expect(form.rubric.map((row) => row.descriptor.en)).toEqual(['R0', 'R1', 'R2']);
  });
});

describe('errors from the main process on the form', () => {
  it('marks the fields a VALIDATION answer names', () => {
    expect(
      fieldErrorsFromDetails({
        issues: [
          { path: ['text'], code: 'custom' },
          { path: ['rubric', '1', 'descriptor', 'th'], code: 'too_big' },
          { path: ['scope'], code: 'too_small' },
          { path: ['subAreaCode'], code: 'invalid_format' },
        ],
      }),
    ).toEqual([
      { field: 'text.en', message: 'validation.invalidValue' },
      { field: 'text.th', message: 'validation.invalidValue' },
      { field: 'rubric.1.descriptor.th', message: 'validation.tooLong' },
      { field: 'scope', message: 'validation.scopeRequired' },
    ]);
  });

  it('reads a service check (field and reason) too, and ignores what it cannot place', () => {
    expect(fieldErrorsFromDetails({ field: 'text', reason: 'empty_in_both_languages' })).toEqual([
      { field: 'text.en', message: 'validation.indicatorTextRequired' },
      { field: 'text.th', message: 'validation.indicatorTextRequired' },
    ]);
    expect(fieldErrorsFromDetails({ field: 'rubric', reason: 'rubric_levels_do_not_match_scale' })).toEqual([
      { field: 'rubricEnabled', message: 'validation.invalidValue' },
    ]);
    expect(fieldErrorsFromDetails(undefined)).toEqual([]);
    expect(fieldErrorsFromDetails({ issues: 'not a list' })).toEqual([]);
  });
});
