import {
  ActionIcon,
  Badge,
  Collapse,
  Group,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './Framework.module.css';
import { ChevronIcon, PlusIcon } from './icons';
import { IndicatorLink } from './IndicatorLink';
import { localized, useUiLanguage } from './language';
import type { VisibleSubArea } from './visible-framework';
import { useReadOnly } from '../review/read-only';

interface SubAreaBranchProps {
  subArea: VisibleSubArea;
  expanded: boolean;
  onToggle: (code: string) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onAdd: (subAreaCode: string) => void;
}

/** A sub-area: a header that folds its indicators away, its count, and the button that adds an indicator to it. */
export function SubAreaBranch({ subArea, expanded, onToggle, selectedId, onSelect, onAdd }: SubAreaBranchProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const listId = `subarea-${subArea.code}-indicators`;
  const addLabel = t('framework.addIndicatorTo', { code: subArea.code });
  const count = subArea.indicators.length;

  return (
    <Stack gap={2} component="li" style={{ listStyle: 'none' }}>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <UnstyledButton
          onClick={() => onToggle(subArea.code)}
          aria-expanded={expanded}
          aria-controls={listId}
          px={6}
          py={4}
          style={{ flex: 1, minWidth: 0, borderRadius: 'var(--mantine-radius-sm)' }}
          className={classes.toggle}
        >
          <Group gap={6} wrap="nowrap" align="flex-start">
            <ChevronIcon expanded={expanded} style={{ marginTop: 4, flexShrink: 0 }} />
            <Text component="span" size="sm" fw={600} style={{ flex: 1, minWidth: 0 }}>
              {subArea.code} {localized(subArea.name, language)}
            </Text>
            <Badge
              size="sm"
              variant="light"
              color="gray"
              style={{ flexShrink: 0 }}
              title={t('framework.indicatorCount', { count })}
            >
              <span aria-hidden>{count}</span>
              <VisuallyHidden>{t('framework.indicatorCount', { count })}</VisuallyHidden>
            </Badge>
          </Group>
        </UnstyledButton>
        {!readOnly && (
          <Tooltip label={addLabel} withArrow openDelay={300}>
            <ActionIcon variant="subtle" size="md" aria-label={addLabel} onClick={() => onAdd(subArea.code)} mt={2}>
              <PlusIcon />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <Collapse expanded={expanded} id={listId}>
        <Stack gap={0} pl="lg">
          {count === 0 ? (
            <Text size="sm" c="dimmed" px="sm" py={4}>
              {t('framework.emptySubArea')}
            </Text>
          ) : (
            subArea.indicators.map((indicator) => (
              <IndicatorLink
                key={indicator.id}
                indicator={indicator}
                selected={indicator.id === selectedId}
                onSelect={onSelect}
              />
            ))
          )}
        </Stack>
      </Collapse>
    </Stack>
  );
}
