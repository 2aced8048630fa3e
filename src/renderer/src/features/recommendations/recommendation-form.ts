import { z } from 'zod';
import { recommendationCreateSchema, type Recommendation } from '../../../../shared/analysis';
import type { ChannelInput } from '../../../../shared/contract';
import { localizedText } from '../../../../shared/framework';
import type { Catalog } from '../../locales/en';

/**
 * The recommendation editor's form: the contract's fields (recommendations.create input), with
 * the "at least one language" rule moved onto the English box so its message can be shown
 * there, as an i18n key.
 */
export type RecommendationFormValues = z.input<typeof recommendationCreateSchema>;
type MessageKey = `recommendations.validation.${keyof Catalog['recommendations']['validation']}`;

const TEXT_MAX = 10_000;

export const recommendationFormSchema = z
  .object({
    ...recommendationCreateSchema.shape,
    subAreaCode: z
      .string()
      .min(2, { message: 'recommendations.validation.subAreaRequired' satisfies MessageKey })
      .max(8),
    text: localizedText(TEXT_MAX),
  })
  .strict()
  .superRefine((values, ctx) => {
    if (values.text.en.trim() === '' && values.text.th.trim() === '')
      ctx.addIssue({
        code: 'custom',
        path: ['text', 'en'],
        message: 'recommendations.validation.textRequired' satisfies MessageKey,
      });
  });

export function emptyRecommendationForm(): RecommendationFormValues {
  return { subAreaCode: '', findingIds: [], text: { en: '', th: '' }, priority: 'medium', horizon: 'medium' };
}

/** Deleted findings stay in the form, shown as such, so the user sees the link and can remove it. */
export function recommendationFormFrom(recommendation: Recommendation): RecommendationFormValues {
  return {
    subAreaCode: recommendation.subAreaCode,
    findingIds: recommendation.findings.map((finding) => finding.id),
    text: { en: recommendation.text.en, th: recommendation.text.th },
    priority: recommendation.priority,
    horizon: recommendation.horizon,
  };
}

export function toCreateInput(values: RecommendationFormValues): ChannelInput<'recommendations.create'> {
  return {
    ...values,
    findingIds: [...new Set(values.findingIds)],
    text: { en: values.text.en.trim(), th: values.text.th.trim() },
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

/**
 * An update: the sub-area is fixed once the code is assigned; the linked findings are sent only
 * when they changed, so editing the text of a recommendation that still links a finding deleted
 * meanwhile is not refused for a link the user did not touch.
 */
export function toUpdateInput(
  values: RecommendationFormValues,
  saved: Pick<Recommendation, 'id' | 'updatedAt' | 'findings'>,
): ChannelInput<'recommendations.update'> {
  const { subAreaCode: _subAreaCode, findingIds, ...fields } = toCreateInput(values);
  const before = saved.findings.map((finding) => finding.id);
  return {
    id: saved.id,
    expectedUpdatedAt: saved.updatedAt,
    ...fields,
    ...(sameSet(findingIds, before) ? {} : { findingIds }),
  };
}

/** Same values as far as the file is concerned. */
export function sameRecommendation(a: RecommendationFormValues, b: RecommendationFormValues): boolean {
  const left = toCreateInput(a);
  const right = toCreateInput(b);
  return (
    left.subAreaCode === right.subAreaCode &&
    sameSet(left.findingIds, right.findingIds) &&
    left.text.en === right.text.en &&
    left.text.th === right.text.th &&
    left.priority === right.priority &&
    left.horizon === right.horizon
  );
}
