import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceDisplayName } from '../../../../shared/device-labels';
import { bmma, unwrap } from '../../lib/bmma';

/**
 * Computer names (issue 6): the audit trail and review comments show the name a user gave their
 * computer, not its random device id. Names come from the open project (device_labels), so a
 * merged or reviewed file names the other assessors' computers too.
 */
export const deviceKeys = {
  info: ['device', 'info'] as const,
  labels: ['device', 'labels'] as const,
};

export function useDeviceInfo() {
  return useQuery({ queryKey: deviceKeys.info, queryFn: () => unwrap(bmma().device.get()) });
}

export function useDeviceLabels() {
  return useQuery({ queryKey: deviceKeys.labels, queryFn: () => unwrap(bmma().device.labels()) });
}

/**
 * What to call an actor: its name; "This computer" for this one when unnamed; "Device 1a2b3c4d"
 * for another; the app's own actors in words. `known` is a name already at hand
 * (an event's actorLabel), used while the names are loading.
 */
export function useDeviceName(): (actor: string, known?: string | null) => string {
  const { t } = useTranslation();
  const labels = useDeviceLabels();
  const data = labels.data;
  return useCallback(
    (actor: string, known?: string | null) => {
      const label = known ?? data?.labels.find((row) => row.id === actor)?.label ?? null;
      return deviceDisplayName(actor, label, data?.thisDevice ?? null, {
        thisComputer: t('device.thisComputer'),
        device: (id) => t('device.other', { id }),
        system: t('device.system'),
        cli: t('device.cli'),
      });
    },
    [data, t],
  );
}
