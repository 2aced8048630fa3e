import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { VaultStatus, VaultSubjectKind } from '../../../../shared/vault';
import { bmma, unwrap } from '../../lib/bmma';

/** Query keys of the vault. Decrypted identities live under `vaultKeys.identities` only. */
export const vaultKeys = {
  all: ['vault'] as const,
  status: ['vault', 'status'] as const,
  subjects: ['vault', 'subjects'] as const,
  identities: ['vault', 'identities'] as const,
  identitiesOf: (kind?: VaultSubjectKind, id?: string) => ['vault', 'identities', kind ?? null, id ?? null] as const,
};

export function useVaultStatus() {
  return useQuery({ queryKey: vaultKeys.status, queryFn: () => unwrap(bmma().vault.status()) });
}

/**
 * Decrypted identities, fetched only while the vault is unlocked. gcTime 0: once no screen
 * shows them they leave the renderer's memory instead of waiting in the cache.
 */
export function useVaultIdentities(status: VaultStatus | undefined, subject?: { kind: VaultSubjectKind; id: string }) {
  return useQuery({
    queryKey: vaultKeys.identitiesOf(subject?.kind, subject?.id),
    queryFn: () => unwrap(bmma().vault.list(subject ? { subjectKind: subject.kind, subjectId: subject.id } : {})),
    enabled: status?.state === 'unlocked',
    gcTime: 0,
    retry: false,
  });
}

export function useVaultSubjects(enabled: boolean) {
  return useQuery({ queryKey: vaultKeys.subjects, queryFn: () => unwrap(bmma().vault.subjects()), enabled });
}

/** After a status change: the new status, and (when the vault is no longer unlocked) no identities kept. */
export function applyVaultStatus(queryClient: QueryClient, status: VaultStatus): void {
  queryClient.setQueryData(vaultKeys.status, status);
  if (status.state !== 'unlocked') queryClient.removeQueries({ queryKey: vaultKeys.identities });
  else void queryClient.invalidateQueries({ queryKey: vaultKeys.identities });
}

export function refreshIdentities(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: vaultKeys.identities });
  void queryClient.invalidateQueries({ queryKey: vaultKeys.status });
}
