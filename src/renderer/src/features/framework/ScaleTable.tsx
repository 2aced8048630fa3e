import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectIndicator, Scale } from '../../../../shared/framework';
import { localized, useUiLanguage } from './language';

interface ScaleTableProps {
  scale: Scale;
  rubric: ProjectIndicator['rubric'];
}

/**
 * The scale's levels with their general descriptors and, where the indicator has its own
 * rubric, the indicator's descriptor beside each level: what a rater reads before scoring.
 */
export function ScaleTable({ scale, rubric }: ScaleTableProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const hasRubric = rubric !== null && rubric.length > 0;
  return (
    <Table.ScrollContainer minWidth={hasRubric ? 520 : 360}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={hasRubric ? '28%' : '32%'}>{t('framework.detail.level')}</Table.Th>
            <Table.Th>{t('framework.detail.descriptor')}</Table.Th>
            {hasRubric && <Table.Th>{t('framework.detail.rubric')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scale.levels.map((level) => {
            const own = rubric?.find((row) => row.value === level.value);
            return (
              <Table.Tr key={level.value} data-level={level.value}>
                <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                  <Text component="span" fw={700} mr={6}>
                    {level.value}
                  </Text>{' '}
                  <Text component="span" fw={600} size="sm">
                    {localized(level.label, language)}
                  </Text>
                </Table.Th>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Text size="sm">{localized(level.descriptor, language)}</Text>
                </Table.Td>
                {hasRubric && (
                  <Table.Td style={{ verticalAlign: 'top' }} bg="blue.0">
                    <Text size="sm">{own ? localized(own.descriptor, language) : ''}</Text>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
