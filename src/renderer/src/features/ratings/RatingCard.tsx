import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../shared/analysis';
import type { Calendar } from '../../../../shared/dates';
import { EvidenceChip } from '../evidence-picker/EvidenceChip';
import { evidenceKey, fromEvidenceLinks } from '../evidence-picker/evidence-options';
import { useOpenEvidence } from '../evidence-picker/useOpenEvidence';
import { localized, useUiLanguage } from '../framework/language';
import { formatDay } from '../interviews/format';
import { valueColour } from './value-colour';
import { useReadOnly } from '../review/read-only';

const STATE_COLOURS: Record<Rating['state'], string> = {
  draft: 'gray',
  peer_reviewed: 'blue',
  validated: 'teal',
};

interface RatingCardProps {
  rating: Rating;
  calendar: Calendar;
  onEdit: () => void;
  onDelete: () => void;
}

/** One rating: scope, value on the scale, state, confidence, date, assessor, justification and evidence. */
export function RatingCard({ rating, calendar, onEdit, onDelete }: RatingCardProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const openEvidence = useOpenEvidence();
  const scope = rating.scopeLabel[language] || rating.scopeLabel.en;
  const justification = localized(rating.justification, language);
  const evidence = fromEvidenceLinks(rating.evidence);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-label={t('ratings.card', { scope })}
      data-testid="rating-card"
      data-scope={rating.scope.code ?? 'national'}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={600} size="sm" style={{ minWidth: 0 }}>
            {scope}
          </Text>
          {/* Nothing to change in a review copy (issue 6). */}
          {!readOnly && (
            <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
              <Button size="xs" variant="default" onClick={onEdit} aria-label={t('ratings.editLabel', { scope })}>
                {t('ratings.edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={onDelete}
                aria-label={t('ratings.deleteLabel', { scope })}
              >
                {t('ratings.delete')}
              </Button>
            </Group>
          )}
        </Group>
        <Group gap="xs" wrap="wrap">
          <Badge
            size="lg"
            variant="filled"
            color={valueColour(rating.value, rating.scaleMax)}
            tt="none"
            fw={600}
            data-testid="rating-value"
          >
            {t('ratings.value', {
              value: rating.value,
              max: rating.scaleMax,
              label: localized(rating.valueLabel, language),
            })}
          </Badge>
          <Badge variant="light" color={STATE_COLOURS[rating.state]} tt="none" fw={500}>
            {t(`ratings.states.${rating.state}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {[
            t('ratings.confidenceShown', { level: t(`ratings.confidence.${rating.confidence}`) }),
            formatDay(rating.ratedOn, { language, calendar }),
            rating.assessor ? t('ratings.assessorShown', { assessor: rating.assessor }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {justification.trim() !== '' && (
          <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }}>
            {justification}
          </Text>
        )}
        {evidence.length === 0 ? (
          <Text size="xs" c="orange.9">
            {t('ratings.noEvidence')}
          </Text>
        ) : (
          <Group component="ul" gap={6} m={0} p={0} aria-label={t('ratings.evidenceList', { scope })}>
            {evidence.map((item) => (
              <EvidenceChip key={evidenceKey(item)} item={item} onOpen={() => openEvidence(item)} />
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
