import type { InterviewCategory, InterviewCreateInput } from '../../src/main/services/interviews';

/**
 * A complete, valid interview of a category, for tests that need rows rather than a
 * particular interview: an official speaks for an agency seeded into every project
 * (RTP-IB, the Immigration Bureau), a migrant has a month and no exact date (DOMAIN.md 3.4).
 */
export function interviewInput(
  category: InterviewCategory,
  overrides: Partial<InterviewCreateInput> = {},
): InterviewCreateInput {
  return {
    category,
    agencyCode: category === 'official' ? 'RTP-IB' : null,
    location: category === 'migrant' ? 'Tak (northern land border)' : 'Bangkok',
    month: '2026-03',
    interviewDate: category === 'migrant' ? null : '2026-03-12',
    interviewers: ['T1'],
    interpreter: { used: category === 'migrant', language: category === 'migrant' ? 'my' : null },
    language: 'th',
    consent: {
      mode: 'oral',
      infoSheetVersion: 'v1',
      permittedUse: 'paraphrase',
      recordingAllowed: false,
      withdrawnAt: null,
    },
    notes: '',
    sensitivity: 'restricted',
    reliability: { source: 'B', information: 2 },
    ...overrides,
  };
}
