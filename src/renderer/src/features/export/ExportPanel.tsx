import { Button, Card, Grid, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { DEFAULT_EXPORT_PROFILE, DOCUMENT_SUBJECT, type ExportDocument, type ExportProfile } from '../../../../shared/export';
import { ExportRunStatus } from './ExportRunStatus';
import { OmissionPreview } from './OmissionPreview';
import { ProfileForm } from './ProfileForm';
import { useExportPreview } from './queries';
import { SavedProfiles } from './SavedProfiles';
import { SubjectSelect } from './SubjectSelect';
import { AVAILABLE_DOCUMENTS, profileProblems } from './sections';
import { useExportRun } from './useExportRun';

/**
 * The Export tab (issue 4): the document, its profile, what will be left out, and the export:
 * unsaved edits saved first, a progress bar with Cancel, then the saved file and "Open folder".
 * The main process asks where to save; a cancelled dialog writes nothing and shows nothing.
 */
export function ExportPanel({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const [document, setDocument] = useState<ExportDocument>(AVAILABLE_DOCUMENTS[0] ?? 'action_plan');
  const [profile, setProfile] = useState<ExportProfile>({ ...DEFAULT_EXPORT_PROFILE, calendar });
  // The meeting or event chosen for each kind of subject, kept when the user switches documents.
  const [subjects, setSubjects] = useState<Record<string, string | null>>({});
  const subjectKind = DOCUMENT_SUBJECT[document];
  const subjectId = subjectKind === null ? null : (subjects[subjectKind] ?? null);
  const ready = subjectKind === null || subjectId !== null;
  const problems = profileProblems(profile);
  const preview = useExportPreview(document, profile, subjectId, problems.valid && ready);
  const run = useExportRun();
  const busy = run.state.kind === 'flushing' || run.state.kind === 'running';

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
              {subjectKind !== null && (
                <SubjectSelect
                  kind={subjectKind}
                  value={subjectId}
                  onChange={(id) => setSubjects((current) => ({ ...current, [subjectKind]: id }))}
                />
              )}
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
              disabled={!problems.valid || !ready || busy}
              loading={busy}
              onClick={() => void run.start(document, profile, subjectId)}
            >
              {busy ? t('exportDoc.run.running') : t('exportDoc.run.button')}
            </Button>
            <ExportRunStatus state={run.state} onCancel={run.cancel} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
