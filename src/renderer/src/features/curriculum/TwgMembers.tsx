import { Anchor, Badge, Button, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwgMember } from '../../../../shared/curriculum';
import type { Calendar } from '../../../../shared/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatIsoDate } from '../action-plan/format';
import { localized, useUiLanguage } from '../framework/language';
import { invalidateAfterTwgWrite, useTwgMembers } from './queries';
import { TwgMemberForm } from './TwgMemberForm';
import { ReadOnlyBadge, useReadOnly } from '../review/read-only';

/** The TWG's seats by agency and post; a row opens its form, "Add member" a blank one. */
export function TwgMembers({ calendar, onAnnounce }: { calendar: Calendar; onAnnounce: (text: string) => void }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const members = useTwgMembers();
  const [editing, setEditing] = useState<{ member: TwgMember | null } | null>(null);
  const style = { language, calendar };
  const period = (member: TwgMember) =>
    [member.fromDate, member.toDate].map((date) => (date ? formatIsoDate(date, style) : '…')).join(' – ');

  return (
    <Stack gap="sm" component="section" aria-labelledby="twg-heading">
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={4} id="twg-heading">
            {t('curriculum.twg.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('curriculum.twg.hint')}
          </Text>
        </Stack>
        {readOnly ? (
          <ReadOnlyBadge />
        ) : (
          <Button onClick={() => setEditing({ member: null })}>{t('curriculum.twg.add')}</Button>
        )}
      </Group>
      {members.isPending && <Loader size="sm" />}
      <ErrorAlert error={members.error} />
      {members.data && members.data.length === 0 && <Text c="dimmed">{t('curriculum.twg.empty')}</Text>}
      {members.data && members.data.length > 0 && (
        <Table striped data-testid="twg-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('curriculum.twg.agency')}</Table.Th>
              <Table.Th>{t('curriculum.twg.role')}</Table.Th>
              <Table.Th>{t('curriculum.twg.position')}</Table.Th>
              <Table.Th>{t('curriculum.twg.sex')}</Table.Th>
              <Table.Th>
                {t('curriculum.twg.from')} – {t('curriculum.twg.to')}
              </Table.Th>
              <Table.Th>{t('curriculum.twg.active')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    aria-label={t('curriculum.twg.edit')}
                    onClick={() => setEditing({ member })}
                  >
                    {localized(member.agencyAbbreviation, language) || member.agencyCode}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`curriculum.twg.roles.${member.role}`)}</Table.Td>
                <Table.Td>{localized(member.positionTitle, language)}</Table.Td>
                <Table.Td>{t(`curriculum.twg.sexes.${member.sex}`)}</Table.Td>
                <Table.Td>{period(member)}</Table.Td>
                <Table.Td>
                  <Badge tt="none" variant="light" color={member.active ? 'teal' : 'gray'}>
                    {t(member.active ? 'curriculum.twg.active' : 'curriculum.twg.inactive')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={t(editing?.member ? 'curriculum.twg.editTitle' : 'curriculum.twg.newTitle')}
      >
        {editing && (
          <TwgMemberForm
            member={editing.member}
            calendar={calendar}
            onDone={(message) => {
              setEditing(null);
              onAnnounce(message);
              invalidateAfterTwgWrite(queryClient);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
