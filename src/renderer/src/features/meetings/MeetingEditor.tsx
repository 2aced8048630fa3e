import { Alert, Badge, Button, Divider, Group, Loader, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { Meeting } from '../../../../shared/meetings';
import { bmma, unwrap } from '../../lib/bmma';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { DetailsForm, detailsOf } from './DetailsForm';
import { FollowUpsSection } from './FollowUpsSection';
import { api, meetingKeys, useMeeting, useMeetingErrorText, useMeetingWrite } from './queries';
import { ReadOnlyFieldset, ReadOnlyHint, useReadOnly } from '../review/read-only';

interface EditorProps {
  id: string;
  calendar: Calendar;
  onDeleted: () => void;
}

/** One meeting: details, minutes status, attendance, the agenda with provisions, follow-ups. */
export function MeetingEditor({ id, calendar, onDeleted }: EditorProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const meeting = useMeeting(id);
  const details = useMeetingWrite();
  const queryClient = useQueryClient();
  const errorText = useMeetingErrorText();
  const [deleteError, setDeleteError] = useState<string | null>(null);

  if (meeting.isPending) return <Loader />;
  if (meeting.isError) return <Alert color="red">{errorText(meeting.error)}</Alert>;
  const data = meeting.data;

  const remove = async () => {
    if (!window.confirm(t('meetings.details.deleteConfirm'))) return;
    try {
      await unwrap(bmma().meetings.delete({ id }));
      void queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      onDeleted();
    } catch (error) {
      setDeleteError(errorText(error));
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {data.code}
        </Title>
        <ReadOnlyFieldset>
          <StatusBar meeting={data} />
        </ReadOnlyFieldset>
      </Group>
      <ReadOnlyHint />
      {/* In a review copy (issue 6) every part of the meeting is shown, none can change. */}
      <ReadOnlyFieldset>
        <Stack gap="lg">
          <DetailsForm
            key={data.updatedAt}
            initial={detailsOf(data)}
            calendar={calendar}
            submitLabel={t('meetings.details.save')}
            busy={details.busy}
            error={details.error}
            onSubmit={(values) =>
              void details.run(() => api().update({ id, expectedUpdatedAt: data.updatedAt, ...values }))
            }
          />
          <Divider />
          <AttendanceSection meeting={data} />
          <Divider />
          <AgendaSection meeting={data} />
          <Divider />
          <FollowUpsSection meeting={data} calendar={calendar} />
        </Stack>
      </ReadOnlyFieldset>
      {!readOnly && (
        <>
          <Divider />
          {deleteError && <Alert color="red">{deleteError}</Alert>}
          <Group justify="flex-end">
            <Button color="red" variant="light" onClick={() => void remove()}>
              {t('meetings.details.delete')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

const NEXT = { draft: 'circulated', circulated: 'adopted', adopted: null } as const;

/** Draft -> circulated -> adopted, or back to draft with a reason. */
function StatusBar({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const write = useMeetingWrite();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const next = NEXT[meeting.minutesStatus];
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        <Text size="sm">{t('meetings.statusBar.label')}:</Text>
        <Badge variant="light" data-testid="minutes-status">
          {t(`meetings.status.${meeting.minutesStatus}`)}
        </Badge>
        {next && (
          <Button
            size="xs"
            loading={write.busy}
            onClick={() => void write.run(() => api().setStatus({ id: meeting.id, status: next }))}
          >
            {t(next === 'circulated' ? 'meetings.statusBar.circulate' : 'meetings.statusBar.adopt')}
          </Button>
        )}
        {meeting.minutesStatus !== 'draft' && (
          <Button size="xs" variant="default" onClick={() => setAsking(true)}>
            {t('meetings.statusBar.backToDraft')}
          </Button>
        )}
      </Group>
      {meeting.statusReason !== '' && (
        <Text size="xs" c="dimmed">
          {t('meetings.statusBar.lastReason', { reason: meeting.statusReason })}
        </Text>
      )}
      {write.error && <Alert color="red">{write.error}</Alert>}
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('meetings.statusBar.backToDraft')}>
        <Textarea
          label={t('meetings.statusBar.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        {write.error && (
          <Alert color="red" mt="sm">
            {write.error}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          <Button
            loading={write.busy}
            onClick={async () => {
              const done = await write.run(() => api().setStatus({ id: meeting.id, status: 'draft', reason }));
              if (done) {
                setAsking(false);
                setReason('');
              }
            }}
          >
            {t('meetings.statusBar.confirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
