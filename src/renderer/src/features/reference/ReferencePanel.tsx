import { Card, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgenciesTable } from './AgenciesTable';
import { CrossingPointsTable } from './CrossingPointsTable';
import { LegalInstrumentsTable } from './LegalInstrumentsTable';
import { ProvincesTable } from './ProvincesTable';

/** The "Reference data" tab: the project's agencies, crossing points, provinces and legal instruments, read-only. */
export function ReferencePanel() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="reference-heading">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id="reference-heading">
            {t('reference.heading')}
          </Title>
          <Text size="sm">{t('reference.explanation')}</Text>
        </Stack>
        <Tabs defaultValue="agencies" variant="pills" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="agencies">{t('reference.tabs.agencies')}</Tabs.Tab>
            <Tabs.Tab value="crossingPoints">{t('reference.tabs.crossingPoints')}</Tabs.Tab>
            <Tabs.Tab value="provinces">{t('reference.tabs.provinces')}</Tabs.Tab>
            <Tabs.Tab value="legalInstruments">{t('reference.tabs.legalInstruments')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="agencies" pt="md">
            <AgenciesTable />
          </Tabs.Panel>
          <Tabs.Panel value="crossingPoints" pt="md">
            <CrossingPointsTable />
          </Tabs.Panel>
          <Tabs.Panel value="provinces" pt="md">
            <ProvincesTable />
          </Tabs.Panel>
          <Tabs.Panel value="legalInstruments" pt="md">
            <LegalInstrumentsTable />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Card>
  );
}
