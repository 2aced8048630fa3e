import { z } from 'zod';
import { FINDING_TYPES, SEVERITIES, type Finding, type ScopeRef } from '../../../../shared/analysis';
import type { ChannelInput } from '../../../../shared/contract';
import { INDICATOR_SCOPES, type IndicatorScope } from '../../../../shared/reference/vocabulary';
import type { Catalog } from '../../locales/en';
import { fromEvidenceLinks, toEvidenceRefs, type EvidenceItem } from '../evidence-picker/evidence-options';
import { scopeKey } from '../ratings/rating-form';

/**
 * The finding editor's form (PRODUCT.md 5): sub-area (which gives the code F-C4-02 at the
 * first save), type, severity, statement in English and Thai, training-addressable flag,
 * scopes and evidence. Messages are i18n keys, translated when shown.
 */
export type FindingMessageKey = `findings.validation.${keyof Catalog['findings']['validation']}`;
export type FindingType = (typeof FINDING_TYPES)[number];
export type Severity = (typeof SEVERITIES)[number];

export interface FindingFormValues {
  subAreaCode: string | null;
  type: FindingType;
  severity: Severity;
  statement: { en: string; th: string };
  trainingAddressable: boolean;
  /** Scope keys ("national", "agency:RTP-IB", "crossing_point:BCP-TAK-MSOT2"), as the multiselect holds them. */
  scopes: string[];
  evidence: EvidenceItem[];
}

/** The contract's limits (src/shared/analysis.ts). */
export const FINDING_LIMITS = { statement: 10_000, scopes: 50 } as const;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** "agency:RTP-IB" -> { type: 'agency', code: 'RTP-IB' }; anything else is not a scope. */
export function parseScopeKey(key: string): ScopeRef | null {
  if (key === 'national') return { type: 'national', code: null };
  const separator = key.indexOf(':');
  if (separator <= 0) return null;
  const type = key.slice(0, separator);
  const code = key.slice(separator + 1);
  if (type === 'national' || !(INDICATOR_SCOPES as readonly string[]).includes(type) || code === '') return null;
  return { type: type as Exclude<IndicatorScope, 'national'>, code };
}

const statementField = z
  .string()
  .max(FINDING_LIMITS.statement, { message: 'findings.validation.tooLong' satisfies FindingMessageKey })
  .refine((value) => !CONTROL_CHARS.test(value), {
    message: 'findings.validation.noControlCharacters' satisfies FindingMessageKey,
  });

export const findingFormSchema = z
  .object({
    subAreaCode: z.string().nullable(),
    type: z.enum(FINDING_TYPES),
    severity: z.enum(SEVERITIES),
    statement: z.object({ en: statementField, th: statementField }),
    trainingAddressable: z.boolean(),
    scopes: z.array(z.string()).max(FINDING_LIMITS.scopes, {
      message: 'findings.validation.tooManyScopes' satisfies FindingMessageKey,
    }),
    evidence: z.array(z.custom<EvidenceItem>()),
  })
  .superRefine((values, ctx) => {
    const issue = (path: string[], message: FindingMessageKey) => ctx.addIssue({ code: 'custom', path, message });
    if (!values.subAreaCode) issue(['subAreaCode'], 'findings.validation.subAreaRequired');
    if (values.statement.en.trim() === '' && values.statement.th.trim() === '')
      issue(['statement', 'en'], 'findings.validation.statementRequired');
  });

/** A new finding: a gap of medium severity, in the sub-area the list is filtered on (if any). */
export function emptyFindingForm(subAreaCode: string | null = null): FindingFormValues {
  return {
    subAreaCode,
    type: 'gap',
    severity: 'medium',
    statement: { en: '', th: '' },
    trainingAddressable: false,
    scopes: [],
    evidence: [],
  };
}

export function findingFormFrom(finding: Finding): FindingFormValues {
  return {
    subAreaCode: finding.subAreaCode,
    type: finding.type,
    severity: finding.severity,
    statement: { ...finding.statement },
    trainingAddressable: finding.trainingAddressable,
    scopes: finding.scopes.map(scopeKey),
    evidence: fromEvidenceLinks(finding.evidence),
  };
}

function scopesOf(values: FindingFormValues): ScopeRef[] {
  const seen = new Set<string>();
  const scopes: ScopeRef[] = [];
  for (const key of values.scopes) {
    const scope = parseScopeKey(key);
    if (!scope || seen.has(key)) continue;
    seen.add(key);
    scopes.push(scope);
  }
  return scopes;
}

/** Only called on values the schema accepted: the sub-area is set. */
export function toFindingCreateInput(values: FindingFormValues): ChannelInput<'findings.create'> {
  return {
    subAreaCode: values.subAreaCode ?? '',
    type: values.type,
    severity: values.severity,
    statement: { en: values.statement.en.trim(), th: values.statement.th.trim() },
    trainingAddressable: values.trainingAddressable,
    scopes: scopesOf(values),
    evidence: toEvidenceRefs(values.evidence),
  };
}

/** An update sends every field but the sub-area, which gave the code and does not change. */
export function toFindingUpdateInput(
  values: FindingFormValues,
  saved: Pick<Finding, 'id' | 'updatedAt'>,
): ChannelInput<'findings.update'> {
  const { subAreaCode: _subAreaCode, ...fields } = toFindingCreateInput(values);
  return { id: saved.id, expectedUpdatedAt: saved.updatedAt, ...fields };
}
