import { describe, expect, it } from 'vitest';
import { siteVisitCreateSchema, siteVisitUpdateSchema, type SiteVisit } from '../../../src/shared/evidence-items';
import { BmmaError } from '../../../src/renderer/src/lib/bmma';
import { formatDateRange } from '../../../src/renderer/src/features/evidence/format';
import {
  checklistItems,
  checklistProgress,
  emptySiteVisitForm,
  pruneChecklist,
  sameSiteVisit,
  siteVisitFieldErrors,
  siteVisitFormFrom,
  siteVisitFormSchema,
  toCreateInput,
  toUpdateInput,
  type SiteVisitFormValues,
} from '../../../src/renderer/src/features/site-visits/site-visit-form';

/** The site-visit editor: the checklist by type of crossing, its rules, what it sends. */

const POINTS = new Set(['BCP-TAK-MSOT2', 'BCP-BKK-SVB']);
const schema = siteVisitFormSchema(() => POINTS);

function visit(overrides: Partial<SiteVisitFormValues> = {}): SiteVisitFormValues {
  return {
    ...emptySiteVisitForm(),
    crossingPointCode: 'BCP-TAK-MSOT2',
    startDate: '2026-11-12',
    endDate: '2026-11-14',
    ...overrides,
  };
}

function messages(values: SiteVisitFormValues): Record<string, string> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the checklist follows the type of crossing', () => {
  it('shows the common items first, then those of a land crossing; none before a crossing point is chosen', () => {
    const land = checklistItems('land');
    expect(land.slice(0, 3)).toEqual(['process_flow', 'document_examination', 'it_systems']);
    expect(land).toContain('vehicle_lanes');
    expect(land).toContain('green_border_patrol');
    expect(land).not.toContain('api_pnr');
    expect(checklistItems('air')).toContain('api_pnr');
    expect(checklistItems('air')).not.toContain('vehicle_lanes');
    expect(checklistItems(null)).toEqual([]);
    expect(checklistItems('hovercraft')).toEqual([]);
  });

  it('counts rated items of this type only', () => {
    const checklist = {
      staffing: { rating: 'partial' as const, note: '' },
      vehicle_lanes: { rating: 'adequate' as const, note: '' },
      api_pnr: { rating: 'inadequate' as const, note: '' },
      equipment: { rating: null, note: 'scanner broken' },
    };
    expect(checklistProgress(checklist, 'land')).toEqual({ done: 2, total: checklistItems('land').length });
    expect(checklistProgress(checklist, 'air')).toEqual({ done: 2, total: checklistItems('air').length });
  });

  it('drops answers the new type does not have when the crossing point changes, keeping the common ones', () => {
    const checklist = {
      staffing: { rating: 'partial' as const, note: 'two officers' },
      vehicle_lanes: { rating: 'adequate' as const, note: '' },
    };
    expect(pruneChecklist(checklist, 'air')).toEqual({ staffing: checklist.staffing });
    expect(pruneChecklist(checklist, 'land')).toEqual(checklist);
  });
});

describe('site-visit form rules', () => {
  it('accepts a complete visit, with items the form registered but nobody answered', () => {
    expect(messages(visit())).toEqual({});
    expect(messages(visit({ checklist: { process_flow: undefined, staffing: { rating: 'partial', note: '' } } }))).toEqual({});
    expect(messages(visit({ checklist: { process_flow: undefined }, startDate: '2026-11-14', endDate: '2026-11-12' }))).toEqual({
      endDate: 'evidenceCommon.validation.endBeforeStart',
    });
    expect(messages(visit({ startDate: '2026-11-12', endDate: '2026-11-12' }))).toEqual({});
  });

  it('asks for the crossing point and both days, and refuses a crossing point not in the project', () => {
    expect(messages(visit({ crossingPointCode: null, startDate: null, endDate: null }))).toEqual({
      crossingPointCode: 'evidenceCommon.validation.crossingPointRequired',
      startDate: 'evidenceCommon.validation.startRequired',
      endDate: 'evidenceCommon.validation.endRequired',
    });
    expect(messages(visit({ crossingPointCode: 'BCP-NOPE-X1' }))).toEqual({
      crossingPointCode: 'evidenceCommon.validation.unknownCrossingPoint',
    });
    expect(siteVisitFormSchema(() => null).safeParse(visit({ crossingPointCode: 'BCP-NOPE-X1' })).success).toBe(true);
  });

  it('refuses a last day before the first, under the last day', () => {
    expect(messages(visit({ startDate: '2026-11-14', endDate: '2026-11-12' }))).toEqual({
      endDate: 'evidenceCommon.validation.endBeforeStart',
    });
    // Across a year end, ISO dates still compare in order.
    expect(messages(visit({ startDate: '2026-12-30', endDate: '2027-01-02' }))).toEqual({});
  });

  it('asks for a rating when an item has a note', () => {
    expect(messages(visit({ checklist: { equipment: { rating: null, note: 'scanner broken' } } }))).toEqual({
      'checklist.equipment.rating': 'evidenceCommon.validation.ratingRequired',
    });
    expect(messages(visit({ checklist: { equipment: { rating: null, note: '  ' } } }))).toEqual({});
  });

  it('applies the contract’s limits with translated messages', () => {
    expect(messages(visit({ observations: 'ก'.repeat(100_001) }))).toEqual({
      observations: 'evidenceCommon.validation.tooLong',
    });
    expect(messages(visit({ team: ['T1', 'x'.repeat(61)] }))).toEqual({ team: 'evidenceCommon.validation.tooLong' });
    expect(messages(visit({ observations: 'bell\u0007' }))).toEqual({
      observations: 'evidenceCommon.validation.noControlCharacters',
    });
  });
});

describe('what the site-visit editor sends', () => {
  it('sends rated items only, and team codes trimmed and once', () => {
    const input = toCreateInput(
      visit({
        team: [' T1', 'T1', 'AB ', ''],
        checklist: {
          staffing: { rating: 'partial', note: 'two officers for four lanes' },
          equipment: { rating: null, note: '' },
        },
      }),
    );
    expect(input.team).toEqual(['T1', 'AB']);
    expect(input.checklist).toEqual({ staffing: { rating: 'partial', note: 'two officers for four lanes' } });
    expect(siteVisitCreateSchema.safeParse(input).success).toBe(true);
  });

  it('sends an update with the loaded updatedAt', () => {
    const input = toUpdateInput(visit(), { id: '3b241101-e2bb-4255-8caf-4136c566a962', updatedAt: '2026-11-29T03:00:00.000Z' });
    expect(input.expectedUpdatedAt).toBe('2026-11-29T03:00:00.000Z');
    expect(siteVisitUpdateSchema.safeParse(input).success).toBe(true);
  });

  it('treats an unrated empty item as no change, so autosave stays quiet', () => {
    const a = visit();
    expect(sameSiteVisit(a, { ...a, checklist: { staffing: { rating: null, note: '' } } })).toBe(true);
    expect(sameSiteVisit(a, { ...a, checklist: { staffing: { rating: 'adequate', note: '' } } })).toBe(false);
  });

  it('loads a stored visit into exactly the values it was saved from', () => {
    const values = visit({ team: ['T1'], checklist: { staffing: { rating: 'partial', note: 'x' } }, observations: 'คิวยาว' });
    const stored: SiteVisit = {
      id: '3b241101-e2bb-4255-8caf-4136c566a962',
      code: 'SV-2026-01',
      ...toCreateInput(values),
      crossingPoint: { name: { en: 'Mae Sot', th: 'แม่สอด' }, mode: 'land' },
      attachments: [],
      createdAt: '2026-11-29T03:00:00.000Z',
      updatedAt: '2026-11-29T03:00:00.000Z',
    };
    expect(sameSiteVisit(siteVisitFormFrom(stored), values)).toBe(true);
  });

  it('marks the last day when the main process answers DATE_ORDER, and fields named by VALIDATION', () => {
    expect(siteVisitFieldErrors(new BmmaError('DATE_ORDER', 'x'))).toEqual([
      { field: 'endDate', message: 'evidenceCommon.validation.endBeforeStart' },
    ]);
    const refused = new BmmaError('VALIDATION', 'x', {
      issues: [
        { path: ['checklist', 'staffing', 'note'], code: 'too_big' },
        { path: ['team', 2], code: 'too_small' },
        { path: ['somethingElse'], code: 'custom' },
      ],
    });
    expect(siteVisitFieldErrors(refused)).toEqual([
      { field: 'checklist.staffing.note', message: 'evidenceCommon.validation.tooLong' },
      { field: 'team', message: 'evidenceCommon.validation.required' },
    ]);
    expect(siteVisitFieldErrors(new BmmaError('IO', 'x'))).toEqual([]);
  });
});

describe('dates of a visit in the project’s calendar', () => {
  it('shows one day once, and both ends of a longer visit, in B.E. or C.E.', () => {
    expect(formatDateRange('2026-11-12', '2026-11-12', { language: 'th', calendar: 'BE' })).toBe('12 พ.ย. 2569');
    expect(formatDateRange('2026-11-12', '2026-11-14', { language: 'th', calendar: 'BE' })).toBe(
      '12 พ.ย. 2569 – 14 พ.ย. 2569',
    );
    expect(formatDateRange('2026-11-12', '2026-11-14', { language: 'en', calendar: 'BE' })).toBe(
      '12 Nov 2569 B.E. – 14 Nov 2569 B.E.',
    );
    expect(formatDateRange('2026-11-12', '2026-11-14', { language: 'en', calendar: 'CE' })).toBe('12 Nov 2026 – 14 Nov 2026');
  });
});
