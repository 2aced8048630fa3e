import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { bmma, unwrap } from '../../lib/bmma';
import { useOpenRecord } from '../project/navigation';
import type { EvidenceItem } from './evidence-options';
import { pickerKeys } from './queries';

/**
 * Opens a cited item in its tab: an interview, a site visit or a document in its own editor;
 * a coded passage in the interview whose notes it quotes (read from the passages list when the
 * item does not carry its interview).
 */
export function useOpenEvidence(): (item: Pick<EvidenceItem, 'kind' | 'id' | 'interviewId'>) => void {
  const openRecord = useOpenRecord();
  const queryClient = useQueryClient();
  return useCallback(
    (item) => {
      if (item.kind === 'interview') return openRecord('interview', item.id);
      if (item.kind === 'site_visit') return openRecord('site_visit', item.id);
      if (item.kind === 'document') return openRecord('document', item.id);
      if (item.interviewId) return openRecord('interview', item.interviewId);
      void queryClient
        .fetchQuery({ queryKey: pickerKeys.passages, queryFn: () => unwrap(bmma().passages.list({})) })
        .then((passages) => {
          const interviewId = passages.find((passage) => passage.id === item.id)?.interviewId;
          if (interviewId) openRecord('interview', interviewId);
        })
        .catch(() => undefined);
    },
    [openRecord, queryClient],
  );
}
