import { Badge, Group, NavLink, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectIndicator } from '../../../../shared/framework';
import { localized, useUiLanguage } from './language';

interface IndicatorLinkProps {
  indicator: ProjectIndicator;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One indicator in the tree: its code and text; a retired one dimmed, with a badge. */
export function IndicatorLink({ indicator, selected, onSelect }: IndicatorLinkProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <NavLink
      component="button"
      type="button"
      active={selected}
      aria-current={selected ? 'true' : undefined}
      data-retired={indicator.retired || undefined}
      onClick={() => onSelect(indicator.id)}
      style={{ opacity: indicator.retired ? 0.6 : 1, borderRadius: 'var(--mantine-radius-sm)' }}
      styles={{ section: { alignSelf: 'flex-start', paddingTop: 2 } }}
      leftSection={
        <Text component="span" size="sm" fw={600} ff="monospace" miw="3.2em">
          {indicator.code}
        </Text>
      }
      label={
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Text component="span" size="sm" lineClamp={2} style={{ flex: 1 }}>
            {localized(indicator.text, language)}
          </Text>
          {indicator.retired && (
            <Badge size="sm" color="gray" variant="outline" tt="none" style={{ flexShrink: 0 }}>
              {t('framework.detail.retired')}
            </Badge>
          )}
        </Group>
      }
    />
  );
}
