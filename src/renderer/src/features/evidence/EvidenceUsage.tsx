import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceRef } from '../../../../shared/evidence-items';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFrameworkTree } from '../framework/queries';
import { useOpenRecord, type RecordTarget } from '../project/navigation';
import { useEvidenceUsage } from './queries';

interface EvidenceUsageProps {
  evidence: EvidenceRef;
  /** Leaves the editor this panel is in (saving or asking first), then proceeds. */
  leave: (proceed: () => void) => void;
}

/**
 * "Cited by: rating C4.2 (national) · finding F-C4-01": the links from an evidence item back
 * to what cites it, each opening the record. Ratings are edited beside their indicator, so a
 * rating opens its indicator (found by code in the framework the app already holds).
 */
export function EvidenceUsage({ evidence, leave }: EvidenceUsageProps) {
  const { t } = useTranslation();
  const usage = useEvidenceUsage(evidence);
  const tree = useFrameworkTree();
  const openRecordNow = useOpenRecord();
  // Another tab replaces this one (and the editor in it): what is pending is saved first.
  const openRecord = (target: RecordTarget, id: string) => leave(() => openRecordNow(target, id));
  const indicatorIds = useMemo(() => {
    const ids = new Map<string, string>();
    for (const area of tree.data?.areas ?? [])
      for (const subArea of area.subAreas) for (const indicator of subArea.indicators) ids.set(indicator.code, indicator.id);
    return ids;
  }, [tree.data]);

  const data = usage.data;
  const count = data ? data.ratings.length + data.findings.length + data.passages.length : 0;
  return (
    <Stack gap={4} component="section" aria-label={t('evidenceCommon.usage.heading')} data-testid="evidence-usage">
      <Text size="sm" fw={600}>
        {t('evidenceCommon.usage.heading')}
      </Text>
      {usage.isError && <ErrorAlert error={usage.error} />}
      {usage.isPending && (
        <Text size="sm" c="dimmed">
          {t('evidenceCommon.usage.loading')}
        </Text>
      )}
      {data && count === 0 && (
        <Text size="sm" c="dimmed">
          {t('evidenceCommon.usage.none')}
        </Text>
      )}
      {data && count > 0 && (
        <Group gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {data.ratings.map((rating) => {
            const indicatorId = indicatorIds.get(rating.indicatorCode);
            const label = t('evidenceCommon.usage.rating', { code: rating.indicatorCode, scope: rating.scopeLabel });
            return (
              <li key={rating.id}>
                {indicatorId ? (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    aria-label={t('evidenceCommon.usage.openRating', { code: rating.indicatorCode, scope: rating.scopeLabel })}
                    onClick={() => openRecord('indicator', indicatorId)}
                  >
                    {label}
                  </Anchor>
                ) : (
                  <Text size="sm">{label}</Text>
                )}
              </li>
            );
          })}
          {data.findings.map((finding) => (
            <li key={finding.id}>
              <Anchor
                component="button"
                type="button"
                size="sm"
                aria-label={t('evidenceCommon.usage.openFinding', { code: finding.code })}
                onClick={() => openRecord('finding', finding.id)}
              >
                {t('evidenceCommon.usage.finding', { code: finding.code })}
              </Anchor>
            </li>
          ))}
          {data.passages.map((passage) => (
            <li key={passage.id}>
              <Text size="sm">{t('evidenceCommon.usage.passage', { code: passage.code, target: passage.targetCode })}</Text>
            </li>
          ))}
        </Group>
      )}
    </Stack>
  );
}
