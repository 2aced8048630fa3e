import { Card, Grid, Loader, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { ProjectIndicator } from '../../../../shared/framework';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { OpenRequest } from '../search/open-request';
import { FrameworkTree } from './FrameworkTree';
import { IndicatorDetail } from './IndicatorDetail';
import type { IndicatorFormTarget } from './IndicatorForm';
import { IndicatorFormModal } from './IndicatorFormModal';
import { useFrameworkTree } from './queries';
import { RetireIndicatorModal } from './RetireIndicatorModal';
import { findIndicator, visibleFramework } from './visible-framework';

interface FrameworkPanelProps {
  calendar: Calendar;
  /** A search hit asked for this indicator: select it and open its branch. */
  reveal?: OpenRequest | null;
}

/** The "Framework" tab: the tree with its filter on the left, the chosen indicator on the right. */
export function FrameworkPanel({ calendar, reveal: revealRequest }: FrameworkPanelProps) {
  const { t } = useTranslation();
  const tree = useFrameworkTree();
  const [query, setQuery] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  const [expandedAreas, setExpandedAreas] = useState<string[]>([]);
  const [collapsedSubAreas, setCollapsedSubAreas] = useState<ReadonlySet<string>>(new Set());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [formTarget, setFormTarget] = useState<IndicatorFormTarget | null>(null);
  const [retireTarget, setRetireTarget] = useState<ProjectIndicator | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const framework = tree.data;
  // Each request is served once, while rendering (no effect, no second paint): a later refetch of
  // the tree must not undo the user's own choices.
  const [servedRequest, setServedRequest] = useState<number | null>(null);
  const found =
    revealRequest && framework && servedRequest !== revealRequest.nonce
      ? findIndicator(framework, revealRequest.id)
      : null;
  if (revealRequest && found) {
    setServedRequest(revealRequest.nonce);
    setQuery('');
    if (found.indicator.retired) setShowRetired(true);
    setSelectedId(found.indicator.id);
    setExpandedAreas((previous) => (previous.includes(found.areaCode) ? previous : [...previous, found.areaCode]));
    setCollapsedSubAreas((previous) => {
      const next = new Set(previous);
      next.delete(found.subArea.code);
      return next;
    });
  }

  if (tree.isPending) return <Loader aria-label={t('app.loading')} />;
  if (tree.isError || !framework) return <ErrorAlert error={tree.error} />;
  const areas = visibleFramework(framework, { query, showRetired });
  const selected = selectedId ? findIndicator(framework, selectedId) : null;

  // Typing a filter opens every branch that still has something to show.
  const changeQuery = (next: string) => {
    setQuery(next);
    if (next.trim() === '') return;
    setExpandedAreas(visibleFramework(framework, { query: next, showRetired }).map((area) => area.code));
    setCollapsedSubAreas(new Set());
  };

  const toggleSubArea = (code: string) =>
    setCollapsedSubAreas((previous) => {
      const next = new Set(previous);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  /** Shows an indicator, opening its area and sub-area so it is visible in the tree too. */
  const reveal = (indicator: ProjectIndicator) => {
    setSelectedId(indicator.id);
    const areaCode = indicator.subAreaCode.charAt(0);
    setExpandedAreas((previous) => (previous.includes(areaCode) ? previous : [...previous, areaCode]));
    setCollapsedSubAreas((previous) => {
      const next = new Set(previous);
      next.delete(indicator.subAreaCode);
      return next;
    });
  };

  const openAdd = (subAreaCode: string) => {
    const subArea = framework.areas
      .flatMap((area) => area.subAreas)
      .find((candidate) => candidate.code === subAreaCode);
    if (!subArea) return;
    setFormTarget({ mode: 'add', subAreaCode, subAreaName: subArea.name });
  };

  return (
    <Stack gap="md">
      <Card withBorder padding="lg" component="section" aria-labelledby="framework-heading">
        <Stack gap={4}>
          <Title order={2} size="h4" id="framework-heading">
            {t('framework.heading')}
          </Title>
          <Text size="sm">{t('framework.explanation')}</Text>
          <Text size="xs" c="dimmed">
            {t('framework.template', { version: framework.templateVersion, hash: framework.templateHash.slice(0, 12) })}
          </Text>
        </Stack>
      </Card>
      <Text role="status" aria-live="polite" size="sm" c="teal.8" fw={500}>
        {announcement}
      </Text>
      <Grid gap="md" overflow="visible">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <TextInput
              label={t('framework.filter')}
              placeholder={t('framework.filterPlaceholder')}
              value={query}
              onChange={(event) => changeQuery(event.currentTarget.value)}
              type="search"
            />
            <Switch
              label={t('framework.showRetired')}
              checked={showRetired}
              onChange={(event) => setShowRetired(event.currentTarget.checked)}
            />
            {areas.length === 0 ? (
              <Text c="dimmed">{t('framework.noMatch', { query })}</Text>
            ) : (
              <FrameworkTree
                areas={areas}
                expandedAreas={expandedAreas}
                onExpandedAreasChange={setExpandedAreas}
                collapsedSubAreas={collapsedSubAreas}
                onToggleSubArea={toggleSubArea}
                selectedId={selectedId}
                onSelect={setSelectedId}
                onAdd={openAdd}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {selected ? (
            <IndicatorDetail
              indicator={selected.indicator}
              subArea={selected.subArea}
              scale={framework.scales.find((scale) => scale.id === selected.indicator.scale)}
              calendar={calendar}
              onEdit={() => setFormTarget({ mode: 'edit', indicator: selected.indicator })}
              onToggleRetired={() => setRetireTarget(selected.indicator)}
            />
          ) : (
            <Card withBorder padding="lg">
              <Text c="dimmed">{t('framework.chooseIndicator')}</Text>
            </Card>
          )}
        </Grid.Col>
      </Grid>
      <IndicatorFormModal
        target={formTarget}
        scales={framework.scales}
        onClose={() => setFormTarget(null)}
        onSaved={(indicator, mode) => {
          setFormTarget(null);
          reveal(indicator);
          setAnnouncement(t(mode === 'add' ? 'framework.added' : 'framework.updated', { code: indicator.code }));
        }}
      />
      <RetireIndicatorModal
        indicator={retireTarget}
        onClose={() => setRetireTarget(null)}
        onDone={(indicator) => {
          setRetireTarget(null);
          setAnnouncement(
            t(indicator.retired ? 'framework.retiredDone' : 'framework.restoredDone', { code: indicator.code }),
          );
        }}
      />
    </Stack>
  );
}
