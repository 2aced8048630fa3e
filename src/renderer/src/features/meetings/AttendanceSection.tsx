import { Alert, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTENDANCE_STATUSES,
  SEXES,
  type AttendanceRow,
  type AttendanceStatus,
  type Meeting,
  type Sex,
} from '../../../../shared/meetings';
import { useAgencyChoices, useEnumOptions } from './options';
import { api, useMeetingWrite } from './queries';

/**
 * Attendance by agency, position title and sex (never names). The add row keeps the agency
 * and status after each add, so a delegation of ten is ten quick entries. "Edit" loads a row
 * into the same fields; saving changes that row in place.
 */
export function AttendanceSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const write = useMeetingWrite();
  const agencies = useAgencyChoices();
  const sexes = useEnumOptions(SEXES, 'meetings.attendance.sexes');
  const statuses = useEnumOptions(ATTENDANCE_STATUSES, 'meetings.attendance.statuses');
  const [agencyCode, setAgencyCode] = useState<string | null>(null);
  const [position, setPosition] = useState('');
  const [sex, setSex] = useState<Sex>('not_recorded');
  const [status, setStatus] = useState<AttendanceStatus>('present');
  const [extra, setExtra] = useState('');
  const [editingId, setEditingId] = useState<string | null>(null);
  const { counts } = meeting;

  const edit = (row: AttendanceRow) => {
    setEditingId(row.id);
    setAgencyCode(row.agencyCode);
    setPosition(row.position);
    setSex(row.sex);
    setStatus(row.status);
    setExtra(row.status === 'absent' ? row.absenceReason : row.substituteFor);
  };
  const stopEditing = () => {
    setEditingId(null);
    setPosition('');
    setExtra('');
  };

  const add = async () => {
    if (agencyCode === null) return;
    const saved = await write.run(() =>
      api().saveAttendance({
        meetingId: meeting.id,
        ...(editingId ? { id: editingId } : {}),
        agencyCode,
        position,
        sex,
        status,
        absenceReason: status === 'absent' ? extra : '',
        substituteFor: status === 'substitute' ? extra : '',
      }),
    );
    if (saved) stopEditing();
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="attendance-heading">
      <Title order={4} id="attendance-heading">
        {t('meetings.attendance.heading')}
      </Title>
      <Text size="sm" data-testid="attendance-counts">
        {t('meetings.attendance.counts', {
          attending: counts.attending,
          female: counts.bySex.female,
          male: counts.bySex.male,
          other: counts.bySex.other,
          notRecorded: counts.bySex.not_recorded,
          absent: counts.byStatus.absent,
        })}
      </Text>
      {counts.byAgency.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('meetings.attendance.byAgency')}:{' '}
          {counts.byAgency
            .map(
              (row) =>
                `${agencies.short(row.agencyCode)} ${row.total} (${t('meetings.attendance.sexes.female')} ${row.female}, ${t('meetings.attendance.sexes.male')} ${row.male})`,
            )
            .join('; ')}
        </Text>
      )}
      {meeting.attendance.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meetings.attendance.none')}
        </Text>
      ) : (
        <Table striped aria-label={t('meetings.attendance.heading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meetings.attendance.agency')}</Table.Th>
              <Table.Th>{t('meetings.attendance.position')}</Table.Th>
              <Table.Th>{t('meetings.attendance.sex')}</Table.Th>
              <Table.Th>{t('meetings.attendance.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meeting.attendance.map((row) => (
              <Table.Tr key={row.id} aria-selected={row.id === editingId}>
                <Table.Td>{agencies.short(row.agencyCode)}</Table.Td>
                <Table.Td>{row.position}</Table.Td>
                <Table.Td>{t(`meetings.attendance.sexes.${row.sex}`)}</Table.Td>
                <Table.Td>
                  {t(`meetings.attendance.statuses.${row.status}`)}
                  {row.absenceReason && ` – ${row.absenceReason}`}
                  {row.substituteFor && ` – ${row.substituteFor}`}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => edit(row)}>
                      {t('meetings.attendance.edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => void write.run(() => api().removeAttendance({ id: row.id }))}
                    >
                      {t('meetings.attendance.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end" gap="xs" wrap="wrap">
        <Select
          label={t('meetings.attendance.agency')}
          data={agencies.options}
          value={agencyCode}
          onChange={setAgencyCode}
          searchable
          w={260}
        />
        <TextInput
          label={t('meetings.attendance.position')}
          value={position}
          onChange={(e) => setPosition(e.currentTarget.value)}
          w={200}
        />
        <Select
          label={t('meetings.attendance.sex')}
          data={sexes}
          value={sex}
          onChange={(v) => v && setSex(v as Sex)}
          allowDeselect={false}
          w={130}
        />
        <Select
          label={t('meetings.attendance.status')}
          data={statuses}
          value={status}
          onChange={(v) => v && setStatus(v as AttendanceStatus)}
          allowDeselect={false}
          w={160}
        />
        {(status === 'absent' || status === 'substitute') && (
          <TextInput
            label={t(status === 'absent' ? 'meetings.attendance.absenceReason' : 'meetings.attendance.substituteFor')}
            value={extra}
            onChange={(e) => setExtra(e.currentTarget.value)}
            w={200}
          />
        )}
        <Button onClick={() => void add()} loading={write.busy} disabled={agencyCode === null}>
          {editingId ? t('meetings.attendance.saveChanges') : t('meetings.attendance.add')}
        </Button>
        {editingId && (
          <Button variant="default" onClick={stopEditing}>
            {t('meetings.attendance.cancelEdit')}
          </Button>
        )}
      </Group>
      {write.error && (
        <Alert color="red" role="alert">
          {write.error}
        </Alert>
      )}
    </Stack>
  );
}
