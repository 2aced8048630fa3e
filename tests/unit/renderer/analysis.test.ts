import { describe, expect, it } from 'vitest';
import {
  findingCreateSchema,
  findingUpdateSchema,
  ratingCreateSchema,
  ratingUpdateSchema,
  type Finding,
  type Rating,
} from '../../../src/shared/analysis';
import {
  emptyFindingForm,
  findingFormFrom,
  findingFormSchema,
  parseScopeKey,
  toFindingCreateInput,
  toFindingUpdateInput,
  type FindingFormValues,
} from '../../../src/renderer/src/features/findings/finding-form';
import { triangulate } from '../../../src/renderer/src/features/findings/triangulation';
import {
  emptyRatingForm,
  groupRatingsByScope,
  localToday,
  ratingFormFrom,
  ratingFormSchema,
  scopeKey,
  toRatingCreateInput,
  toRatingUpdateInput,
  type RatingFormValues,
  type RatingRules,
} from '../../../src/renderer/src/features/ratings/rating-form';
import { valueColour } from '../../../src/renderer/src/features/ratings/value-colour';

/** Ratings and findings: the triangulation gauge, what the forms refuse and what they send. */

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('triangulate: the gauge computed while evidence is chosen', () => {
  it('needs two independent types: interviews and their passages are one type', () => {
    expect(triangulate([])).toEqual({ types: [], supported: false });
    expect(triangulate([{ kind: 'interview' }, { kind: 'passage' }, { kind: 'interview' }])).toEqual({
      types: ['interview'],
      supported: false,
    });
    expect(triangulate([{ kind: 'passage' }, { kind: 'document' }])).toEqual({
      types: ['interview', 'document'],
      supported: true,
    });
  });

  it('lists the types in gauge order whatever the order chosen', () => {
    expect(triangulate([{ kind: 'document' }, { kind: 'site_visit' }, { kind: 'passage' }]).types).toEqual([
      'interview',
      'site_visit',
      'document',
    ]);
  });

  it('does not count evidence deleted after it was linked', () => {
    expect(triangulate([{ kind: 'interview' }, { kind: 'site_visit', deleted: true }])).toEqual({
      types: ['interview'],
      supported: false,
    });
  });
});

// ---------------------------------------------------------------- ratings

const rules = (extra: Partial<RatingRules> = {}): RatingRules => ({
  scaleValues: [0, 1, 2],
  takenScopes: new Set(),
  today: '2026-11-29',
  ...extra,
});

function ratingIssues(values: RatingFormValues, extra: Partial<RatingRules> = {}): Record<string, string> {
  const result = ratingFormSchema(() => rules(extra)).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

const filledRating = (extra: Partial<RatingFormValues> = {}): RatingFormValues => ({
  ...emptyRatingForm('national', '2026-11-29'),
  value: 1,
  justification: { en: '  Referral by phone; no written SOP seen. ', th: '' },
  assessor: ' AT ',
  evidence: [
    { kind: 'interview', id: id(1), code: 'KII-OFF-001', label: '' },
    { kind: 'site_visit', id: id(2), code: 'SV-2026-01', label: '' },
    { kind: 'interview', id: id(1), code: 'KII-OFF-001', label: '' },
  ],
  ...extra,
});

describe('the rating form', () => {
  it('starts today, as a draft of medium confidence, without a value', () => {
    const empty = emptyRatingForm('crossing_point', '2026-11-29');
    expect(empty).toMatchObject({ scopeType: 'crossing_point', scopeCode: null, value: null, state: 'draft' });
    expect(empty.confidence).toBe('medium');
    expect(ratingIssues(empty)).toMatchObject({
      scopeCode: 'ratings.validation.scopeRequired',
      value: 'ratings.validation.valueRequired',
      'justification.en': 'ratings.validation.justificationRequired',
    });
    expect(localToday(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('accepts a complete national rating', () => {
    expect(ratingIssues(filledRating())).toEqual({});
  });

  it('refuses a value off the scale, a scope already rated and a date in the future', () => {
    expect(ratingIssues(filledRating({ value: 4 }))).toEqual({ value: 'ratings.validation.outOfScale' });
    expect(
      ratingIssues(filledRating({ scopeType: 'agency', scopeCode: 'RTP-IB' }), {
        takenScopes: new Set(['agency:RTP-IB']),
      }),
    ).toEqual({ scopeCode: 'ratings.validation.duplicateScope' });
    expect(
      ratingIssues(filledRating({ scopeType: 'agency', scopeCode: 'RTP-IB' }), { takenScopes: new Set(['national']) }),
    ).toEqual({});
    expect(ratingIssues(filledRating({ ratedOn: '2026-11-30' }))).toEqual({
      ratedOn: 'ratings.validation.dateInFuture',
    });
    expect(ratingIssues(filledRating({ ratedOn: null }))).toEqual({ ratedOn: 'ratings.validation.dateRequired' });
  });

  it('sends what the contract accepts: national scope without a code, trimmed text, each item once', () => {
    const input = toRatingCreateInput(filledRating(), id(9));
    expect(input).toEqual({
      indicatorId: id(9),
      scope: { type: 'national', code: null },
      value: 1,
      justification: { en: 'Referral by phone; no written SOP seen.', th: '' },
      confidence: 'medium',
      state: 'draft',
      ratedOn: '2026-11-29',
      assessor: 'AT',
      evidence: [
        { kind: 'interview', id: id(1) },
        { kind: 'site_visit', id: id(2) },
      ],
    });
    expect(ratingCreateSchema.safeParse(input).success).toBe(true);
    const atPoint = toRatingCreateInput(
      filledRating({ scopeType: 'crossing_point', scopeCode: 'BCP-SKA-KLUEK' }),
      id(9),
    );
    expect(atPoint.scope).toEqual({ type: 'crossing_point', code: 'BCP-SKA-KLUEK' });
    expect(ratingCreateSchema.safeParse(atPoint).success).toBe(true);
  });

  it('updates everything but the scope, against the version it loaded', () => {
    const update = toRatingUpdateInput(filledRating({ value: 2, state: 'validated' }), {
      id: id(7),
      updatedAt: '2026-11-29T03:00:00.000Z',
    });
    expect(update).not.toHaveProperty('scope');
    expect(update).not.toHaveProperty('indicatorId');
    expect(update).toMatchObject({
      id: id(7),
      expectedUpdatedAt: '2026-11-29T03:00:00.000Z',
      value: 2,
      state: 'validated',
    });
    expect(ratingUpdateSchema.safeParse(update).success).toBe(true);
  });

  const rating = (n: number, type: Rating['scope']['type'], code: string | null, label: string): Rating => ({
    id: id(n),
    indicatorId: id(100),
    indicatorCode: 'E2.3',
    areaCode: 'E',
    scope: { type, code },
    scopeLabel: { en: label, th: label },
    value: 1,
    valueLabel: { en: 'Partial', th: 'มีบางส่วน' },
    scaleMax: 2,
    justification: { en: 'x', th: '' },
    confidence: 'medium',
    state: 'peer_reviewed',
    ratedOn: '2019-08-14',
    assessor: 'AT',
    evidence: [],
    createdAt: '',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });

  it('reads a saved rating back into the form', () => {
    const saved = rating(1, 'agency', 'RTP-IB', 'Immigration Bureau');
    expect(ratingFormFrom(saved)).toMatchObject({
      scopeType: 'agency',
      scopeCode: 'RTP-IB',
      value: 1,
      state: 'peer_reviewed',
    });
    expect(scopeKey(saved.scope)).toBe('agency:RTP-IB');
    expect(scopeKey({ type: 'national', code: null })).toBe('national');
  });

  it('shows every allowed scope, and a disallowed one only while it still holds ratings', () => {
    const ratings = [
      rating(1, 'crossing_point', 'BCP-B', 'Sadao'),
      rating(2, 'crossing_point', 'BCP-A', 'Ban Khlong Luek'),
      rating(3, 'agency', 'RTP-IB', 'Immigration Bureau'),
    ];
    const groups = groupRatingsByScope(ratings, ['national', 'crossing_point'], 'en');
    expect(groups.map((group) => [group.type, group.allowed, group.ratings.map((r) => r.scopeLabel.en)])).toEqual([
      ['national', true, []],
      ['agency', false, ['Immigration Bureau']],
      ['crossing_point', true, ['Ban Khlong Luek', 'Sadao']],
    ]);
    expect(groupRatingsByScope([], ['crossing_point'], 'th').map((group) => group.type)).toEqual(['crossing_point']);
  });

  it('colours a value by its place on the scale', () => {
    expect([0, 1, 2, 3, 4].map((value) => valueColour(value, 4))).toEqual([
      'red',
      'orange',
      'yellow',
      'yellow',
      'teal',
    ]);
    expect(valueColour(2, 2)).toBe('teal');
  });
});

// ---------------------------------------------------------------- findings

function findingIssues(values: FindingFormValues): Record<string, string> {
  const result = findingFormSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

const filledFinding = (extra: Partial<FindingFormValues> = {}): FindingFormValues => ({
  ...emptyFindingForm('C4'),
  type: 'gap',
  severity: 'high',
  statement: { en: ' Smuggling cases are charged only under s.63/64. ', th: '' },
  trainingAddressable: true,
  scopes: ['national', 'agency:RTP-IB', 'agency:RTP-IB', 'crossing_point:BCP-TAK-MSOT2', 'nonsense'],
  evidence: [
    { kind: 'passage', id: id(3), code: 'PSG-0001', label: '' },
    { kind: 'document', id: id(5), code: 'DOC-001', label: '' },
  ],
  ...extra,
});

describe('the finding form', () => {
  it('needs a sub-area and a statement in at least one language', () => {
    expect(findingIssues(emptyFindingForm())).toEqual({
      subAreaCode: 'findings.validation.subAreaRequired',
      'statement.en': 'findings.validation.statementRequired',
    });
    expect(
      findingIssues(filledFinding({ statement: { en: '', th: 'คดีลักลอบขนคนมักดำเนินคดีตามมาตรา 63/64 เท่านั้น' } })),
    ).toEqual({});
    expect(findingIssues(filledFinding({ statement: { en: 'a\u0007b', th: '' } }))).toEqual({
      'statement.en': 'findings.validation.noControlCharacters',
    });
  });

  it('reads scope keys, and nothing that is not one', () => {
    expect(parseScopeKey('national')).toEqual({ type: 'national', code: null });
    expect(parseScopeKey('crossing_point:BCP-TAK-MSOT2')).toEqual({ type: 'crossing_point', code: 'BCP-TAK-MSOT2' });
    expect(parseScopeKey('agency:')).toBeNull();
    expect(parseScopeKey('national:X')).toBeNull();
    expect(parseScopeKey('province:TAK')).toBeNull();
  });

  it('sends what the contract accepts: each scope once, trimmed statement, evidence refs', () => {
    const input = toFindingCreateInput(filledFinding());
    expect(input.scopes).toEqual([
      { type: 'national', code: null },
      { type: 'agency', code: 'RTP-IB' },
      { type: 'crossing_point', code: 'BCP-TAK-MSOT2' },
    ]);
    expect(input.statement.en).toBe('Smuggling cases are charged only under s.63/64.');
    expect(input.evidence).toEqual([
      { kind: 'passage', id: id(3) },
      { kind: 'document', id: id(5) },
    ]);
    expect(findingCreateSchema.safeParse(input).success).toBe(true);
    const update = toFindingUpdateInput(filledFinding(), { id: id(8), updatedAt: 'v1' });
    expect(update).not.toHaveProperty('subAreaCode');
    expect(update).toMatchObject({ id: id(8), expectedUpdatedAt: 'v1', severity: 'high' });
    expect(findingUpdateSchema.safeParse(update).success).toBe(true);
  });

  it('reads a saved finding back, scopes as keys and links as chips', () => {
    const saved = {
      id: id(8),
      code: 'F-C4-02',
      areaCode: 'C',
      subAreaCode: 'C4',
      type: 'gap',
      severity: 'high',
      statement: { en: 'Statement', th: '' },
      trainingAddressable: true,
      scopes: [{ type: 'agency', code: 'RTP-IB' }],
      evidence: [{ kind: 'document', id: id(5), code: 'DOC-001', label: 'SOP', labelTh: 'ระเบียบปฏิบัติ', deleted: false }],
      triangulation: { types: ['document'], supported: false },
      attributionWarnings: [],
      recommendations: [],
      createdAt: '',
      updatedAt: 'v1',
    } satisfies Finding;
    expect(findingFormFrom(saved)).toEqual({
      subAreaCode: 'C4',
      type: 'gap',
      severity: 'high',
      statement: { en: 'Statement', th: '' },
      trainingAddressable: true,
      scopes: ['agency:RTP-IB'],
      evidence: [{ kind: 'document', id: id(5), code: 'DOC-001', label: 'SOP', labelTh: 'ระเบียบปฏิบัติ' }],
    });
  });
});
