import { Button, Card, Code, Grid, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { DEFAULT_EXPORT_PROFILE, type ExportDocument, type ExportProfile } from '../../../../shared/export';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatBytes } from '../../lib/format';
import { useUiLanguage } from '../framework/language';
import { OmissionPreview } from './OmissionPreview';
import { ProfileForm } from './ProfileForm';
import { useExportPreview, useRunExport } from './queries';
import { SavedProfiles } from './SavedProfiles';
import { AVAILABLE_DOCUMENTS, profileProblems } from './sections';

/**
 * The Export tab (issue 4): the document, its profile, what will be left out, and the export.
 * The main process asks where to save; a cancelled dialog writes nothing and shows nothing.
 */
export function ExportPanel({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [document, setDocument] = useState<ExportDocument>(AVAILABLE_DOCUMENTS[0] ?? 'action_plan');
  const [profile, setProfile] = useState<ExportProfile>({ ...DEFAULT_EXPORT_PROFILE, calendar });
  const problems = profileProblems(profile);
  const preview = useExportPreview(document, profile, problems.valid);
  const run = useRunExport();
  const saved = run.data?.path ? run.data : null;

  return (
    <Stack gap="md">
      <div>
        <Title order={3}>{t('exportDoc.heading')}</Title>
        <Text size="sm" c="dimmed">
          {t('exportDoc.explanation')}
        </Text>
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="md">
            <Stack gap="md">
              <Select
                label={t('exportDoc.document')}
                value={document}
                onChange={(value) => value && setDocument(value as ExportDocument)}
                data={AVAILABLE_DOCUMENTS.map((value) => ({ value, label: t(`exportDoc.documents.${value}`) }))}
                allowDeselect={false}
              />
              <Title order={4}>{t('exportDoc.profile.heading')}</Title>
              <SavedProfiles profile={profile} canSave={problems.valid} onLoad={setProfile} />
              <ProfileForm profile={profile} onChange={setProfile} calendar={calendar} markingLabelMissing={problems.markingLabel} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <OmissionPreview document={document} preview={preview.data} loading={preview.isFetching} error={preview.error} />
            <Button
              size="md"
              disabled={!problems.valid}
              loading={run.isPending}
              onClick={() => run.mutate({ document, profile })}
            >
              {run.isPending ? t('exportDoc.run.running') : t('exportDoc.run.button')}
            </Button>
            <ErrorAlert error={run.error} />
            {saved && (
              <Card withBorder padding="sm" data-testid="export-result">
                <Text size="sm" fw={600} mb="xs">
                  {t('exportDoc.run.done')}
                </Text>
                <Table variant="vertical" withRowBorders={false} fz="sm">
                  <Table.Tbody>
                    <Table.Tr>
                      <Table.Th>{t('exportDoc.run.path')}</Table.Th>
                      <Table.Td style={{ wordBreak: 'break-all' }}>{saved.path}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th>{t('exportDoc.run.size')}</Table.Th>
                      <Table.Td>{formatBytes(saved.bytes, language)}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th>{t('exportDoc.run.sha256')}</Table.Th>
                      <Table.Td>
                        <Code style={{ wordBreak: 'break-all' }}>{saved.sha256}</Code>
                      </Table.Td>
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
