import { Button, Center, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectState } from '../../../shared/schemas';
import { ErrorAlert } from '../components/ErrorAlert';
import { LockScreen } from '../features/lock/LockScreen';
import { useIdleLock } from '../features/lock/useIdleLock';
import { useLockProject } from '../features/lock/useLockProject';
import { ProjectHome } from '../features/project/ProjectHome';
import { StartScreen } from '../features/start/StartScreen';
import { applyLanguage } from '../lib/i18n';
import { useProjectStatus, useSettings } from '../lib/queries';
import { LoadingScreen } from './LoadingScreen';

const DEFAULT_IDLE_MINUTES = 10;

/**
 * Chooses the screen from the project's state in the main process: closed -> start,
 * open -> project home, locked -> lock screen. The status is polled, so a lock made by the
 * main process (OS idle, suspend, screen lock) shows within two seconds.
 */
export function Shell() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const status = useProjectStatus();
  const lock = useLockProject();
  const state: ProjectState | undefined = status.data?.state;

  // The screens wait for the saved language, so no form captures the default one as its initial value.
  const language = settings.data?.language;
  const [languageReady, setLanguageReady] = useState(false);
  useEffect(() => {
    if (language) void applyLanguage(language).then(() => setLanguageReady(true));
  }, [language]);

  // Locked: nothing read from the project may stay in memory. Closed: its answers are stale.
  const previous = useRef<ProjectState | undefined>(undefined);
  useEffect(() => {
    if (state === 'locked' && previous.current !== 'locked') queryClient.clear();
    if (state === 'closed' && previous.current && previous.current !== 'closed') {
      queryClient.removeQueries({ predicate: (query) => isProjectData(query.queryKey) });
    }
    previous.current = state;
  }, [state, queryClient]);

  useIdleLock({
    enabled: state === 'open',
    minutes: settings.data?.idleLockMinutes ?? DEFAULT_IDLE_MINUTES,
    onIdle: () => lock.mutate(),
  });

  if (status.isPending || (!languageReady && !settings.isError)) return <LoadingScreen />;
  if (status.isError) {
    return (
      <Center mih="100vh" p="xl">
        <Stack maw={560}>
          <ErrorAlert error={status.error} />
          <Button onClick={() => void status.refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (status.data.state === 'locked') return <LockScreen status={status.data} />;
  if (status.data.state === 'open') return <ProjectHome onLock={() => lock.mutate()} locking={lock.isPending} />;
  return <StartScreen />;
}

/** Everything but the settings, the recent list and the status itself came from the project file. */
function isProjectData(key: readonly unknown[]): boolean {
  if (key[0] === 'settings' || key[0] === 'recent') return false;
  return !(key[0] === 'project' && key[1] === 'status');
}
