import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMART_CRITERIA, smartCheck } from '../../../src/shared/action-plan';
import type { Recommendation } from '../../../src/shared/analysis';
import {
  actionFormSchema,
  addMonths,
  emptyActionForm,
  languageHasGaps,
  sameAction,
  smartMissing,
  suggestTimeframe,
  toCreateInput,
  toUpdateInput,
  type ActionFormValues,
} from '../../../src/renderer/src/features/action-plan/action-form';
import { formatIsoDate } from '../../../src/renderer/src/features/action-plan/format';
import { actionDraftFor, stashActionDraft } from '../../../src/renderer/src/features/action-plan/pending-draft';
import { serverFieldIssues } from '../../../src/renderer/src/features/action-plan/server-errors';
import { newestFirst } from '../../../src/renderer/src/features/action-plan/status-updates';
import {
  recommendationFormSchema,
  sameRecommendation,
  toUpdateInput as recommendationUpdate,
  type RecommendationFormValues,
} from '../../../src/renderer/src/features/recommendations/recommendation-form';
import { planEn } from '../../../src/renderer/src/locales/plan.en';
import { planTh } from '../../../src/renderer/src/locales/plan.th';

/** The Action plan and Recommendations editors' rules: what they suggest, check, show and send. */

const REC_ID = '11111111-1111-4111-8111-111111111111';

function action(overrides: Partial<ActionFormValues> = {}): ActionFormValues {
  return { ...emptyActionForm({ subAreaCode: 'B3' }), ...overrides };
}

/** An item that passes every SMART criterion. */
function smartAction(): ActionFormValues {
  return action({
    recommendationId: REC_ID,
    action: { en: 'Finalise anti-smuggling provisions in the draft Immigration Act', th: '' },
    leadAgencyCode: 'MOI',
    indicator: { en: 'Draft submitted to Cabinet', th: '' },
    target: { en: 'Submitted by December', th: '' },
    meansOfVerification: { en: 'Cabinet resolution', th: '' },
    fundingSource: 'National budget',
    startDate: '2020-01-01',
    endDate: '2021-12-31',
  });
}

describe('timeframe suggested from the dates (DOMAIN.md 1.9)', () => {
  it('calls under 12 months short, 1 to 3 years medium and over 3 years long', () => {
    expect(suggestTimeframe('2020-01-01', '2020-12-31')).toBe('short');
    expect(suggestTimeframe('2020-01-01', '2021-01-01')).toBe('medium');
    // The example item JAP-B3-01: January 2020 to December 2021.
    expect(suggestTimeframe('2020-01-01', '2021-12-31')).toBe('medium');
    expect(suggestTimeframe('2020-01-01', '2023-01-01')).toBe('medium');
    expect(suggestTimeframe('2020-01-01', '2023-01-02')).toBe('long');
  });

  it('suggests nothing until both dates are given and in order', () => {
    expect(suggestTimeframe(null, '2021-01-01')).toBeNull();
    expect(suggestTimeframe('2021-01-01', null)).toBeNull();
    expect(suggestTimeframe('2021-01-02', '2021-01-01')).toBeNull();
  });

  it('counts months on the calendar, the last day of a short month included', () => {
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2020-11-15', 14)).toBe('2022-01-15');
  });

  it('never suggests a shorter class for a later end date', () => {
    const rank = { short: 0, medium: 1, long: 2 } as const;
    const day = fc.integer({ min: 0, max: 6000 }).map((offset) => {
      const date = new Date(Date.UTC(2015, 0, 1 + offset));
      return date.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(day, day, day, (start, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const first = suggestTimeframe(start, early);
        const second = suggestTimeframe(start, late);
        if (first !== null && second !== null) expect(rank[second]).toBeGreaterThanOrEqual(rank[first]);
      }),
    );
  });
});

describe('action item form', () => {
  it('refuses an end date before the start date, on the end date, with a translated message', () => {
    const parsed = actionFormSchema.safeParse(action({ startDate: '2021-06-01', endDate: '2021-05-31' }));
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues.find((found) => found.path.join('.') === 'endDate');
    expect(issue?.message).toBe('actionPlan.validation.dateOrder');
    expect(actionFormSchema.safeParse(action({ startDate: '2021-06-01', endDate: '2021-06-01' })).success).toBe(true);
  });

  it('sends one lead agency, never repeated among the supporting ones, and trimmed texts', () => {
    const sent = toCreateInput(
      action({
        leadAgencyCode: 'MOI',
        supportingAgencyCodes: ['RTP-IB', 'MOI', 'OAG', 'RTP-IB'],
        objective: { en: '  Law reform  ', th: ' ปฏิรูปกฎหมาย ' },
        fundingSource: ' IOM ',
      }),
    );
    expect(sent.supportingAgencyCodes).toEqual(['RTP-IB', 'OAG']);
    expect(sent.objective).toEqual({ en: 'Law reform', th: 'ปฏิรูปกฎหมาย' });
    expect(sent.fundingSource).toBe('IOM');
  });

  it('updates carry the version they were based on and leave the sub-area (the code) alone', () => {
    const sent = toUpdateInput(action(), { id: REC_ID, updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(sent.expectedUpdatedAt).toBe('2026-01-01T00:00:00.000Z');
    expect('subAreaCode' in sent).toBe(false);
  });

  it('sees no change in whitespace the save would trim', () => {
    expect(sameAction(action({ fundingSource: 'IOM ' }), action({ fundingSource: 'IOM' }))).toBe(true);
    expect(sameAction(action({ priority: 'high' }), action())).toBe(false);
  });

  it('marks the language that lacks a text the other language has', () => {
    const thaiOnly = action({ objective: { en: '', th: 'ปฏิรูปกฎหมาย' } });
    expect(languageHasGaps(thaiOnly, 'en')).toBe(true);
    expect(languageHasGaps(thaiOnly, 'th')).toBe(false);
    expect(languageHasGaps(action(), 'en')).toBe(false);
  });
});

describe('SMART check beside the form', () => {
  it('names what each failing criterion lacks', () => {
    const missing = smartMissing(action({ action: { en: 'Draft law', th: '' } }));
    expect(missing.specific).toEqual(['noLead', 'actionTooShort']);
    expect(missing.measurable).toEqual(['noIndicator', 'noTarget', 'noVerification']);
    expect(missing.achievable).toEqual(['noResources']);
    expect(missing.relevant).toEqual(['noRecommendation']);
    expect(missing.timeBound).toEqual(['noStart', 'noEnd']);
  });

  it('has nothing to ask of an item that passes, Thai actions counted by characters', () => {
    expect(Object.values(smartMissing(smartAction())).flat()).toEqual([]);
    const thai = { ...smartAction(), action: { en: '', th: 'จัดทำร่างบทบัญญัติต่อต้านการลักลอบขนคนเข้าเมือง' } };
    expect(smartMissing(thai).specific).toEqual([]);
  });

  it('agrees with smartCheck on every criterion, whatever the item holds', () => {
    const bilingual = fc.record({
      en: fc.constantFrom('', ' ', 'Draft', 'Finalise the draft act with all agencies'),
      th: fc.constantFrom('', 'ร่าง', 'จัดทำร่างบทบัญญัติต่อต้านการลักลอบขนคน'),
    });
    const values = fc.record({
      action: bilingual,
      indicator: bilingual,
      target: bilingual,
      meansOfVerification: bilingual,
      leadAgencyCode: fc.constantFrom(null, 'MOI'),
      recommendationId: fc.constantFrom(null, REC_ID),
      estimatedCost: fc.constantFrom(null, 0, 1500000),
      fundingSource: fc.constantFrom('', ' ', 'IOM'),
      startDate: fc.constantFrom(null, '2020-01-01'),
      endDate: fc.constantFrom(null, '2021-12-31'),
    });
    fc.assert(
      fc.property(values, (partial) => {
        const item = action(partial);
        const check = smartCheck(item);
        const missing = smartMissing(item);
        for (const criterion of SMART_CRITERIA) expect(missing[criterion].length === 0).toBe(check[criterion]);
      }),
    );
  });
});

describe('dates in the project calendar', () => {
  it('writes B.E. in Thai, names the era in English, and C.E. as is', () => {
    expect(formatIsoDate('2020-06-30', { language: 'th', calendar: 'BE' })).toBe('30 มิ.ย. 2563');
    expect(formatIsoDate('2020-06-30', { language: 'en', calendar: 'BE' })).toBe('30 Jun 2563 B.E.');
    expect(formatIsoDate('2020-06-30', { language: 'en', calendar: 'CE' })).toBe('30 Jun 2020');
    expect(formatIsoDate('2020-06-30', { language: 'th', calendar: 'BE' }, true)).toBe('30 มิถุนายน 2563');
  });

  it('lists status updates newest first, the later entry first on the same day', () => {
    const updates = [
      { id: 'a', date: '2020-03-01', createdAt: '2020-03-01T10:00:00Z' },
      { id: 'b', date: '2020-06-30', createdAt: '2020-06-30T09:00:00Z' },
      { id: 'c', date: '2020-06-30', createdAt: '2020-06-30T11:00:00Z' },
    ];
    expect(newestFirst(updates).map((update) => update.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('refused saves and the prefill from a recommendation', () => {
  it('puts a VALIDATION answer on the form fields it names, arrays of codes as one field', () => {
    const issues = serverFieldIssues(
      {
        issues: [
          { path: ['objective', 'en'], code: 'too_big' },
          { path: ['supportingAgencyCodes', 3], code: 'too_big' },
          { path: ['somethingElse'], code: 'custom' },
        ],
      },
      Object.keys(emptyActionForm()),
    );
    expect(issues).toEqual([
      { field: 'objective.en', type: 'too_big' },
      { field: 'supportingAgencyCodes', type: 'too_big' },
    ]);
  });

  it('hands the Action plan tab the recommendation and sub-area it was opened for', () => {
    const token = stashActionDraft({ recommendationId: REC_ID, subAreaCode: 'C4' });
    expect(actionDraftFor(token)).toEqual({ recommendationId: REC_ID, subAreaCode: 'C4' });
    expect(actionDraftFor(token)).toEqual({ recommendationId: REC_ID, subAreaCode: 'C4' });
    expect(actionDraftFor(REC_ID)).toBeUndefined();
  });
});

describe('recommendation form', () => {
  const values: RecommendationFormValues = {
    subAreaCode: 'C4',
    findingIds: [],
    text: { en: '', th: '' },
    priority: 'high',
    horizon: 'short',
  };

  it('asks for the text in one language and for the sub-area, with translated messages', () => {
    const parsed = recommendationFormSchema.safeParse({ ...values, subAreaCode: '' });
    const messages = Object.fromEntries(
      parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [],
    );
    expect(messages['text.en']).toBe('recommendations.validation.textRequired');
    expect(messages['subAreaCode']).toBe('recommendations.validation.subAreaRequired');
    expect(
      recommendationFormSchema.safeParse({ ...values, text: { en: '', th: 'เพิ่มการสืบสวนทางการเงิน' } }).success,
    ).toBe(true);
  });

  it('sends the linked findings only when they changed, so a finding deleted meanwhile does not block a text edit', () => {
    const deletedId = '22222222-2222-4222-8222-222222222222';
    const saved: Pick<Recommendation, 'id' | 'updatedAt' | 'findings'> = {
      id: REC_ID,
      updatedAt: 'v1',
      findings: [{ id: deletedId, code: 'F-C4-02', deleted: true }],
    };
    const edited = { ...values, findingIds: [deletedId], text: { en: 'Open financial investigations', th: '' } };
    expect('findingIds' in recommendationUpdate(edited, saved)).toBe(false);
    expect(recommendationUpdate({ ...edited, findingIds: [] }, saved).findingIds).toEqual([]);
    expect(sameRecommendation({ ...values, findingIds: ['a', 'b'] }, { ...values, findingIds: ['b', 'a'] })).toBe(true);
  });
});

describe('plan catalogs', () => {
  function leaves(value: unknown, path: string[] = []): [string, string][] {
    if (typeof value === 'string') return [[path.join('.'), value]];
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => leaves(inner, [...path, key]));
  }

  it('has a Thai string for every English one, and Thai where the English has words', () => {
    const en = new Map(leaves(planEn));
    const th = new Map(leaves(planTh));
    expect([...th.keys()].sort()).toEqual([...en.keys()].sort());
    const untranslated = [...en].filter(([key, text]) => {
      const thai = th.get(key) ?? '';
      // Shortcuts, SMART letters and pure placeholders read the same in both languages.
      const words = text.replace(/\{\{\w+\}\}/g, '').replace(/Ctrl\+\w|SMART|\(?[A-Z]{3}\)?|[–·:;/✓ ]/g, '');
      return thai.trim() === '' || (/[a-z]{2}/.test(words) && !/[\u0E00-\u0E7F]/.test(thai));
    });
    expect(untranslated).toEqual([]);
  });
});
