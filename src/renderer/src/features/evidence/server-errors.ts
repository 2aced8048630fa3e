import { BmmaError } from '../../lib/bmma';
import type { EvidenceMessageKey } from './field-error';

/**
 * A refused write -> the fields of an editor to highlight. The contract check lists
 * details.issues ([{ path, code }]); a service check names details.field (dotted) with
 * details.reason. Issues that name no field of the form are left to the alert.
 */
interface ServerIssue {
  path: string[];
  code: string;
}

function isServerIssue(value: unknown): value is ServerIssue {
  if (typeof value !== 'object' || value === null) return false;
  const { path, code } = value as { path?: unknown; code?: unknown };
  return (
    Array.isArray(path) &&
    path.every((part) => typeof part === 'string' || typeof part === 'number') &&
    typeof code === 'string'
  );
}

function issuesOf(details: Record<string, unknown> | undefined): ServerIssue[] {
  const issues: ServerIssue[] = [];
  const listed = details?.['issues'];
  if (Array.isArray(listed))
    issues.push(...listed.filter(isServerIssue).map((issue) => ({ ...issue, path: issue.path.map(String) })));
  const field = details?.['field'];
  const reason = details?.['reason'];
  if (typeof field === 'string') issues.push({ path: field.split('.'), code: typeof reason === 'string' ? reason : '' });
  return issues;
}

function messageFor(code: string): EvidenceMessageKey {
  if (code === 'too_big') return 'evidenceCommon.validation.tooLong';
  if (/required|missing|too_small|empty|invalid_type/.test(code)) return 'evidenceCommon.validation.required';
  if (/control/.test(code)) return 'evidenceCommon.validation.noControlCharacters';
  return 'evidenceCommon.validation.invalidValue';
}

/**
 * Field errors for a VALIDATION answer, for the given form fields (dotted paths). The longest
 * known prefix of an issue's path is the field: "checklist.staffing.note" -> that note.
 */
export function fieldErrorsFromDetails<F extends string>(
  details: Record<string, unknown> | undefined,
  fields: readonly F[],
): { field: F; message: EvidenceMessageKey }[] {
  const known = new Set<string>(fields);
  const errors: { field: F; message: EvidenceMessageKey }[] = [];
  for (const issue of issuesOf(details)) {
    for (let length = issue.path.length; length > 0; length -= 1) {
      const candidate = issue.path.slice(0, length).join('.');
      if (!known.has(candidate)) continue;
      if (!errors.some((error) => error.field === candidate))
        errors.push({ field: candidate as F, message: messageFor(issue.code) });
      break;
    }
  }
  return errors;
}

/** The VALIDATION details of a thrown API error, or undefined for any other failure. */
export function validationDetails(error: unknown): Record<string, unknown> | undefined {
  return error instanceof BmmaError && error.code === 'VALIDATION' ? error.details : undefined;
}
