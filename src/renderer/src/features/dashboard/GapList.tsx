import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { localized, useUiLanguage } from '../framework/language';
import { useOpenRecord } from '../project/navigation';
import { shorten } from '../recommendations/plan-options';
import { withGapsFirst, type GapGroup } from './dashboard-view';

/**
 * The completeness and traceability gaps, one box per kind with its count; each listed gap is
 * a link that opens the record needing work. Kinds with gaps come first; kinds without stay,
 * marked as none, after them, so the user sees what is done as well as what is left.
 */
export function GapList({ groups }: { groups: readonly GapGroup[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const openRecord = useOpenRecord();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" style={{ alignItems: 'start' }}>
      {withGapsFirst(groups).map((group) => {
        const headingId = `gap-${group.kind}`;
        return (
          <Paper
            key={group.kind}
            withBorder
            p="sm"
            radius="sm"
            component="section"
            aria-labelledby={headingId}
            data-gap-kind={group.kind}
          >
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text fw={600} size="sm" id={headingId}>
                  {t(`dashboard.gaps.kinds.${group.kind}`)}
                </Text>
                <Badge
                  tt="none"
                  style={{ flex: 'none' }}
                  color={group.count === 0 ? 'teal' : 'orange'}
                  variant={group.count === 0 ? 'light' : 'filled'}
                  data-testid={`gap-count-${group.kind}`}
                >
                  {group.count === 0 ? `✓ ${t('dashboard.gaps.none')}` : formatNumber(group.count, language)}
                </Badge>
              </Group>
              {group.gaps.length > 0 && (
                <List size="sm" spacing={2} listStyleType="none" ml={0} pl={0}>
                  {group.gaps.map((gap) => {
                    const label = shorten(localized(gap.label, language), 80);
                    return (
                      <List.Item key={`${gap.target}-${gap.id}`}>
                        <Anchor
                          component="button"
                          type="button"
                          size="sm"
                          ta="start"
                          aria-label={t('dashboard.gaps.open', { code: gap.code, label })}
                          onClick={() => openRecord(gap.target, gap.id)}
                        >
                          <Text span ff="monospace" fw={600} size="sm">
                            {gap.code}
                          </Text>
                          {label && ` ${label}`}
                        </Anchor>
                      </List.Item>
                    );
                  })}
                </List>
              )}
              {group.more > 0 && (
                <Text size="sm" c="dimmed">
                  {t('dashboard.gaps.more', { count: group.more, formatted: formatNumber(group.more, language) })}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
