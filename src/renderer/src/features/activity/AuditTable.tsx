import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { auditActionWords, auditRecordWords, type AuditEventSummary } from '../../../../shared/audit';
import type { Calendar } from '../../../../shared/dates';
import type { Language } from '../../../../shared/messages';
import { formatDateTime, formatNumber } from '../../lib/format';
import { en, type Catalog } from '../../locales/en';
import { useDeviceName } from './device-names';

type KnownAction = keyof Catalog['activity']['actions'];

// Both catalogs have the same keys (the Catalog type checks it), so the English one answers "is it known?".
function isKnownAction(action: string): action is KnownAction {
  return Object.prototype.hasOwnProperty.call(en.activity.actions, action);
}

interface AuditTableProps {
  events: readonly AuditEventSummary[];
  calendar: Calendar;
  language: Language;
  /** Clicking a record shows only that record's events. */
  onRecord: (entity: string, entityId: string) => void;
}

/** The events as rows: time in the project's calendar, user, action in words, record, fields changed. */
export function AuditTable({ events, calendar, language, onRecord }: AuditTableProps) {
  const { t } = useTranslation();
  const deviceName = useDeviceName();
  // The phrases written for the first actions ("Indicator added") where there is one; otherwise
  // record and verb in words ("Finding: changed"); an action added by a newer feature shows its code.
  const actionName = (action: string) =>
    isKnownAction(action) ? t(`activity.actions.${action}`) : auditActionWords(action, language);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('auditTrail.columns.seq')}</Table.Th>
            <Table.Th>{t('auditTrail.columns.at')}</Table.Th>
            <Table.Th>{t('auditTrail.columns.actor')}</Table.Th>
            <Table.Th>{t('auditTrail.columns.action')}</Table.Th>
            <Table.Th>{t('auditTrail.columns.record')}</Table.Th>
            <Table.Th>{t('auditTrail.columns.fields')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const kind = auditRecordWords(event.entity, language);
            const name = event.recordCode ?? event.entityId;
            return (
              <Table.Tr key={event.seq} data-testid="audit-event" data-seq={event.seq} data-action={event.action}>
                <Table.Td>{formatNumber(event.seq, language)}</Table.Td>
                <Table.Td>{formatDateTime(event.at, { language, calendar })}</Table.Td>
                {/* The computer's name (or "This computer", "Device 1a2b3c4d"); the device id on hover. */}
                <Table.Td title={event.actor} data-testid="audit-actor">
                  {deviceName(event.actor, event.actorLabel)}
                </Table.Td>
                <Table.Td title={event.action}>{actionName(event.action)}</Table.Td>
                <Table.Td>
                  {kind}{' '}
                  {event.entityId !== null && name !== null && (
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      className={event.entity === 'device' ? undefined : 'bmma-path'}
                      title={t('auditTrail.filterThisRecord')}
                      aria-label={`${t('auditTrail.filterThisRecord')}: ${kind} ${name}`}
                      onClick={() => onRecord(event.entity, event.entityId as string)}
                      data-testid="audit-record-filter"
                    >
                      {/* A computer's name event names the computer, not its id. */}
                      {event.entity === 'device'
                        ? deviceName(event.entityId)
                        : (event.recordCode ?? event.entityId.slice(0, 8))}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{event.fields.length > 0 ? event.fields.join(', ') : '–'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
