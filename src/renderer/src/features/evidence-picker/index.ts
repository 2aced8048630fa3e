/** The evidence picker, for any form that cites evidence (ratings, findings, and others to come). */
export { EvidencePicker, type EvidencePickerProps } from './EvidencePicker';
export { EvidenceChip, EVIDENCE_KIND_COLOURS } from './EvidenceChip';
export {
  addEvidence,
  evidenceKey,
  fromEvidenceLinks,
  itemsNeedingRedaction,
  removeEvidence,
  sameEvidence,
  toEvidenceRefs,
  type EvidenceItem,
} from './evidence-options';
export { EvidenceErrorHint } from './EvidenceErrorHint';
export { useOpenEvidence } from './useOpenEvidence';
