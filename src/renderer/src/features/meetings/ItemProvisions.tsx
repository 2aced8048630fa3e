import { Alert, Badge, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGENCY_POSITIONS,
  type AgencyPosition,
  type AgendaItem,
  type ItemProvision,
  type Meeting,
} from '../../../../shared/meetings';
import { unwrap } from '../../lib/bmma';
import { localized, useUiLanguage } from '../framework/language';
import { useLegalInstruments } from '../reference/queries';
import { useAgencyChoices, useEnumOptions } from './options';
import { api, meetingKeys, useMeetingErrorText, useMeetingWrite, useProvisionOptions } from './queries';

const key = (instrumentCode: string, section: string) => `${instrumentCode}|${section}`;

/** Provisions discussed under an agenda item, each agency's position on them and consensus. */
export function ItemProvisions({ meeting, item }: { meeting: Meeting; item: AgendaItem }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const write = useMeetingWrite();
  const options = useProvisionOptions();
  const [picked, setPicked] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const choices = useMemo(
    () =>
      (options.data ?? []).map((p) => ({
        value: key(p.instrumentCode, p.section),
        label: `${p.instrumentCode} ${t('meetings.provisions.sectionRef', { section: p.section })} ${localized(p.title, language)}`,
      })),
    [options.data, language, t],
  );
  const link = async () => {
    if (!picked) return;
    const [instrumentCode = '', section = ''] = picked.split('|');
    if (await write.run(() => api().linkProvision({ agendaItemId: item.id, instrumentCode, section }))) setPicked(null);
  };
  return (
    <Stack gap="xs" mt="sm">
      <Text size="sm" fw={600}>
        {t('meetings.provisions.heading')}
      </Text>
      {item.provisions.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('meetings.provisions.none')}
        </Text>
      )}
      {item.provisions.map((provision) => (
        <ProvisionBlock key={provision.id} meeting={meeting} provision={provision} />
      ))}
      <Group gap="xs" align="flex-end">
        <Select
          label={t('meetings.provisions.pick')}
          placeholder={t('meetings.provisions.pickPlaceholder')}
          data={choices}
          value={picked}
          onChange={setPicked}
          searchable
          w={420}
        />
        <Button size="sm" variant="light" onClick={() => void link()} disabled={!picked} loading={write.busy}>
          {t('meetings.provisions.link')}
        </Button>
        <Button size="sm" variant="subtle" onClick={() => setAdding(true)}>
          {t('meetings.provisions.addNew')}
        </Button>
      </Group>
      {write.error && <Alert color="red">{write.error}</Alert>}
      <AddProvisionModal opened={adding} onClose={() => setAdding(false)} onAdded={(value) => setPicked(value)} />
    </Stack>
  );
}

function ProvisionBlock({ meeting, provision }: { meeting: Meeting; provision: ItemProvision }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const write = useMeetingWrite();
  const agencies = useAgencyChoices();
  const positions = useEnumOptions(AGENCY_POSITIONS, 'meetings.positions.options');
  const [agencyCode, setAgencyCode] = useState<string | null>(null);
  const [position, setPosition] = useState<AgencyPosition>('support');
  const [note, setNote] = useState('');
  // Only agencies at the table are offered; the service refuses the others anyway.
  const seated = new Set(
    meeting.attendance.filter((r) => r.status === 'present' || r.status === 'substitute').map((r) => r.agencyCode),
  );
  const consensusValue = provision.consensus === null ? 'unknown' : provision.consensus ? 'reached' : 'notReached';
  const record = async () => {
    if (!agencyCode) return;
    if (await write.run(() => api().setPosition({ itemProvisionId: provision.id, agencyCode, position, note }))) {
      setAgencyCode(null);
      setNote('');
    }
  };
  return (
    <Stack
      gap={4}
      pl="sm"
      style={{ borderLeft: '3px solid var(--mantine-color-blue-3)' }}
      data-testid={`provision-${provision.section}`}
    >
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {`${localized(provision.instrumentTitle, language)} ${t('meetings.provisions.sectionRef', { section: provision.section })} ${localized(provision.title, language)}`}
        </Text>
        {provision.draft && (
          <Badge size="xs" color="orange">
            {t('meetings.provisions.draftBadge')}
          </Badge>
        )}
        <Select
          aria-label={t('meetings.provisions.consensus')}
          size="xs"
          w={180}
          data={(['reached', 'notReached', 'unknown'] as const).map((value) => ({
            value,
            label: `${t('meetings.provisions.consensus')}: ${t(`meetings.provisions.consensusOptions.${value}`)}`,
          }))}
          value={consensusValue}
          allowDeselect={false}
          onChange={(value) =>
            void write.run(() =>
              api().setConsensus({ id: provision.id, consensus: value === 'unknown' ? null : value === 'reached' }),
            )
          }
        />
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          onClick={() => void write.run(() => api().unlinkProvision({ id: provision.id }))}
        >
          {t('meetings.provisions.unlink')}
        </Button>
      </Group>
      {provision.positions.length > 0 && (
        <Table withRowBorders={false} fz="sm">
          <Table.Tbody>
            {provision.positions.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td w={140}>{agencies.short(row.agencyCode)}</Table.Td>
                <Table.Td w={220}>{t(`meetings.positions.options.${row.position}`)}</Table.Td>
                <Table.Td>{row.note}</Table.Td>
                <Table.Td w={80}>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => void write.run(() => api().removePosition({ id: row.id }))}
                  >
                    {t('meetings.positions.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="xs" align="flex-end">
        <Select
          label={t('meetings.positions.agency')}
          size="xs"
          data={agencies.options.filter((o) => seated.has(o.value))}
          value={agencyCode}
          onChange={setAgencyCode}
          searchable
          w={240}
        />
        <Select
          label={t('meetings.positions.position')}
          size="xs"
          data={positions}
          value={position}
          onChange={(v) => v && setPosition(v as AgencyPosition)}
          allowDeselect={false}
          w={210}
        />
        <TextInput
          label={t('meetings.positions.note')}
          size="xs"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          w={220}
        />
        <Button size="xs" onClick={() => void record()} disabled={!agencyCode} loading={write.busy}>
          {t('meetings.positions.add')}
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

/** A provision the reference data lacks, typically a draft section of the new Immigration Act. */
function AddProvisionModal({
  opened,
  onClose,
  onAdded,
}: {
  opened: boolean;
  onClose: () => void;
  onAdded: (value: string) => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const instruments = useLegalInstruments();
  const queryClient = useQueryClient();
  const errorText = useMeetingErrorText();
  const [instrumentCode, setInstrumentCode] = useState<string | null>('IMM-DRAFT-NEW');
  const [section, setSection] = useState('');
  const [title, setTitle] = useState({ en: '', th: '' });
  const [draft, setDraft] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!instrumentCode) return;
    try {
      const added = await unwrap(api().addProvision({ instrumentCode, section, title, draft }));
      await queryClient.invalidateQueries({ queryKey: meetingKeys.provisions });
      onAdded(key(added.instrumentCode, added.section));
      setSection('');
      setTitle({ en: '', th: '' });
      setError(null);
      onClose();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('meetings.provisions.addTitle')}>
      <Stack gap="sm">
        <Select
          label={t('meetings.provisions.instrument')}
          data={(instruments.data ?? []).map((i) => ({
            value: i.code,
            label: `${i.code} – ${localized(i.title, language)}`,
          }))}
          value={instrumentCode}
          onChange={setInstrumentCode}
          searchable
        />
        <TextInput
          label={t('meetings.provisions.section')}
          value={section}
          onChange={(e) => setSection(e.currentTarget.value)}
        />
        <TextInput
          label={t('meetings.provisions.titleTh')}
          value={title.th}
          onChange={(e) => setTitle({ ...title, th: e.currentTarget.value })}
        />
        <TextInput
          label={t('meetings.provisions.titleEn')}
          value={title.en}
          onChange={(e) => setTitle({ ...title, en: e.currentTarget.value })}
        />
        <Checkbox
          label={t('meetings.provisions.draft')}
          checked={draft}
          onChange={(e) => setDraft(e.currentTarget.checked)}
        />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button onClick={() => void submit()} disabled={!instrumentCode || section.trim() === ''}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
