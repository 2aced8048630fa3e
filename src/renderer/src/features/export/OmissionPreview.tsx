import { Alert, Badge, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportDocument, ExportPreview } from '../../../../shared/export';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { useUiLanguage } from '../framework/language';
import { sectionLabel } from './sections';

interface OmissionPreviewProps {
  document: ExportDocument;
  preview: ExportPreview | undefined;
  loading: boolean;
  error: unknown;
}

/** "What will be left out": a count per reason with what it means, then the empty sections. */
export function OmissionPreview({ document, preview, loading, error }: OmissionPreviewProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Card withBorder padding="md" data-testid="export-preview" aria-busy={loading}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('exportDoc.preview.heading')}</Title>
          {loading && <Loader size="xs" aria-label={t('exportDoc.preview.loading')} />}
        </Group>
        <ErrorAlert error={error} />
        {preview && (
          <>
            <Text size="sm">{t(`exportDoc.preview.included_${document}`, { count: preview.included })}</Text>
            {/* Issue 6 review: items not approved yet, a warning that does not block the export. */}
            {(preview.unapproved ?? 0) > 0 && (
              <Alert color="yellow" variant="light" data-testid="export-unapproved" data-count={preview.unapproved}>
                {t('review.exportWarning', { count: formatNumber(preview.unapproved ?? 0, language) })}
              </Alert>
            )}
            {preview.omissions.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('exportDoc.preview.nothing')}
              </Text>
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {preview.omissions.map(({ reason, count }) => (
                  <li key={reason} data-reason={reason}>
                    <Group gap="sm" wrap="nowrap" align="flex-start">
                      <Badge variant="light" color="orange" miw={48}>
                        {formatNumber(count, language)}
                      </Badge>
                      <div>
                        <Text size="sm" fw={600}>
                          {t(`exportDoc.preview.reasons.${reason}.name`)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t(`exportDoc.preview.reasons.${reason}.explanation`)}
                        </Text>
                      </div>
                    </Group>
                  </li>
                ))}
              </Stack>
            )}
            {preview.emptySections.length > 0 && (
              <>
                <Text size="sm" fw={600} mt="xs">
                  {t('exportDoc.preview.emptyHeading')}
                </Text>
                <List size="sm" data-testid="export-empty-sections">
                  {preview.emptySections.map((section) => {
                    const label = sectionLabel(section);
                    // Keys are built from the closed section list; i18next's typed keys cannot see that.
                    return <List.Item key={section}>{t(label.key as 'exportDoc.preview.sections.background', { area: label.area })}</List.Item>;
                  })}
                </List>
              </>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
