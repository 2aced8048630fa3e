import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import type { ChannelInput } from '../../../../shared/contract';
import type { ProjectIndicator, Scale } from '../../../../shared/framework';
import { EVIDENCE_TYPES, INDICATOR_SCOPES } from '../../../../shared/reference/vocabulary';
import type { Catalog } from '../../locales/en';

/**
 * The add/edit indicator form. Its fields carry the contract's names and nesting
 * (text.en, rubric.2.descriptor.th, scope), so a VALIDATION answer from the main process
 * can highlight the field it names. Messages are i18n keys, translated when shown.
 */
type ValidationKey = `validation.${keyof Catalog['validation']}`;
const message = (key: ValidationKey) => ({ message: key });

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The same limits as the contract (src/shared/framework.ts): the form refuses what the main process would. */
const LIMITS = { text: 1000, guidance: 4000, descriptor: 2000 } as const;

function textField(max: number) {
  return z
    .string()
    .max(max, message('validation.tooLong'))
    .refine((value) => !CONTROL_CHARS.test(value), message('validation.noControlCharacters'));
}

function bilingual(max: number) {
  return z.object({ en: textField(max), th: textField(max) });
}

const isBlank = (value: string) => value.trim() === '';

export const indicatorForm = z
  .object({
    text: bilingual(LIMITS.text),
    guidance: bilingual(LIMITS.guidance),
    scale: z.string().min(1, message('validation.scaleRequired')),
    /** Off: the indicator uses the scale's general descriptors; the rubric rows are kept but not sent. */
    rubricEnabled: z.boolean(),
    rubric: z.array(z.object({ value: z.number().int(), descriptor: bilingual(LIMITS.descriptor) })),
    expectedEvidence: z.array(z.enum(EVIDENCE_TYPES)),
    scope: z.array(z.enum(INDICATOR_SCOPES)).min(1, message('validation.scopeRequired')),
  })
  .superRefine((values, ctx) => {
    if (isBlank(values.text.en) && isBlank(values.text.th)) {
      for (const language of ['en', 'th'] as const)
        ctx.addIssue({ code: 'custom', path: ['text', language], message: 'validation.indicatorTextRequired' });
    }
    if (!values.rubricEnabled) return;
    values.rubric.forEach((level, index) => {
      if (isBlank(level.descriptor.en) && isBlank(level.descriptor.th))
        ctx.addIssue({
          code: 'custom',
          path: ['rubric', index, 'descriptor', 'en'],
          message: 'validation.rubricLevelRequired',
        });
    });
  });
export type IndicatorFormValues = z.infer<typeof indicatorForm>;

const emptyText = () => ({ en: '', th: '' });

/** One rubric row per level of the scale, keeping what was already written for a level of the same value. */
export function rubricRowsFor(
  scale: Scale | undefined,
  previous: IndicatorFormValues['rubric'],
): IndicatorFormValues['rubric'] {
  if (!scale) return [];
  return scale.levels.map((level) => ({
    value: level.value,
    descriptor: { ...(previous.find((row) => row.value === level.value)?.descriptor ?? emptyText()) },
  }));
}

export function emptyIndicatorForm(scale: Scale | undefined): IndicatorFormValues {
  return {
    text: emptyText(),
    guidance: emptyText(),
    scale: scale?.id ?? '',
    rubricEnabled: false,
    rubric: rubricRowsFor(scale, []),
    expectedEvidence: [],
    scope: ['national'],
  };
}

export function indicatorFormFrom(indicator: ProjectIndicator, scale: Scale | undefined): IndicatorFormValues {
  const written = (indicator.rubric ?? []).map((row) => ({ value: row.value, descriptor: { ...row.descriptor } }));
  return {
    text: { ...indicator.text },
    guidance: { ...indicator.guidance },
    scale: indicator.scale,
    rubricEnabled: indicator.rubric !== null && indicator.rubric.length > 0,
    rubric: rubricRowsFor(scale, written),
    expectedEvidence: [...indicator.expectedEvidence],
    scope: [...indicator.scope],
  };
}

function trimmed(text: { en: string; th: string }) {
  return { en: text.en.trim(), th: text.th.trim() };
}

function fieldsOf(values: IndicatorFormValues) {
  return {
    text: trimmed(values.text),
    guidance: trimmed(values.guidance),
    scale: values.scale,
    rubric: values.rubricEnabled
      ? values.rubric.map((row) => ({ value: row.value, descriptor: trimmed(row.descriptor) }))
      : null,
    expectedEvidence: values.expectedEvidence,
    scope: values.scope,
  };
}

export function toCreateInput(
  values: IndicatorFormValues,
  subAreaCode: string,
): ChannelInput<'framework.createIndicator'> {
  return { subAreaCode, ...fieldsOf(values) };
}

export function toUpdateInput(values: IndicatorFormValues, id: string): ChannelInput<'framework.updateIndicator'> {
  return { id, ...fieldsOf(values) };
}

/** One problem the main process found: the path into the input and the issue code or reason. */
interface ServerIssue {
  path: string[];
  code: string;
}

function isServerIssue(value: unknown): value is ServerIssue {
  if (typeof value !== 'object' || value === null) return false;
  const { path, code } = value as { path?: unknown; code?: unknown };
  return Array.isArray(path) && path.every((part) => typeof part === 'string') && typeof code === 'string';
}

const LEAVES = new Set(['scale', 'expectedEvidence', 'scope', 'rubric']);

/**
 * The form fields a server issue points at: "text" (the refinement on both languages) marks
 * both text boxes, "scope.1" marks the scope group, "rubric.2.descriptor.th" that box.
 */
function fieldsForPath(path: string[]): FieldPath<IndicatorFormValues>[] {
  const [head, second, third, fourth] = path;
  if (head === 'text' || head === 'guidance') {
    if (second === 'en' || second === 'th') return [`${head}.${second}`];
    return [`${head}.en`, `${head}.th`];
  }
  if (head === 'rubric' && second !== undefined && /^\d+$/.test(second) && third === 'descriptor') {
    const index = Number(second);
    if (fourth === 'en' || fourth === 'th') return [`rubric.${index}.descriptor.${fourth}`];
    return [`rubric.${index}.descriptor.en`, `rubric.${index}.descriptor.th`];
  }
  if (head === 'rubric') return ['rubricEnabled'];
  if (head !== undefined && LEAVES.has(head)) return [head as 'scale' | 'expectedEvidence' | 'scope'];
  return [];
}

/** Reasons the framework service names (details.reason) that have a message of their own. */
const REASON_KEYS: Partial<Record<string, ValidationKey>> = {
  too_big: 'validation.tooLong',
  empty_in_both_languages: 'validation.indicatorTextRequired',
};

function keyFor(field: FieldPath<IndicatorFormValues>, code: string): ValidationKey {
  const known = REASON_KEYS[code];
  if (known) return known;
  if (field === 'scope' && (code === 'too_small' || code === 'empty')) return 'validation.scopeRequired';
  return 'validation.invalidValue';
}

/**
 * Field errors for a VALIDATION answer. The contract check reports details.issues
 * ([{ path, code }]); a service check reports one details.field with details.reason.
 * Anything not recognised is left to the alert above the buttons.
 */
export function fieldErrorsFromDetails(
  details: Record<string, unknown> | undefined,
): { field: FieldPath<IndicatorFormValues>; message: ValidationKey }[] {
  const issues: ServerIssue[] = [];
  const listed = details?.['issues'];
  if (Array.isArray(listed)) issues.push(...listed.filter(isServerIssue));
  const field = details?.['field'];
  const reason = details?.['reason'];
  if (typeof field === 'string')
    issues.push({ path: field.split('.'), code: typeof reason === 'string' ? reason : '' });
  return issues.flatMap((issue) =>
    fieldsForPath(issue.path).map((name) => ({ field: name, message: keyFor(name, issue.code) })),
  );
}
