import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoProjectModal } from './DemoProjectModal';

/** The start screen's way into the fictional demo project. */
export function DemoProjectCard() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="demo-project-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="demo-project-heading">
          {t('demo.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('demo.explanation')}
        </Text>
        <Button variant="light" onClick={() => setOpened(true)}>
          {t('demo.open')}
        </Button>
      </Stack>
      <DemoProjectModal opened={opened} onClose={() => setOpened(false)} />
    </Card>
  );
}
