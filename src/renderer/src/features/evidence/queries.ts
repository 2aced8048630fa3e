import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Attachment, EvidenceRef } from '../../../../shared/evidence-items';
import { bmma, unwrap } from '../../lib/bmma';

export const evidenceKeys = {
  usage: (ref: EvidenceRef) => ['evidence', 'usage', ref.kind, ref.id] as const,
  allUsage: ['evidence', 'usage'] as const,
};

/** What cites an evidence item (ratings, findings, coded passages): the links both ways. */
export function useEvidenceUsage(ref: EvidenceRef | null) {
  return useQuery({
    queryKey: ref ? evidenceKeys.usage(ref) : ['evidence', 'usage', 'none'],
    queryFn: () => unwrap(bmma().evidence.usage(ref ?? { kind: 'interview', id: '' })),
    enabled: ref !== null,
  });
}

export type AttachmentOwner = { kind: 'site_visit' | 'document'; id: string };

/**
 * The main process opens the file dialog; the renderer never names a path. An answer of
 * { attachment: null } means the user cancelled.
 */
export function addAttachment(owner: AttachmentOwner, noPeopleConfirmed: boolean): Promise<Attachment | null> {
  return unwrap(bmma().attachments.add({ ownerKind: owner.kind, ownerId: owner.id, noPeopleConfirmed })).then(
    (answer) => answer.attachment,
  );
}

/** Saves a copy through the main process's save dialog; path null = cancelled. */
export function exportAttachment(id: string): Promise<{ path: string | null; sha256: string }> {
  return unwrap(bmma().attachments.export({ id }));
}

export function deleteAttachment(id: string): Promise<{ id: string }> {
  return unwrap(bmma().attachments.delete({ id }));
}

/**
 * After any change to evidence: what other tabs show from it moves too — counts on the
 * overview, the audit trail, the dashboard's gaps, search hits, and the evidence lists of
 * ratings and findings (a deleted item shows as deleted there).
 */
export function invalidateEvidenceViews(queryClient: QueryClient): void {
  for (const queryKey of [['project', 'info'], ['audit'], ['dashboard'], ['search'], ['evidence'], ['findings'], ['ratings']])
    void queryClient.invalidateQueries({ queryKey });
}
