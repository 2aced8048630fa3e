import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { en, type Catalog } from '../../locales/en';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useAuditEvents } from '../../lib/queries';

type KnownAction = keyof Catalog['activity']['actions'];
type KnownEntity = keyof Catalog['activity']['entities'];

// Both catalogs have the same keys (the Catalog type checks it), so the English one answers "is it known?".
function isKnownAction(action: string): action is KnownAction {
  return Object.prototype.hasOwnProperty.call(en.activity.actions, action);
}

function isKnownEntity(entity: string): entity is KnownEntity {
  return Object.prototype.hasOwnProperty.call(en.activity.entities, entity);
}

interface ActivityListProps {
  calendar: Calendar;
}

/** The newest audit-trail events, with their actions in the user's language. */
export function ActivityList({ calendar }: ActivityListProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const events = useAuditEvents(50);
  // An action or record kind added by a newer feature shows its code until it has a translation.
  const actionName = (action: string) => (isKnownAction(action) ? t(`activity.actions.${action}`) : action);
  const entityName = (entity: string) => (isKnownEntity(entity) ? t(`activity.entities.${entity}`) : entity);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="activity-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="activity-heading">
          {t('activity.heading')}
        </Title>
        <ErrorAlert error={events.error} />
        {events.data && events.data.length === 0 && <Text c="dimmed">{t('activity.empty')}</Text>}
        {events.data && events.data.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('activity.at')}</Table.Th>
                  <Table.Th>{t('activity.action')}</Table.Th>
                  <Table.Th>{t('activity.record')}</Table.Th>
                  <Table.Th>{t('activity.device')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data.map((event) => (
                  <Table.Tr key={event.seq}>
                    <Table.Td>{formatDateTime(event.at, { language, calendar })}</Table.Td>
                    <Table.Td>{actionName(event.action)}</Table.Td>
                    <Table.Td>{entityName(event.entity)}</Table.Td>
                    {/* A random installation id, shortened: enough to tell two laptops apart. */}
                    <Table.Td className="bmma-path" title={event.actor}>
                      {event.actor.slice(0, 8)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
