import { Alert, Badge, Button, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { localized, useUiLanguage } from '../framework/language';
import { MeetingEditor } from './MeetingEditor';
import { NewMeetingModal } from './NewMeetingModal';
import { showDate } from './options';
import { useMeetings } from './queries';
import { ReadOnlyBadge, useReadOnly } from '../review/read-only';

const STATUS_COLOR = { draft: 'gray', circulated: 'blue', adopted: 'green' } as const;

/**
 * The Meetings tab (PRODUCT.md 7): every meeting of Component 2, the TWG and validation
 * workshops, newest first; a row opens the editor in a side panel.
 */
export function MeetingsPanel({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const meetings = useMeetings();
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const rows = meetings.data ?? [];

  return (
    <Stack gap="md" component="section" aria-labelledby="meetings-heading">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} style={{ flex: 1, minWidth: 280 }}>
          <Title order={2} size="h3" id="meetings-heading">
            {t('meetings.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('meetings.explanation')}
          </Text>
        </Stack>
        {readOnly ? <ReadOnlyBadge /> : <Button onClick={() => setCreating(true)}>{t('meetings.newMeeting')}</Button>}
      </Group>
      {meetings.isError && <Alert color="red">{t('errors.INTERNAL')}</Alert>}
      {meetings.isSuccess && rows.length === 0 && <Text c="dimmed">{t('meetings.empty')}</Text>}
      {rows.length > 0 && (
        <Table highlightOnHover striped aria-label={t('meetings.heading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meetings.list.number')}</Table.Th>
              <Table.Th>{t('meetings.list.date')}</Table.Th>
              <Table.Th>{t('meetings.list.title')}</Table.Th>
              <Table.Th>{t('meetings.list.component')}</Table.Th>
              <Table.Th>{t('meetings.list.status')}</Table.Th>
              <Table.Th ta="right">{t('meetings.list.attendance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((meeting) => (
              <Table.Tr
                key={meeting.id}
                onClick={() => setOpenId(meeting.id)}
                style={{ cursor: 'pointer' }}
                aria-selected={meeting.id === openId}
              >
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => setOpenId(meeting.id)}>
                    {`${meeting.number}/${meeting.yearBE}`}
                  </Button>
                </Table.Td>
                <Table.Td>{showDate(meeting.date, language, calendar)}</Table.Td>
                <Table.Td>{localized(meeting.title, language)}</Table.Td>
                <Table.Td>{t(`meetings.component.${meeting.component}`)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[meeting.minutesStatus]} variant="light">
                    {t(`meetings.status.${meeting.minutesStatus}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{meeting.attendanceCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <NewMeetingModal
        opened={creating}
        calendar={calendar}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          setOpenId(id);
        }}
      />
      <Drawer
        opened={openId !== null}
        onClose={() => setOpenId(null)}
        position="right"
        size={1100}
        title={t('meetings.details.heading')}
      >
        {openId !== null && <MeetingEditor id={openId} calendar={calendar} onDeleted={() => setOpenId(null)} />}
      </Drawer>
    </Stack>
  );
}
