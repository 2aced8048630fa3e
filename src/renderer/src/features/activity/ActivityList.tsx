import { Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { useUiLanguage } from '../framework/language';
import { AuditAnnexExport } from './AuditAnnexExport';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { AuditVerify } from './AuditVerify';
import {
  badRange,
  EMPTY_FILTER_FORM,
  toAuditFilter,
  useAuditFacets,
  useAuditTrail,
  type AuditFilterForm,
} from './audit-queries';

interface ActivityListProps {
  calendar: Calendar;
}

/**
 * The Audit trail tab (issue 6; it was "Recent activity"): every event newest first, paged, with
 * filters by user, record, action and dates, the hash-chain check, and the annex export.
 */
export function ActivityList({ calendar }: ActivityListProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_FILTER_FORM);
  // Typing a record id asks once the typing pauses, not per key.
  const [settled] = useDebouncedValue(form, 250);
  const filter = useMemo(() => (badRange(settled) ? null : toAuditFilter(settled)), [settled]);
  const trail = useAuditTrail(filter ?? {});
  const facets = useAuditFacets(filter ?? {});
  const events = useMemo(() => trail.data?.pages.flat() ?? [], [trail.data]);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="activity-heading" data-testid="audit-trail">
      <Stack gap="md">
        <Title order={2} size="h4" id="activity-heading">
          {t('auditTrail.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('auditTrail.explanation')}
        </Text>
        <AuditVerify language={language} />
        <Divider />
        <AuditFilters
          form={form}
          onChange={setForm}
          actors={facets.data?.actors ?? []}
          actions={facets.data?.actions ?? []}
          entities={facets.data?.entities ?? []}
          calendar={calendar}
          language={language}
        />
        <ErrorAlert error={trail.error ?? facets.error} />
        {/* A "From" after "To" matches nothing: the alert above says why, and no list is shown meanwhile. */}
        {filter !== null && (
          <>
            <Group gap="lg">
              {facets.data && (
                <Text size="sm" data-testid="audit-matching">
                  {t('auditTrail.matching', { number: formatNumber(facets.data.matching, language) })}
                </Text>
              )}
              {trail.data && (
                <Text size="sm" c="dimmed" data-testid="audit-shown">
                  {t('auditTrail.shown', { number: formatNumber(events.length, language) })}
                </Text>
              )}
            </Group>
            {trail.isPending && <Text c="dimmed">{t('auditTrail.loading')}</Text>}
            {trail.data && events.length === 0 && <Text c="dimmed">{t('auditTrail.empty')}</Text>}
            {events.length > 0 && (
              <AuditTable
                events={events}
                calendar={calendar}
                language={language}
                onRecord={(entity, entityId) => setForm({ ...EMPTY_FILTER_FORM, entity, entityId })}
              />
            )}
            {trail.hasNextPage && (
              <Button
                variant="default"
                onClick={() => void trail.fetchNextPage()}
                loading={trail.isFetchingNextPage}
                style={{ alignSelf: 'center' }}
                data-testid="audit-load-more"
              >
                {t('auditTrail.loadMore')}
              </Button>
            )}
          </>
        )}
        <Divider />
        <AuditAnnexExport filter={filter ?? {}} calendar={calendar} language={language} disabled={filter === null} />
      </Stack>
    </Card>
  );
}
