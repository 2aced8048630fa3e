import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ProjectInfo, ProjectStatus } from '../../../shared/schemas';
import { bmma, unwrap } from './bmma';

/** Query keys in one place, so invalidation after a change names exactly what it touched. */
export const queryKeys = {
  status: ['project', 'status'] as const,
  info: ['project', 'info'] as const,
  settings: ['settings'] as const,
  recent: ['recent'] as const,
  backups: (projectPath: string | null) => ['backups', projectPath] as const,
  audit: (limit: number) => ['audit', limit] as const,
};

/** How often the renderer asks whether the main process locked the project (idle, suspend, screen lock). */
export const STATUS_POLL_MS = 2000;

export function useProjectStatus() {
  return useQuery({
    queryKey: queryKeys.status,
    queryFn: () => unwrap(bmma().project.status()),
    refetchInterval: STATUS_POLL_MS,
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: 'always',
  });
}

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => unwrap(bmma().settings.get()) });
}

export function useRecentFiles() {
  return useQuery({ queryKey: queryKeys.recent, queryFn: () => unwrap(bmma().recent.list()) });
}

export function useProjectInfo() {
  return useQuery({ queryKey: queryKeys.info, queryFn: () => unwrap(bmma().project.info()) });
}

export function useBackups(projectPath: string | null, enabled = true) {
  return useQuery({
    queryKey: queryKeys.backups(projectPath),
    queryFn: () => unwrap(bmma().backups.list(projectPath ? { projectPath } : {})),
    enabled,
  });
}

export function useAuditEvents(limit = 50) {
  return useQuery({ queryKey: queryKeys.audit(limit), queryFn: () => unwrap(bmma().audit.list({ limit })) });
}

/**
 * Records a status the renderer just caused (lock, close, open). A poll already in flight
 * was asked before the change and would flip the screen back, so it is cancelled first.
 */
export function setProjectStatus(queryClient: QueryClient, status: ProjectStatus): void {
  void queryClient.cancelQueries({ queryKey: queryKeys.status });
  queryClient.setQueryData(queryKeys.status, status);
}

/**
 * After create, open, unlock or restore: the answer already holds the project's info, so the
 * shell can switch to the project home without another round trip.
 */
export function adoptProject(queryClient: QueryClient, info: ProjectInfo): void {
  setProjectStatus(queryClient, { state: 'open', path: info.path, title: info.title });
  queryClient.setQueryData(queryKeys.info, info);
  void queryClient.invalidateQueries({ queryKey: queryKeys.recent });
  void queryClient.invalidateQueries({ queryKey: ['backups'] });
  void queryClient.invalidateQueries({ queryKey: ['audit'] });
}
