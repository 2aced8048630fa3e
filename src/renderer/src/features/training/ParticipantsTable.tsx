import { Badge, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TOT_ROLES, TOT_SEXES, type TotEvent, type TotParticipant } from '../../../../shared/tot';
import { bmma, unwrap } from '../../lib/bmma';
import { useUiLanguage } from '../framework/language';
import { useAgencies, useProvinces } from '../reference/queries';
import { useTotWrite } from './queries';
import { TotError } from './TotError';

type Fields = Pick<TotParticipant, 'agencyCode' | 'unit' | 'sex' | 'rankBand' | 'provinceCode' | 'role' | 'certificateIssued'>;
const blank: Fields = { agencyCode: '', unit: '', sex: 'female', rankBand: '', provinceCode: null, role: 'participant', certificateIssued: false };

/** Registered participants by code (never names), with their agency, unit, sex, rank band, province and role. */
export function ParticipantsTable({ event }: { event: TotEvent }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const agencies = useAgencies().data ?? [];
  const [editing, setEditing] = useState<TotParticipant | 'new' | null>(null);
  const agencyName = (code: string) => {
    const agency = agencies.find((a) => a.code === code);
    return agency ? agency.abbreviation[language] || agency.abbreviation.en || code : code;
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('training.participant.codeHint')}
        </Text>
        <Button onClick={() => setEditing('new')}>{t('training.participant.add')}</Button>
      </Group>
      {event.participants.length === 0 ? (
        <Text c="dimmed">{t('training.participant.empty')}</Text>
      ) : (
        <Table striped aria-label={t('training.tabs.participants')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training.participant.code')}</Table.Th>
              <Table.Th>{t('training.participant.agency')}</Table.Th>
              <Table.Th>{t('training.participant.unit')}</Table.Th>
              <Table.Th>{t('training.participant.sex')}</Table.Th>
              <Table.Th>{t('training.participant.rankBand')}</Table.Th>
              <Table.Th>{t('training.participant.role')}</Table.Th>
              <Table.Th>{t('training.participant.certificate')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {event.participants.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.code}</Table.Td>
                <Table.Td>{agencyName(p.agencyCode)}</Table.Td>
                <Table.Td>{p.unit}</Table.Td>
                <Table.Td>{t(`training.participant.sexes.${p.sex}`)}</Table.Td>
                <Table.Td>{p.rankBand}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={p.role === 'participant' ? 'blue' : 'gray'}>
                    {t(`training.participant.roles.${p.role}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{p.certificateIssued ? '✓' : ''}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing(p)}>
                    {t('training.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing !== null && (
        <ParticipantModal event={event} participant={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}

function ParticipantModal({ event, participant, onClose }: { event: TotEvent; participant: TotParticipant | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const agencies = useAgencies().data ?? [];
  const provinces = useProvinces().data ?? [];
  const [fields, setFields] = useState<Fields>(participant ?? blank);
  const set = (patch: Partial<Fields>) => setFields((current) => ({ ...current, ...patch }));
  const save = useTotWrite((input: Fields) =>
    unwrap(
      bmma().tot.saveParticipant({
        eventId: event.id,
        ...(participant ? { id: participant.id, expectedUpdatedAt: participant.updatedAt } : {}),
        ...input,
      }),
    ),
  );
  const remove = useTotWrite((id: string) => unwrap(bmma().tot.deleteParticipant({ id })));

  return (
    <Modal opened onClose={onClose} title={participant ? `${t('training.participant.edit')} ${participant.code}` : t('training.participant.add')} size="lg">
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select
            label={t('training.participant.agency')}
            required
            searchable
            data={agencies.map((a) => ({ value: a.code, label: `${a.abbreviation[language] || a.code} – ${a.name[language]}` }))}
            value={fields.agencyCode || null}
            onChange={(value) => set({ agencyCode: value ?? '' })}
          />
          <TextInput label={t('training.participant.unit')} value={fields.unit} onChange={(e) => set({ unit: e.currentTarget.value })} />
          <Select
            label={t('training.participant.sex')}
            data={TOT_SEXES.map((sex) => ({ value: sex, label: t(`training.participant.sexes.${sex}`) }))}
            value={fields.sex}
            onChange={(value) => set({ sex: (value as Fields['sex'] | null) ?? 'female' })}
            allowDeselect={false}
          />
          <TextInput label={t('training.participant.rankBand')} value={fields.rankBand} onChange={(e) => set({ rankBand: e.currentTarget.value })} />
          <Select
            label={t('training.participant.province')}
            searchable
            clearable
            data={provinces.map((p) => ({ value: p.code, label: p.name[language] }))}
            value={fields.provinceCode}
            onChange={(value) => set({ provinceCode: value })}
          />
          <Select
            label={t('training.participant.role')}
            data={TOT_ROLES.map((role) => ({ value: role, label: t(`training.participant.roles.${role}`) }))}
            value={fields.role}
            onChange={(value) => set({ role: (value as Fields['role'] | null) ?? 'participant' })}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Checkbox
          label={t('training.participant.certificate')}
          checked={fields.certificateIssued}
          onChange={(e) => set({ certificateIssued: e.currentTarget.checked })}
        />
        <TotError error={save.error ?? remove.error} />
        <Group justify="space-between">
          {participant ? (
            <Button color="red" variant="subtle" onClick={() => remove.mutate(participant.id, { onSuccess: onClose })}>
              {t('training.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('training.cancel')}
            </Button>
            <Button onClick={() => save.mutate(fields, { onSuccess: onClose })} loading={save.isPending} disabled={fields.agencyCode === ''}>
              {t('training.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
