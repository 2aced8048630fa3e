import { Badge, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../../shared/analysis';
import { localized, otherLanguage, useUiLanguage } from '../framework/language';
import { RecordLink } from './RecordLink';

const PRIORITY_COLOURS = { high: 'red', medium: 'yellow', low: 'gray' } as const;

interface RecommendationTableProps {
  recommendations: readonly Recommendation[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/**
 * The recommendations of the chosen area: code, priority, horizon, text in the UI language
 * (or the other one, marked, when only that was written), linked findings and actions.
 */
export function RecommendationTable({ recommendations, selectedId, onOpen }: RecommendationTableProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="xs" highlightOnHover aria-label={t('recommendations.listLabel')} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>{t('recommendations.columns.code')}</Table.Th>
            <Table.Th w={110}>{t('recommendations.columns.priority')}</Table.Th>
            <Table.Th w={120}>{t('recommendations.columns.horizon')}</Table.Th>
            <Table.Th>{t('recommendations.columns.text')}</Table.Th>
            <Table.Th w={170}>{t('recommendations.columns.findings')}</Table.Th>
            <Table.Th w={130}>{t('recommendations.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recommendations.map((recommendation) => {
            const own = recommendation.text[language].trim() !== '';
            const shown = localized(recommendation.text, language);
            return (
              <Table.Tr
                key={recommendation.id}
                bg={recommendation.id === selectedId ? 'var(--mantine-color-blue-0)' : undefined}
                style={{ cursor: 'pointer' }}
                onClick={() => onOpen(recommendation.id)}
                data-code={recommendation.code}
              >
                <Table.Td>
                  <UnstyledButton
                    fw={600}
                    ff="monospace"
                    fz="sm"
                    c="blue.8"
                    aria-label={t('recommendations.open', { code: recommendation.code })}
                    onClick={(event) => {
                      event.stopPropagation();
                      onOpen(recommendation.id);
                    }}
                  >
                    {recommendation.code}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={PRIORITY_COLOURS[recommendation.priority]} tt="none" fw={500}>
                    {t(`recommendations.priorities.${recommendation.priority}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`recommendations.horizons.${recommendation.horizon}`)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    lineClamp={2}
                    lang={own ? language : otherLanguage(language)}
                    c={shown ? undefined : 'dimmed'}
                  >
                    {shown || t('recommendations.noText')}
                  </Text>
                  {!own && shown && (
                    <Text size="xs" c="dimmed">
                      {t('recommendations.fallback', {
                        language: t(`framework.languages.${otherLanguage(language)}`),
                      })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {recommendation.findings.length === 0 && (
                      <Text size="sm" c="dimmed">
                        {t('recommendations.none')}
                      </Text>
                    )}
                    {recommendation.findings.map((finding) =>
                      finding.deleted ? (
                        <Text key={finding.id} size="sm" c="dimmed" td="line-through">
                          {t('recommendations.deletedFinding', { code: finding.code })}
                        </Text>
                      ) : (
                        <RecordLink
                          key={finding.id}
                          target="finding"
                          id={finding.id}
                          label={t('recommendations.openFinding', { code: finding.code })}
                        >
                          {finding.code}
                        </RecordLink>
                      ),
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={recommendation.actions.length === 0 ? 'orange.8' : undefined}>
                    {t('recommendations.actionCount', { count: recommendation.actions.length })}
                  </Text>
                  <Group gap={6}>
                    {recommendation.actions.map((action) => (
                      <RecordLink
                        key={action.id}
                        target="action"
                        id={action.id}
                        label={t('recommendations.openAction', { code: action.code })}
                      >
                        {action.code}
                      </RecordLink>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
