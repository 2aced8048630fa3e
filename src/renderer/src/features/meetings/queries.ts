import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/errors';
import type { Meeting } from '../../../../shared/meetings';
import { bmma, BmmaError, unwrap } from '../../lib/bmma';
import { queryKeys } from '../../lib/queries';

/** Meetings are few (tens per project): the list is read whole, a meeting with all its parts. */
export const meetingKeys = {
  all: ['meetings'] as const,
  list: ['meetings', 'list'] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  provisions: ['meetings', 'provisions'] as const,
};

export function useMeetings() {
  return useQuery({ queryKey: meetingKeys.list, queryFn: () => unwrap(bmma().meetings.list({})) });
}

export function useMeeting(id: string | null) {
  return useQuery({
    queryKey: meetingKeys.detail(id ?? ''),
    queryFn: () => unwrap(bmma().meetings.get({ id: id ?? '' })),
    enabled: id !== null,
  });
}

export function useProvisionOptions() {
  return useQuery({ queryKey: meetingKeys.provisions, queryFn: () => unwrap(bmma().meetings.provisions({})) });
}

/** JAP items for the follow-up picker (code and action), first 1,000 in code order. */
export function useActionChoices() {
  return useQuery({
    queryKey: ['actions', 'list', 'meeting-picker'],
    queryFn: () => unwrap(bmma().actions.list({ limit: 1000 })),
  });
}

/** The message for a refused write: the meeting-specific wording where there is one. */
export function useMeetingErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof BmmaError)) return t('errors.INTERNAL');
      const details = error.details ?? {};
      if (error.code === 'DUPLICATE' && details['entity'] === 'meeting')
        return t('meetings.errors.duplicateNumber', { code: String(details['code'] ?? '') });
      if (error.code === 'DUPLICATE') return t('meetings.errors.duplicateProvision');
      const field = details['field'];
      if (error.code === 'VALIDATION' && typeof field === 'string') {
        const known = {
          endTime: 'meetings.errors.endTime',
          status: 'meetings.errors.transition',
          reason: 'meetings.errors.reason',
          absenceReason: 'meetings.errors.absenceReason',
          substituteFor: 'meetings.errors.substituteFor',
        } as const;
        const key = (known as Partial<Record<string, (typeof known)[keyof typeof known]>>)[field];
        if (key) return t(key);
      }
      return t(`errors.${error.code}`);
    },
    [t],
  );
}

/**
 * Runs one meeting write: the answer (the whole meeting) replaces the cached one, the list and
 * the overview counts refresh, and a refusal is kept as a message for the section that asked.
 */
export function useMeetingWrite() {
  const queryClient = useQueryClient();
  const errorText = useMeetingErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (call: () => Promise<Result<Meeting>>): Promise<Meeting | null> => {
      setBusy(true);
      setError(null);
      try {
        const meeting = await unwrap(call());
        queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
        void queryClient.invalidateQueries({ queryKey: meetingKeys.list });
        void queryClient.invalidateQueries({ queryKey: queryKeys.info });
        return meeting;
      } catch (caught) {
        setError(errorText(caught));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [queryClient, errorText],
  );
  return { run, error, busy, clearError: () => setError(null) };
}

export const api = () => bmma().meetings;
