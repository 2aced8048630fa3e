/**
 * Which form fields a refused save names. VALIDATION answers list zod issues ({ path, code });
 * other answers may name one field ({ field, reason }). Paths outside the form are left to
 * the general error message.
 */
export interface ServerFieldIssue {
  /** Dotted path of the form field ("objective.en", "endDate"). */
  field: string;
  /** The zod issue code, or the answer's reason: the form translates it by type. */
  type: string;
}

interface RawIssue {
  path: unknown[];
  code: string;
}

function isRawIssue(value: unknown): value is RawIssue {
  if (!value || typeof value !== 'object') return false;
  const issue = value as Partial<RawIssue>;
  return Array.isArray(issue.path) && typeof issue.code === 'string';
}

export function serverFieldIssues(
  details: Record<string, unknown> | undefined,
  formFields: readonly string[],
): ServerFieldIssue[] {
  const raw: RawIssue[] = [];
  const listed = details?.['issues'];
  if (Array.isArray(listed)) raw.push(...listed.filter(isRawIssue));
  const field = details?.['field'];
  const reason = details?.['reason'];
  if (typeof field === 'string') raw.push({ path: field.split('.'), code: typeof reason === 'string' ? reason : '' });
  const found: ServerFieldIssue[] = [];
  for (const issue of raw) {
    const path = issue.path.map(String);
    const head = path[0];
    if (head === undefined || !formFields.includes(head)) continue;
    // Arrays of codes (supporting agencies, findings) are one field in the form.
    const dotted = path.filter((part) => !/^\d+$/.test(part)).join('.');
    if (!found.some((known) => known.field === dotted)) found.push({ field: dotted, type: issue.code });
  }
  return found;
}
