import { Checkbox, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { TotAttendanceInput, TotEvent } from '../../../../shared/tot';
import { bmma, unwrap } from '../../lib/bmma';
import { useUiLanguage } from '../framework/language';
import { addDays, showDay } from './format';
import { useTotWrite } from './queries';
import { TotError } from './TotError';

/** Days × participants: each tick is saved at once (an idempotent mark, no conflict possible). */
export function AttendanceGrid({ event, calendar }: { event: TotEvent; calendar: Calendar }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const mark = useTotWrite((input: TotAttendanceInput) => unwrap(bmma().tot.setAttendance(input)));
  const days = Array.from({ length: event.days }, (_, index) => index + 1);

  if (event.participants.length === 0) return <Text c="dimmed">{t('training.participant.empty')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('training.attendance.hint')}
      </Text>
      <TotError error={mark.error} />
      <Table striped aria-label={t('training.tabs.attendance')} w="auto">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('training.participant.code')}</Table.Th>
            {days.map((day) => (
              <Table.Th key={day} ta="center">
                {t('training.agenda.day', { day })}
                <Text size="xs" c="dimmed">
                  {showDay(addDays(event.startDate, day - 1), language, calendar)}
                </Text>
              </Table.Th>
            ))}
            <Table.Th ta="center">{t('training.attendance.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {event.participants.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.code}</Table.Td>
              {days.map((day) => (
                <Table.Td key={day}>
                  <Checkbox
                    mx="auto"
                    w="fit-content"
                    aria-label={t('training.attendance.present', { code: p.code, day })}
                    checked={p.daysPresent.includes(day)}
                    onChange={(e) =>
                      mark.mutate({ eventId: event.id, participantId: p.id, day, present: e.currentTarget.checked })
                    }
                  />
                </Table.Td>
              ))}
              <Table.Td ta="center">{p.daysPresent.filter((day) => day <= event.days).length}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
