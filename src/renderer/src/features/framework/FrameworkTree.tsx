import { Accordion, Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized, useUiLanguage } from './language';
import { SubAreaBranch } from './SubAreaBranch';
import type { VisibleArea } from './visible-framework';

interface FrameworkTreeProps {
  areas: VisibleArea[];
  expandedAreas: string[];
  onExpandedAreasChange: (codes: string[]) => void;
  collapsedSubAreas: ReadonlySet<string>;
  onToggleSubArea: (code: string) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onAdd: (subAreaCode: string) => void;
}

/** Areas A–E as an accordion; inside each, its sub-areas and their indicators. */
export function FrameworkTree(props: FrameworkTreeProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Accordion
      multiple
      value={props.expandedAreas}
      onChange={props.onExpandedAreasChange}
      variant="separated"
      chevronPosition="left"
      order={3}
      aria-label={t('framework.treeLabel')}
    >
      {props.areas.map((area) => (
        <Accordion.Item key={area.code} value={area.code}>
          <Accordion.Control>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Text component="span" fw={700} miw="1.2em">
                {area.code}
              </Text>
              <Text component="span" fw={600} style={{ flex: 1, minWidth: 0 }}>
                {localized(area.name, language)}
              </Text>
              <Badge
                variant="light"
                style={{ flexShrink: 0 }}
                title={t('framework.indicatorCount', { count: area.count })}
              >
                <span aria-hidden>{area.count}</span>
                <VisuallyHidden>{t('framework.indicatorCount', { count: area.count })}</VisuallyHidden>
              </Badge>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap={4} component="ul" p={0} m={0}>
              {area.subAreas.map((subArea) => (
                <SubAreaBranch
                  key={subArea.code}
                  subArea={subArea}
                  expanded={!props.collapsedSubAreas.has(subArea.code)}
                  onToggle={props.onToggleSubArea}
                  selectedId={props.selectedId}
                  onSelect={props.onSelect}
                  onAdd={props.onAdd}
                />
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
