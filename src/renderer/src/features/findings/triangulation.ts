import type { Finding } from '../../../../shared/analysis';
import type { EvidenceKind } from '../../../../shared/evidence-items';

/**
 * Triangulation (PRODUCT.md 5): a finding is "supported" when it rests on at least two
 * independent evidence types among interview, site visit and document. A coded passage is
 * interview evidence; an item deleted after it was linked no longer counts. The same rule as
 * the main process (src/main/services/findings.ts), so the gauge moves while the assessor
 * chooses evidence and agrees with what the file says once saved.
 */
export const TRIANGULATION_TYPES = ['interview', 'site_visit', 'document'] as const;
export type TriangulationType = (typeof TRIANGULATION_TYPES)[number];
export type Triangulation = Finding['triangulation'];

/** Two types are enough. */
export const SUPPORTED_MIN_TYPES = 2;

export function triangulationType(kind: EvidenceKind): TriangulationType {
  return kind === 'passage' ? 'interview' : kind;
}

export function triangulate(evidence: readonly { kind: EvidenceKind; deleted?: boolean | undefined }[]): Triangulation {
  const present = new Set(evidence.filter((item) => !item.deleted).map((item) => triangulationType(item.kind)));
  const types = TRIANGULATION_TYPES.filter((type) => present.has(type));
  return { types, supported: types.length >= SUPPORTED_MIN_TYPES };
}
