import { Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { CreateProjectForm } from './CreateProjectForm';
import { DemoProjectCard } from './DemoProjectCard';
import { OpenProjectPanel } from './OpenProjectPanel';
import { RecentFilesList } from './RecentFilesList';

/** Create a project, open one (dialog or recent list) or create the demo, in Thai or English. */
export function StartScreen() {
  const { t } = useTranslation();
  // The file to open: chosen in the dialog or picked from the recent list.
  const [selected, setSelected] = useState<string | null>(null);
  // Bumped on each pick so the passphrase field takes the focus again.
  const [pickCount, setPickCount] = useState(0);

  const pick = (path: string) => {
    setSelected(path);
    setPickCount((n) => n + 1);
  };

  return (
    <Container size="lg" py="xl">
      <Stack gap="xl">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={4} maw={760}>
            <Title order={1}>{t('app.name')}</Title>
            <Text c="dimmed">{t('app.purpose')}</Text>
          </Stack>
          <LanguageSwitch />
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="lg">
          <CreateProjectForm />
          <Stack gap="lg">
            <OpenProjectPanel selected={selected} pickCount={pickCount} onPick={pick} />
            <RecentFilesList onPick={pick} />
            <DemoProjectCard />
          </Stack>
        </SimpleGrid>
      </Stack>
    </Container>
  );
}
