import { Box, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectIndicator, Scale } from '../../../../shared/framework';
import { localized, useUiLanguage } from '../framework/language';

interface ScaleLevelCardsProps {
  label: string;
  scale: Scale;
  rubric: ProjectIndicator['rubric'];
  value: number | null;
  onChange: (value: number) => void;
  error?: string | undefined;
}

/**
 * The value of a rating, chosen among the indicator's scale levels. Each level is a card with
 * its value and label, and beside them what the level means: the scale's general descriptor
 * and, where the indicator has one, its own rubric descriptor (the same data as ScaleTable).
 * Arrow keys move between levels, as in any radio group.
 */
export function ScaleLevelCards({ label, scale, rubric, value, onChange, error }: ScaleLevelCardsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const hasRubric = rubric !== null && rubric.length > 0;
  return (
    <Radio.Group
      label={label}
      description={t('ratings.form.valueHint', { scale: localized(scale.name, language) })}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(Number(next))}
      error={error}
      required
    >
      <Stack gap={6} mt="xs">
        {scale.levels.map((level) => {
          const own = rubric?.find((row) => row.value === level.value);
          return (
            <Radio.Card key={level.value} value={String(level.value)} radius="md" p="sm" data-level={level.value}>
              <Group wrap="nowrap" align="flex-start" gap="md">
                <Radio.Indicator mt={4} />
                <Stack gap={0} w={130} style={{ flexShrink: 0 }}>
                  <Text fw={700} size="lg" lh={1.2}>
                    {level.value}
                  </Text>
                  <Text fw={600} size="sm">
                    {localized(level.label, language)}
                  </Text>
                </Stack>
                <SimpleGrid cols={hasRubric ? 2 : 1} spacing="sm" style={{ flex: 1 }}>
                  <Stack gap={2}>
                    <Text size="xs" c="dimmed" fw={600}>
                      {t('framework.detail.descriptor')}
                    </Text>
                    <Text size="sm">{localized(level.descriptor, language)}</Text>
                  </Stack>
                  {hasRubric && (
                    <Box bg="blue.0" p={6} style={{ borderRadius: 6 }}>
                      <Text size="xs" c="blue.9" fw={600}>
                        {t('framework.detail.rubric')}
                      </Text>
                      <Text size="sm">{own ? localized(own.descriptor, language) : '—'}</Text>
                    </Box>
                  )}
                </SimpleGrid>
              </Group>
            </Radio.Card>
          );
        })}
      </Stack>
    </Radio.Group>
  );
}
