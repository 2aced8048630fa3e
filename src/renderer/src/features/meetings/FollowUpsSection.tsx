import { Alert, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { FOLLOW_UP_STATUSES, type FollowUp, type FollowUpStatus, type Meeting } from '../../../../shared/meetings';
import { PlanDateField } from '../action-plan/PlanDateField';
import { localized, useUiLanguage } from '../framework/language';
import { showDate, useAgencyChoices, useEnumOptions } from './options';
import { api, useActionChoices, useMeetingWrite } from './queries';

/** Resolutions turned into actions: owner agency, due date, status, optional JAP item. */
export function FollowUpsSection({ meeting, calendar }: { meeting: Meeting; calendar: Calendar }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const write = useMeetingWrite();
  const agencies = useAgencyChoices();
  const statuses = useEnumOptions(FOLLOW_UP_STATUSES, 'meetings.followUps.statuses');
  const actions = useActionChoices();
  const japChoices = useMemo(
    () =>
      (actions.data?.items ?? []).map((action) => ({
        value: action.id,
        label: `${action.code} ${localized(action.action, language)}`.slice(0, 120),
      })),
    [actions.data, language],
  );
  const itemChoices = meeting.agenda.map((item) => ({
    value: item.id,
    label: `${item.number} ${localized(item.title, language)}`,
  }));
  const [text, setText] = useState({ en: '', th: '' });
  const [owner, setOwner] = useState<string | null>(null);
  const [due, setDue] = useState<string | null>(null);
  const [status, setStatus] = useState<FollowUpStatus>('open');
  const [actionId, setActionId] = useState<string | null>(null);
  const [agendaItemId, setAgendaItemId] = useState<string | null>(null);

  const add = async () => {
    const saved = await write.run(() =>
      api().saveFollowUp({
        meetingId: meeting.id,
        text,
        ownerAgencyCode: owner,
        dueDate: due,
        status,
        actionId,
        agendaItemId,
      }),
    );
    if (saved) {
      setText({ en: '', th: '' });
      setActionId(null);
    }
  };
  const changeStatus = (followUp: FollowUp, next: FollowUpStatus) => {
    const { actionCode: _code, ...rest } = followUp;
    void write.run(() => api().saveFollowUp({ ...rest, meetingId: meeting.id, status: next }));
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="follow-ups-heading">
      <Title order={4} id="follow-ups-heading">
        {t('meetings.followUps.heading')}
      </Title>
      {meeting.followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meetings.followUps.none')}
        </Text>
      ) : (
        <Table striped aria-label={t('meetings.followUps.heading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meetings.followUps.item')}</Table.Th>
              <Table.Th>{t(language === 'th' ? 'meetings.followUps.textTh' : 'meetings.followUps.textEn')}</Table.Th>
              <Table.Th>{t('meetings.followUps.owner')}</Table.Th>
              <Table.Th>{t('meetings.followUps.due')}</Table.Th>
              <Table.Th>{t('meetings.followUps.jap')}</Table.Th>
              <Table.Th>{t('meetings.followUps.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meeting.followUps.map((followUp) => (
              <Table.Tr key={followUp.id}>
                <Table.Td>{meeting.agenda.find((item) => item.id === followUp.agendaItemId)?.number ?? '–'}</Table.Td>
                <Table.Td>{localized(followUp.text, language)}</Table.Td>
                <Table.Td>{agencies.short(followUp.ownerAgencyCode)}</Table.Td>
                <Table.Td>{showDate(followUp.dueDate, language, calendar)}</Table.Td>
                <Table.Td>{followUp.actionCode ?? '–'}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('meetings.followUps.status')}
                    size="xs"
                    w={150}
                    data={statuses}
                    value={followUp.status}
                    allowDeselect={false}
                    onChange={(v) => v && changeStatus(followUp, v as FollowUpStatus)}
                  />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => void write.run(() => api().removeFollowUp({ id: followUp.id }))}
                  >
                    {t('meetings.followUps.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
        <TextInput
          label={t('meetings.followUps.textTh')}
          value={text.th}
          onChange={(e) => setText({ ...text, th: e.currentTarget.value })}
        />
        <TextInput
          label={t('meetings.followUps.textEn')}
          value={text.en}
          onChange={(e) => setText({ ...text, en: e.currentTarget.value })}
        />
        <Select
          label={t('meetings.followUps.owner')}
          data={agencies.options}
          value={owner}
          onChange={setOwner}
          searchable
          clearable
        />
        <Select
          label={t('meetings.followUps.item')}
          data={itemChoices}
          value={agendaItemId}
          onChange={setAgendaItemId}
          clearable
        />
        <Select
          label={t('meetings.followUps.jap')}
          placeholder={t('meetings.followUps.japPlaceholder')}
          data={japChoices}
          value={actionId}
          onChange={setActionId}
          searchable
          clearable
          limit={50}
        />
        <Select
          label={t('meetings.followUps.status')}
          data={statuses}
          value={status}
          onChange={(v) => v && setStatus(v as FollowUpStatus)}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Group align="flex-end" justify="space-between">
        <PlanDateField label={t('meetings.followUps.due')} value={due} onChange={setDue} calendar={calendar} />
        <Button
          onClick={() => void add()}
          loading={write.busy}
          disabled={text.en.trim() === '' && text.th.trim() === ''}
        >
          {t('meetings.followUps.add')}
        </Button>
      </Group>
      {write.error && (
        <Alert color="red" role="alert">
          {write.error}
        </Alert>
      )}
    </Stack>
  );
}
