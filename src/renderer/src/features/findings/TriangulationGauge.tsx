import { Box, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TRIANGULATION_TYPES, type Triangulation } from './triangulation';

interface TriangulationGaugeProps {
  triangulation: Triangulation;
  /** 'saved': the main process's answer for the saved finding; 'live': computed from the evidence being chosen. */
  source: 'saved' | 'live';
}

/**
 * The triangulation gauge: one segment per independent evidence type (interview, site visit,
 * document), filled when the finding cites one, and whether the finding is supported.
 */
export function TriangulationGauge({ triangulation, source }: TriangulationGaugeProps) {
  const { t } = useTranslation();
  const id = useId();
  const { supported, types } = triangulation;
  const filled = supported ? 'teal.7' : 'orange.6';
  return (
    <Stack
      gap={6}
      role="group"
      aria-labelledby={`${id}-heading`}
      data-testid="triangulation-gauge"
      data-supported={supported}
    >
      <Text id={`${id}-heading`} size="sm" fw={500}>
        {t('findings.triangulation.heading')}
      </Text>
      <Group gap={4} wrap="nowrap" component="ul" m={0} p={0}>
        {TRIANGULATION_TYPES.map((type) => {
          const present = types.includes(type);
          return (
            <Box
              key={type}
              component="li"
              style={{ flex: 1, listStyle: 'none', borderRadius: 6 }}
              bg={present ? filled : 'gray.1'}
              c={present ? 'white' : 'gray.7'}
              px="xs"
              py={6}
              data-type={type}
              data-present={present}
            >
              <Text size="xs" fw={600} ta="center">
                <span aria-hidden>{present ? '✓ ' : '○ '}</span>
                {t(`findings.triangulation.types.${type}`)}
                <VisuallyHidden>
                  {': '}
                  {present ? t('findings.triangulation.present') : t('findings.triangulation.absent')}
                </VisuallyHidden>
              </Text>
            </Box>
          );
        })}
      </Group>
      <Text size="sm" fw={600} c={supported ? 'teal.8' : 'orange.9'} data-testid="triangulation-state">
        {supported ? t('findings.triangulation.supported') : t('findings.triangulation.notSupported')}
      </Text>
      <Text size="xs" c="dimmed">
        {source === 'saved' ? t('findings.triangulation.asSaved') : t('findings.triangulation.live')}
      </Text>
    </Stack>
  );
}
