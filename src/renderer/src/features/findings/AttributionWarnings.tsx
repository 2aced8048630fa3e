import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis';
import { useUiLanguage } from '../framework/language';
import { useAgencies } from '../reference/queries';

/**
 * DOMAIN.md 3.3: interviews with officials are non-attributable, and a unit with fewer than
 * three interviewees behind a finding can identify them. One warning per such agency, with its
 * name from the project's reference list.
 */
export function AttributionWarnings({ warnings }: { warnings: Finding['attributionWarnings'] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const agencies = useAgencies();
  if (warnings.length === 0) return null;
  const nameOf = (code: string) => {
    const agency = agencies.data?.find((candidate) => candidate.code === code);
    return agency ? `${agency.name[language]} (${agency.abbreviation[language]})` : code;
  };
  return (
    <Alert color="yellow" variant="light" title={t('findings.attribution.heading')} data-testid="attribution-warning">
      <Stack gap={4}>
        {warnings.map((warning) => (
          <Text key={warning.agencyCode} size="sm">
            {t('findings.attribution.warning', { agency: nameOf(warning.agencyCode) })}{' '}
            {t('findings.attribution.cited', { count: warning.interviewees })}
          </Text>
        ))}
        <Text size="xs" c="dimmed">
          {t('findings.attribution.hint')}
        </Text>
      </Stack>
    </Alert>
  );
}
