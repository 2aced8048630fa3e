import { Box, Button, Container, Group, Kbd, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/search';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { bmma, unwrap } from '../../lib/bmma';
import { setProjectStatus, useProjectInfo } from '../../lib/queries';
import { ActionPlanPanel } from '../action-plan/ActionPlanPanel';
import { ActivityList } from '../activity/ActivityList';
import { ReviewPanel } from '../review/ReviewPanel';
import { ReviewerBanner } from '../review/ReviewerBanner';
import { ReadOnlyProvider, useReadOnly } from '../review/read-only';
import { VaultDestructionBanner } from '../vault/VaultDestructionBanner';
import { VaultPanel } from '../vault/VaultPanel';
import { BackupsPanel } from '../backups/BackupsPanel';
import { DashboardPanel } from '../dashboard/DashboardPanel';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { ReportTextPanel } from '../report-text/ReportTextPanel';
import { MeetingsPanel } from '../meetings/MeetingsPanel';
import { CurriculumPanel } from '../curriculum/CurriculumPanel';
import { TrainingPanel } from '../training/TrainingPanel';
import { ExportPanel } from '../export/ExportPanel';
import { FindingsPanel } from '../findings/FindingsPanel';
import { FrameworkPanel } from '../framework/FrameworkPanel';
import { IntegrityPanel } from '../integrity/IntegrityPanel';
import { InterviewsPanel } from '../interviews/InterviewsPanel';
import { ChangePassphraseModal } from '../passphrase/ChangePassphraseModal';
import { RecommendationsPanel } from '../recommendations/RecommendationsPanel';
import { ReferencePanel } from '../reference/ReferencePanel';
import { SearchBox } from '../search/SearchBox';
import { SettingsPanel } from '../settings/SettingsPanel';
import { SiteVisitsPanel } from '../site-visits/SiteVisitsPanel';
import { EditProjectForm } from './EditProjectForm';
import { OpenRecordContext, TAB_OF, type RecordTarget } from './navigation';
import { ProjectDetails } from './ProjectDetails';

interface ProjectHomeProps {
  onLock: () => void;
  locking: boolean;
}

/** The open project: its metadata and the file-level actions (lock, passphrase, integrity, backups, close). */
export function ProjectHome({ onLock, locking }: ProjectHomeProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const info = useProjectInfo();
  const [changingPassphrase, setChangingPassphrase] = useState(false);
  const [tab, setTab] = useState<string | null>('overview');
  // What a search hit, a dashboard gap or a link asked a tab to show; cleared when the user
  // changes tab, so coming back to a tab later does not reopen the record.
  const [request, setRequest] = useState<{ target: RecordTarget; id: string; nonce: number } | null>(null);
  const requests = useRef(0);
  const openRecord = useCallback((target: RecordTarget, id: string) => {
    requests.current += 1;
    setRequest({ target, id, nonce: requests.current });
    setTab(TAB_OF[target]);
  }, []);
  // One object per request, so a tab's effect on [openRequest] runs once per request, not on every render.
  const openRequest = useMemo(() => (request ? { id: request.id, nonce: request.nonce } : null), [request]);
  const requestFor = (target: RecordTarget) => (request?.target === target ? openRequest : null);
  const close = useMutation({
    mutationFn: () => unwrap(bmma().project.close()),
    onSuccess: (status) => setProjectStatus(queryClient, status),
  });

  // Physical keys, so Ctrl+L also works while the keyboard is set to Thai (where L types ส).
  // Inputs are not ignored: locking must work while the user is typing.
  useHotkeys([['mod+L', onLock, { usePhysicalKeys: true }]], []);

  const openHit = (hit: SearchHit) => openRecord(hit.kind, hit.id);
  const changeTab = (next: string | null) => {
    setRequest(null);
    setTab(next);
  };
  const calendar = info.data?.calendar ?? 'BE';

  return (
    <OpenRecordContext.Provider value={openRecord}>
      {/* Issue 6 review copy: one answer to "is this file read-only?" for every tab below. */}
      <ReadOnlyProvider>
        <Box mih="100vh">
          <Paper component="header" radius={0} shadow="xs" py="sm">
            <Container size="lg">
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                  <Text size="xs" c="dimmed">
                    {t('app.name')}
                  </Text>
                  <Title order={1} size="h3" lineClamp={1}>
                    {info.data?.title ?? ''}
                  </Title>
                </Stack>
                <Group gap="xs" wrap="wrap">
                  <ChangePassphraseButton onClick={() => setChangingPassphrase(true)} />
                  <Button
                    onClick={onLock}
                    loading={locking}
                    aria-keyshortcuts="Control+L"
                    rightSection={
                      <Kbd size="xs" aria-hidden>
                        {t('project.lockShortcut')}
                      </Kbd>
                    }
                  >
                    {t('project.lock')}
                  </Button>
                  <Button variant="default" onClick={() => close.mutate()} loading={close.isPending}>
                    {t('project.closeProject')}
                  </Button>
                  <LanguageSwitch />
                </Group>
              </Group>
              <Box mt="sm">
                <SearchBox onOpen={openHit} />
              </Box>
            </Container>
          </Paper>
          <Container size="lg" py="lg">
            <Stack gap="md">
              <ErrorAlert error={info.error ?? close.error} />
              <VaultDestructionBanner onOpen={() => changeTab('vault')} />
              <ReviewerBanner />
              <Tabs value={tab} onChange={changeTab} keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="overview">{t('project.tabs.overview')}</Tabs.Tab>
                  <Tabs.Tab value="dashboard">{t('project.tabs.dashboard')}</Tabs.Tab>
                  <Tabs.Tab value="framework">{t('project.tabs.framework')}</Tabs.Tab>
                  <Tabs.Tab value="interviews">{t('interviews.tab')}</Tabs.Tab>
                  <Tabs.Tab value="siteVisits">{t('project.tabs.siteVisits')}</Tabs.Tab>
                  <Tabs.Tab value="documents">{t('project.tabs.documents')}</Tabs.Tab>
                  <Tabs.Tab value="findings">{t('project.tabs.findings')}</Tabs.Tab>
                  <Tabs.Tab value="recommendations">{t('project.tabs.recommendations')}</Tabs.Tab>
                  <Tabs.Tab value="actionPlan">{t('project.tabs.actionPlan')}</Tabs.Tab>
                  <Tabs.Tab value="meetings">{t('project.tabs.meetings')}</Tabs.Tab>
                  <Tabs.Tab value="curriculum">{t('project.tabs.curriculum')}</Tabs.Tab>
                  <Tabs.Tab value="training">{t('project.tabs.training')}</Tabs.Tab>
                  <Tabs.Tab value="reportText">{t('project.tabs.reportText')}</Tabs.Tab>
                  <Tabs.Tab value="export">{t('project.tabs.export')}</Tabs.Tab>
                  <Tabs.Tab value="reference">{t('project.tabs.reference')}</Tabs.Tab>
                  <Tabs.Tab value="integrity">{t('project.tabs.integrity')}</Tabs.Tab>
                  <Tabs.Tab value="backups">{t('project.tabs.backups')}</Tabs.Tab>
                  <Tabs.Tab value="review">{t('project.tabs.review')}</Tabs.Tab>
                  <Tabs.Tab value="vault">{t('project.tabs.vault')}</Tabs.Tab>
                  <Tabs.Tab value="activity">{t('project.tabs.activity')}</Tabs.Tab>
                  <Tabs.Tab value="settings">{t('project.tabs.settings')}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="overview" pt="md">
                  {info.data && (
                    <Stack gap="md">
                      <ProjectDetails info={info.data} />
                      <EditProjectForm key={info.data.path} info={info.data} />
                    </Stack>
                  )}
                </Tabs.Panel>
                <Tabs.Panel value="dashboard" pt="md">
                  <DashboardPanel calendar={calendar} openRequest={null} />
                </Tabs.Panel>
                <Tabs.Panel value="framework" pt="md">
                  <FrameworkPanel calendar={calendar} reveal={requestFor('indicator')} />
                </Tabs.Panel>
                <Tabs.Panel value="interviews" pt="md">
                  <InterviewsPanel calendar={calendar} openRequest={requestFor('interview')} />
                </Tabs.Panel>
                <Tabs.Panel value="siteVisits" pt="md">
                  <SiteVisitsPanel calendar={calendar} openRequest={requestFor('site_visit')} />
                </Tabs.Panel>
                <Tabs.Panel value="documents" pt="md">
                  <DocumentsPanel calendar={calendar} openRequest={requestFor('document')} />
                </Tabs.Panel>
                <Tabs.Panel value="findings" pt="md">
                  <FindingsPanel calendar={calendar} openRequest={requestFor('finding')} />
                </Tabs.Panel>
                <Tabs.Panel value="recommendations" pt="md">
                  <RecommendationsPanel calendar={calendar} openRequest={requestFor('recommendation')} />
                </Tabs.Panel>
                <Tabs.Panel value="actionPlan" pt="md">
                  <ActionPlanPanel calendar={calendar} openRequest={requestFor('action')} />
                </Tabs.Panel>
                <Tabs.Panel value="meetings" pt="md">
                  <MeetingsPanel calendar={calendar} />
                </Tabs.Panel>
                <Tabs.Panel value="curriculum" pt="md">
                  <CurriculumPanel calendar={calendar} />
                </Tabs.Panel>
                <Tabs.Panel value="training" pt="md">
                  <TrainingPanel calendar={calendar} />
                </Tabs.Panel>
                <Tabs.Panel value="reportText" pt="md">
                  <ReportTextPanel />
                </Tabs.Panel>
                <Tabs.Panel value="export" pt="md">
                  <ExportPanel calendar={calendar} />
                </Tabs.Panel>
                <Tabs.Panel value="reference" pt="md">
                  <ReferencePanel />
                </Tabs.Panel>
                <Tabs.Panel value="integrity" pt="md">
                  <IntegrityPanel calendar={info.data?.calendar ?? 'BE'} />
                </Tabs.Panel>
                <Tabs.Panel value="backups" pt="md">
                  {info.data && <BackupsPanel projectPath={info.data.path} calendar={info.data.calendar} />}
                </Tabs.Panel>
                <Tabs.Panel value="review" pt="md">
                  <ReviewPanel />
                </Tabs.Panel>
                <Tabs.Panel value="vault" pt="md">
                  <VaultPanel calendar={calendar} />
                </Tabs.Panel>
                <Tabs.Panel value="activity" pt="md">
                  <ActivityList calendar={info.data?.calendar ?? 'BE'} />
                </Tabs.Panel>
                <Tabs.Panel value="settings" pt="md">
                  <SettingsPanel />
                </Tabs.Panel>
              </Tabs>
            </Stack>
          </Container>
          <ChangePassphraseModal opened={changingPassphrase} onClose={() => setChangingPassphrase(false)} />
        </Box>
      </ReadOnlyProvider>
    </OpenRecordContext.Provider>
  );
}

/** Not offered in a review copy: its passphrase is the one given when the copy was made. */
function ChangePassphraseButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  if (useReadOnly()) return null;
  return (
    <Button variant="default" onClick={onClick}>
      {t('project.changePassphrase')}
    </Button>
  );
}
