import { describe, expect, it } from 'vitest';
import type { InterviewSummary } from '../../../src/shared/evidence';
import type { Passage } from '../../../src/shared/evidence-items';
import type { SearchHit } from '../../../src/shared/search';
import {
  clipSnippet,
  interviewLinkLabel,
  interviewItem,
  passageItem,
  searchHitItem,
  siteVisitItem,
  type LabelContext,
  type SiteVisitSummary,
} from '../../../src/renderer/src/features/evidence-picker/candidates';
import {
  addEvidence,
  evidenceFromDetails,
  evidenceOptions,
  fromEvidenceLinks,
  groupByKind,
  itemsNeedingRedaction,
  removeEvidence,
  sameEvidence,
  toEvidenceRefs,
  type EvidenceItem,
} from '../../../src/renderer/src/features/evidence-picker/evidence-options';

/** The evidence picker's logic: which options an assessor is offered, what is sent, what the chips say. */

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const item = (
  kind: EvidenceItem['kind'],
  n: number,
  code: string,
  label: string,
  extra: Partial<EvidenceItem> = {},
) => ({
  kind,
  id: id(n),
  code,
  label,
  ...extra,
});

const official = item('interview', 1, 'KII-OFF-001', 'Official · IB · 12 Nov 2569 B.E.');
const migrant = item('interview', 2, 'KII-MIG-001', 'Migrant · ชายแดนทางบกด้านตะวันออก (สระแก้ว)', { piiCount: 2 });
const passage = item('passage', 3, 'PSG-0001', 'KII-MIG-001 · “ส่งต่อทางโทรศัพท์”', { interviewId: id(2), piiCount: 2 });
const visit = item('site_visit', 4, 'SV-2026-01', 'Mae Sot – Second Friendship Bridge · 14 Aug 2569 B.E.');
const sop = item('document', 5, 'DOC-001', 'Referral SOP (draft)');
const listed: EvidenceItem[] = [official, migrant, passage, visit, sop];

const noFilter = { query: '', kind: 'all' as const, chosen: [], limit: 50 };

describe('evidenceOptions: what the picker offers', () => {
  it('offers everything not yet chosen, in list order, when nothing is typed', () => {
    expect(evidenceOptions(listed, [], { ...noFilter, chosen: [official, sop] }).map((o) => o.code)).toEqual([
      'KII-MIG-001',
      'PSG-0001',
      'SV-2026-01',
    ]);
  });

  it('narrows by kind and by every word typed, in code or label, Thai as a substring', () => {
    expect(evidenceOptions(listed, [], { ...noFilter, kind: 'interview' }).map((o) => o.code)).toEqual([
      'KII-OFF-001',
      'KII-MIG-001',
    ]);
    expect(evidenceOptions(listed, [], { ...noFilter, query: 'kii-mig' }).map((o) => o.code)).toEqual([
      'KII-MIG-001',
      'PSG-0001',
    ]);
    expect(evidenceOptions(listed, [], { ...noFilter, query: 'สระแก้ว' }).map((o) => o.code)).toEqual(['KII-MIG-001']);
    expect(evidenceOptions(listed, [], { ...noFilter, query: 'mae bridge' }).map((o) => o.code)).toEqual([
      'SV-2026-01',
    ]);
    expect(evidenceOptions(listed, [], { ...noFilter, query: 'nothing like this' })).toEqual([]);
  });

  it('adds full-text hits found beyond the listed labels, once, only while typing', () => {
    const deepHit = item('interview', 9, 'KII-OFF-1040', 'Official · Customs');
    const found = [deepHit, official];
    const typed = evidenceOptions(listed, found, { ...noFilter, query: 'watch-list' });
    expect(typed.map((o) => o.code)).toEqual(['KII-OFF-1040', 'KII-OFF-001']);
    expect(evidenceOptions(listed, found, { ...noFilter, query: 'KII-OFF' }).map((o) => o.code)).toEqual([
      'KII-OFF-001',
      'KII-OFF-1040',
    ]);
    expect(evidenceOptions(listed, found, noFilter).map((o) => o.code)).not.toContain('KII-OFF-1040');
  });

  it('never offers a deleted item, and stops at the limit', () => {
    const gone = item('document', 6, 'DOC-002', 'Withdrawn circular', { deleted: true });
    expect(evidenceOptions([...listed, gone], [], noFilter).map((o) => o.code)).not.toContain('DOC-002');
    expect(evidenceOptions(listed, [], { ...noFilter, limit: 2 })).toHaveLength(2);
  });

  it('groups options by kind in the picker order', () => {
    expect(groupByKind([sop, official, visit, migrant]).map((group) => [group.kind, group.items.length])).toEqual([
      ['interview', 2],
      ['site_visit', 1],
      ['document', 1],
    ]);
  });
});

describe('the selection', () => {
  it('adds an item once, removes it by key, and sends each kind and id once', () => {
    const chosen = addEvidence(addEvidence(addEvidence([], official), sop), official);
    expect(chosen.map((o) => o.code)).toEqual(['KII-OFF-001', 'DOC-001']);
    expect(removeEvidence(chosen, `document:${id(5)}`).map((o) => o.code)).toEqual(['KII-OFF-001']);
    expect(toEvidenceRefs([official, sop, official])).toEqual([
      { kind: 'interview', id: id(1) },
      { kind: 'document', id: id(5) },
    ]);
  });

  it('compares selections regardless of order', () => {
    expect(sameEvidence([official, sop], [sop, official])).toBe(true);
    expect(sameEvidence([official], [official, sop])).toBe(false);
  });

  it('reads saved links, keeping the deleted mark', () => {
    const links = [
      { kind: 'site_visit' as const, id: id(4), code: 'SV-2026-01', label: 'Mae Sot', labelTh: 'แม่สอด', deleted: true },
      {
        kind: 'interview' as const,
        id: id(1),
        code: 'KII-OFF-001',
        label: 'official',
        labelTh: 'official',
        deleted: false,
      },
    ];
    expect(fromEvidenceLinks(links)).toEqual([
      { kind: 'site_visit', id: id(4), code: 'SV-2026-01', label: 'Mae Sot', labelTh: 'แม่สอด', deleted: true },
      { kind: 'interview', id: id(1), code: 'KII-OFF-001', label: 'official', labelTh: 'official' },
    ]);
  });

  it('names the interviews to redact: one per interview, a passage through its interview', () => {
    expect(itemsNeedingRedaction([official, migrant, passage, sop]).map((o) => o.code)).toEqual(['KII-MIG-001']);
    expect(itemsNeedingRedaction([passage]).map((o) => o.code)).toEqual(['PSG-0001']);
  });

  it('reads the item a refusal names in its details, and nothing else', () => {
    expect(evidenceFromDetails({ kind: 'passage', id: id(3) })).toEqual({ kind: 'passage', id: id(3) });
    expect(evidenceFromDetails({ kind: 'rating', id: id(3) })).toBeNull();
    expect(evidenceFromDetails({ field: 'evidence' })).toBeNull();
    expect(evidenceFromDetails(undefined)).toBeNull();
  });
});

describe('labels of the options', () => {
  const context: LabelContext = {
    language: 'en',
    calendar: 'BE',
    categoryLabel: (category) =>
      ({ official: 'Official', migrant: 'Migrant', stakeholder: 'Other', focus_group: 'FGD' })[category],
    agencyAbbreviation: (code) => (code === 'RTP-IB' ? 'IB' : code),
  };

  it('describes an official interview by category, agency and date in the project calendar', () => {
    const summary = {
      id: id(1),
      code: 'KII-OFF-001',
      category: 'official',
      agencyCode: 'RTP-IB',
      location: '',
      month: '2026-11',
      interviewDate: '2026-11-12',
      piiCount: 0,
    } as InterviewSummary;
    expect(interviewItem(summary, context)).toEqual({
      kind: 'interview',
      id: id(1),
      code: 'KII-OFF-001',
      label: 'Official · IB · 12 Nov 2569 B.E.',
    });
    expect(interviewItem({ ...summary, piiCount: 3 }, { ...context, calendar: 'CE' })).toMatchObject({
      label: 'Official · IB · 12 Nov 2026',
      piiCount: 3,
    });
  });

  it('quotes a passage after its interview code, clipped to one line, and carries the interview', () => {
    const long = 'ส่งต่อผู้เสียหายทางโทรศัพท์\nไปยังบ้านพัก '.repeat(6);
    const coded = {
      id: id(3),
      code: 'PSG-0001',
      interviewId: id(2),
      interviewCode: 'KII-MIG-001',
      snippet: long,
    } as Passage;
    const built = passageItem(coded, new Map([[id(2), 1]]));
    expect(built.label.startsWith('KII-MIG-001 · “ส่งต่อผู้เสียหายทางโทรศัพท์ ไปยังบ้านพัก')).toBe(true);
    expect(built.label.endsWith('…”')).toBe(true);
    expect(built).toMatchObject({ interviewId: id(2), piiCount: 1 });
    expect(clipSnippet('  short\n text ')).toBe('short text');
  });

  it('names a site visit by its crossing point and dates', () => {
    const summary = {
      id: id(4),
      code: 'SV-2026-01',
      crossingPointCode: 'BCP-TAK-MSOT2',
      crossingPoint: { name: { en: 'Mae Sot 2', th: 'แม่สอด 2' }, mode: 'land' },
      startDate: '2026-08-14',
      endDate: '2026-08-15',
    } as SiteVisitSummary;
    expect(siteVisitItem(summary, context).label).toBe('Mae Sot 2 · 14 Aug 2569 B.E. – 15 Aug 2569 B.E.');
    expect(siteVisitItem({ ...summary, endDate: '2026-08-14' }, { ...context, language: 'th' }).label).toBe(
      'แม่สอด 2 · 14 ส.ค. 2569',
    );
  });

  it('shows a cited interview, labelled by the main process in keys, in the UI language', () => {
    expect(interviewLinkLabel('official · RTP-IB', context)).toBe('Official · IB');
    expect(interviewLinkLabel('migrant · eastern land border (Sa Kaeo)', context)).toBe(
      'Migrant · eastern land border (Sa Kaeo)',
    );
    expect(interviewLinkLabel('focus_group', context)).toBe('FGD');
    expect(interviewLinkLabel('Official · IB · 12 Nov 2569 B.E.', context)).toBe('Official · IB · 12 Nov 2569 B.E.');
  });

  it('takes search hits of citable kinds only', () => {
    const hit = (kind: SearchHit['kind']) =>
      ({
        kind,
        id: id(7),
        code: 'X-1',
        title: 't',
        snippet: { text: '', highlights: [], clippedStart: false, clippedEnd: false },
      }) as SearchHit;
    expect(searchHitItem(hit('document'), 'Referral SOP')).toEqual({
      kind: 'document',
      id: id(7),
      code: 'X-1',
      label: 'Referral SOP',
    });
    expect(searchHitItem(hit('finding'), 'x')).toBeNull();
    expect(searchHitItem(hit('indicator'), 'x')).toBeNull();
  });
});
