import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis';

interface FindingLinksProps {
  recommendations: Finding['recommendations'];
  onOpen: (recommendationId: string) => void;
}

/** The recommendations that cite this finding, each a link to it in the Recommendations tab. */
export function FindingLinks({ recommendations, onOpen }: FindingLinksProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} component="section" aria-label={t('findings.editor.recommendations')}>
      <Text size="sm" fw={500}>
        {t('findings.editor.recommendations')}
      </Text>
      {recommendations.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('findings.editor.noRecommendations')}
        </Text>
      ) : (
        <Group gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {recommendations.map((recommendation) => (
            <li key={recommendation.id}>
              <Anchor
                component="button"
                type="button"
                size="sm"
                fw={600}
                onClick={() => onOpen(recommendation.id)}
                aria-label={t('findings.editor.openRecommendation', { code: recommendation.code })}
              >
                {recommendation.code}
              </Anchor>
            </li>
          ))}
        </Group>
      )}
    </Stack>
  );
}
