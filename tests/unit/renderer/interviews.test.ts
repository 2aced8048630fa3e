import { describe, expect, it } from 'vitest';
import { interviewCreateSchema, interviewUpdateSchema, type Interview } from '../../../src/shared/evidence';
import {
  emptyInterviewForm,
  fieldErrorsFromDetails,
  interviewFormFrom,
  interviewFormSchema,
  sameInterview,
  toCreateInput,
  toUpdateInput,
  type InterviewFormValues,
} from '../../../src/renderer/src/features/interviews/interview-form';
import { formatClock, formatDay, formatMonth, formatWhen } from '../../../src/renderer/src/features/interviews/format';

/** The interview editor's rules, what it sends, and how the list writes months and times. */

const AGENCIES = new Set(['RTP-IB', 'OAG']);
const schema = interviewFormSchema(() => AGENCIES);

function official(overrides: Partial<InterviewFormValues> = {}): InterviewFormValues {
  return { ...emptyInterviewForm('official'), agencyCode: 'RTP-IB', ...overrides };
}

function migrant(overrides: Partial<InterviewFormValues> = {}): InterviewFormValues {
  return {
    ...emptyInterviewForm('migrant'),
    location: 'eastern land border (Sa Kaeo)',
    month: '2026-11',
    ...overrides,
  };
}

/** The i18n keys the form would show, by field. */
function messages(values: InterviewFormValues): Record<string, string> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('interview form rules (DOMAIN.md 3.4)', () => {
  it('accepts a complete official and a complete migrant interview', () => {
    expect(messages(official())).toEqual({});
    expect(messages(migrant())).toEqual({});
  });

  it('asks an official for the agency, and refuses an agency not in the reference list', () => {
    expect(messages(official({ agencyCode: null }))).toEqual({ agencyCode: 'interviews.validation.agencyRequired' });
    expect(messages(official({ agencyCode: 'NOPE' }))).toEqual({ agencyCode: 'interviews.validation.unknownAgency' });
  });

  it('asks a migrant for a generalised location and the month, and refuses an exact day', () => {
    expect(messages(migrant({ month: null, location: '  ' }))).toEqual({
      month: 'interviews.validation.monthRequired',
      location: 'interviews.validation.locationRequired',
    });
    expect(messages(migrant({ interviewDate: '2026-11-12' }))).toEqual({
      interviewDate: 'interviews.validation.noExactDay',
    });
  });

  it('asks for the interpreter’s language only when an interpreter was used', () => {
    expect(messages(official({ interpreter: { used: true, language: null } }))).toEqual({
      'interpreter.language': 'interviews.validation.interpreterLanguageRequired',
    });
    expect(messages(official({ interpreter: { used: true, language: 'my' } }))).toEqual({});
  });

  it('refuses a consent withdrawal dated in the future', () => {
    const nextYear = `${new Date().getFullYear() + 1}-01-01`;
    const values = official({ consent: { ...official().consent, withdrawnAt: nextYear } });
    expect(messages(values)).toEqual({ 'consent.withdrawnAt': 'interviews.validation.withdrawnInFuture' });
  });

  it('skips the agency list check while the list has not loaded', () => {
    const unloaded = interviewFormSchema(() => null);
    expect(unloaded.safeParse(official({ agencyCode: 'NOPE' })).success).toBe(true);
  });

  it('refuses notes over 100,000 characters with the contract’s own check', () => {
    const parsed = schema.safeParse(official({ notes: 'ก'.repeat(100_001) }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['notes'], code: 'too_big' });
  });
});

describe('what the editor sends', () => {
  it('clears what a migrant interview does not record', () => {
    const input = toCreateInput(migrant({ agencyCode: 'RTP-IB', interviewDate: '2026-11-12' }));
    expect(input).toMatchObject({ agencyCode: null, interviewDate: null, month: '2026-11' });
    expect(interviewCreateSchema.safeParse(input).success).toBe(true);
  });

  it('takes an official’s month from the exact day, and keeps a month without a day', () => {
    expect(toCreateInput(official({ interviewDate: '2026-10-03', month: '2026-10' }))).toMatchObject({
      interviewDate: '2026-10-03',
      month: '2026-10',
    });
    expect(toCreateInput(official({ month: '2026-09' }))).toMatchObject({ interviewDate: null, month: '2026-09' });
  });

  it('lists interviewer codes once, trimmed, and drops the interpreter language when there was none', () => {
    const input = toCreateInput(
      official({ interviewers: [' T1', 'T1', 'AB ', ''], interpreter: { used: false, language: 'km' } }),
    );
    expect(input.interviewers).toEqual(['T1', 'AB']);
    expect(input.interpreter).toEqual({ used: false, language: null });
  });

  it('sends an update without the category (fixed with the code) and with the loaded updatedAt', () => {
    const input = toUpdateInput(official({ notes: 'new' }), {
      id: '3b241101-e2bb-4255-8caf-4136c566a962',
      updatedAt: '2026-11-29T03:00:00.000Z',
    });
    expect(input).not.toHaveProperty('category');
    expect(input).toMatchObject({ expectedUpdatedAt: '2026-11-29T03:00:00.000Z', notes: 'new' });
    expect(interviewUpdateSchema.safeParse(input).success).toBe(true);
  });

  it('treats forms that would send the same thing as unchanged (autosave stays quiet)', () => {
    const a = official({ location: 'Bangkok' });
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as InterviewFormValues;
    expect(sameInterview(a, reordered)).toBe(true);
    expect(sameInterview(a, { ...a, location: 'Bangkok ' })).toBe(true);
    expect(sameInterview(a, { ...a, notes: 'changed' })).toBe(false);
  });

  it('loads a stored interview into exactly the values it was saved from', () => {
    const values = official({ interviewers: ['T1'], notes: 'สัมภาษณ์' });
    const stored: Interview = {
      id: '3b241101-e2bb-4255-8caf-4136c566a962',
      code: 'KII-OFF-001',
      ...toCreateInput(values),
      pii: [],
      createdAt: '2026-11-29T03:00:00.000Z',
      updatedAt: '2026-11-29T03:00:00.000Z',
    };
    expect(sameInterview(interviewFormFrom(stored), values)).toBe(true);
  });
});

describe('VALIDATION answers highlight fields', () => {
  it('maps the contract’s issues and the service’s named field to form fields, once each', () => {
    expect(
      fieldErrorsFromDetails({
        issues: [
          { path: ['notes'], code: 'too_big' },
          { path: ['interviewers', '3'], code: 'too_small' },
          { path: ['consent'], code: 'custom' },
        ],
      }),
    ).toEqual([
      { field: 'notes', message: 'interviews.validation.notesTooLong' },
      { field: 'interviewers', message: 'interviews.validation.required' },
    ]);
    expect(
      fieldErrorsFromDetails({
        field: 'agencyCode',
        reason: 'unknown',
        issues: [{ path: ['agencyCode'], code: 'unknown' }],
      }),
    ).toEqual([{ field: 'agencyCode', message: 'interviews.validation.unknownAgency' }]);
    expect(fieldErrorsFromDetails({ field: 'month', reason: 'required' })).toEqual([
      { field: 'month', message: 'interviews.validation.monthRequired' },
    ]);
    expect(fieldErrorsFromDetails({ field: 'interviewDate', reason: 'notAllowed' })).toEqual([
      { field: 'interviewDate', message: 'interviews.validation.noExactDay' },
    ]);
    expect(fieldErrorsFromDetails(undefined)).toEqual([]);
  });
});

describe('months and times in the list and the status line', () => {
  it('writes a month in the project’s era, B.E. named in English', () => {
    expect(formatMonth('2026-11', { language: 'th', calendar: 'BE' })).toBe('พ.ย. 2569');
    expect(formatMonth('2026-11', { language: 'en', calendar: 'BE' })).toBe('Nov 2569 B.E.');
    expect(formatMonth('2026-11', { language: 'en', calendar: 'CE' })).toBe('Nov 2026');
    expect(formatDay('2026-03-05', { language: 'th', calendar: 'BE' })).toBe('5 มี.ค. 2569');
  });

  it('shows the day when it was kept, else the month', () => {
    const style = { language: 'th', calendar: 'BE' } as const;
    expect(formatWhen({ interviewDate: '2026-11-12', month: '2026-11' }, style)).toBe('12 พ.ย. 2569');
    expect(formatWhen({ interviewDate: null, month: '2026-01' }, style)).toBe('ม.ค. 2569');
    expect(formatWhen({ interviewDate: null, month: null }, style)).toBe('');
  });

  it('writes the time of a save the Thai way and the English way', () => {
    const at = new Date(2026, 10, 29, 10, 42);
    expect(formatClock(at, 'th')).toBe('10.42 น.');
    expect(formatClock(at, 'en')).toBe('10:42');
  });
});
