import { Alert, Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { ProjectIndicator, Scale } from '../../../../shared/framework';
import { EVIDENCE_TYPE_LABELS, INDICATOR_SCOPE_LABELS } from '../../../../shared/reference/vocabulary';
import { formatDateTime } from '../../lib/format';
import { RatingsSection } from '../ratings/RatingsSection';
import { BilingualText } from './BilingualText';
import classes from './Framework.module.css';
import { localized, useUiLanguage, type Bilingual } from './language';
import { ScaleTable } from './ScaleTable';
import { ReadOnlyBadge, useReadOnly } from '../review/read-only';

interface IndicatorDetailProps {
  indicator: ProjectIndicator;
  subArea: { code: string; name: Bilingual };
  scale: Scale | undefined;
  calendar: Calendar;
  onEdit: () => void;
  onToggleRetired: () => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={4} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Everything about one indicator an assessor needs before rating it, and its edit / retire actions. */
export function IndicatorDetail({
  indicator,
  subArea,
  scale,
  calendar,
  onEdit,
  onToggleRetired,
}: IndicatorDetailProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const headingId = `indicator-${indicator.id}-heading`;
  const hasRubric = indicator.rubric !== null && indicator.rubric.length > 0;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} className={classes.detail}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Stack gap={4} style={{ flex: 1, minWidth: 220 }}>
            <Text size="sm" c="dimmed">
              {t('framework.detail.subArea', { code: subArea.code })} · {localized(subArea.name, language)}
            </Text>
            <Title order={3} size="h3" id={headingId}>
              {t('framework.detail.heading', { code: indicator.code })}
            </Title>
            <Group gap="xs">
              <Badge
                variant="light"
                color={indicator.origin === 'project' ? 'grape' : 'gray'}
                tt="none"
                size="lg"
                fw={500}
              >
                {indicator.origin === 'project'
                  ? t('framework.detail.originProject')
                  : t('framework.detail.originTemplate')}
              </Badge>
              {indicator.retired && (
                <Badge variant="filled" color="gray" tt="none" size="lg" fw={500}>
                  {t('framework.detail.retired')}
                </Badge>
              )}
            </Group>
          </Stack>
          {readOnly ? (
            <ReadOnlyBadge />
          ) : (
            <Group gap="xs">
              <Button variant="default" onClick={onEdit}>
                {t('framework.detail.edit')}
              </Button>
              <Button variant="light" color={indicator.retired ? 'teal' : 'red'} onClick={onToggleRetired}>
                {indicator.retired ? t('framework.detail.restore') : t('framework.detail.retire')}
              </Button>
            </Group>
          )}
        </Group>
        {indicator.retired && (
          <Alert color="gray" variant="light">
            {t('framework.detail.retiredNote')}
          </Alert>
        )}
        <Section title={t('framework.detail.text')}>
          <BilingualText text={indicator.text} />
        </Section>
        <Section title={t('framework.detail.guidance')}>
          {indicator.guidance.en.trim() === '' && indicator.guidance.th.trim() === '' ? (
            <Text size="sm" c="dimmed">
              {t('framework.detail.noGuidance')}
            </Text>
          ) : (
            <BilingualText text={indicator.guidance} size="sm" />
          )}
        </Section>
        <Section title={t('framework.detail.scale')}>
          <Text size="sm" fw={600}>
            {scale ? localized(scale.name, language) : indicator.scale}
          </Text>
          {hasRubric && (
            <Text size="sm" c="dimmed">
              {t('framework.detail.rubricNote')}
            </Text>
          )}
          {scale && <ScaleTable scale={scale} rubric={indicator.rubric} />}
        </Section>
        <Group gap="xl" align="flex-start" wrap="wrap">
          <Section title={t('framework.detail.expectedEvidence')}>
            {indicator.expectedEvidence.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('framework.detail.noEvidence')}
              </Text>
            ) : (
              <Group gap={6}>
                {indicator.expectedEvidence.map((type) => (
                  <Badge key={type} variant="light" color="blue" tt="none" size="lg" fw={500}>
                    {EVIDENCE_TYPE_LABELS[type][language]}
                  </Badge>
                ))}
              </Group>
            )}
          </Section>
          <Section title={t('framework.detail.scope')}>
            <Group gap={6}>
              {indicator.scope.map((scope) => (
                <Badge key={scope} variant="outline" color="teal" tt="none" size="lg" fw={500}>
                  {INDICATOR_SCOPE_LABELS[scope][language]}
                </Badge>
              ))}
            </Group>
          </Section>
        </Group>
        <Divider />
        <RatingsSection key={indicator.id} indicator={indicator} scale={scale} calendar={calendar} />
        <Divider />
        <Text size="xs" c="dimmed">
          {t('framework.detail.updatedAt')}: {formatDateTime(indicator.updatedAt, { language, calendar })}
        </Text>
      </Stack>
    </Card>
  );
}
