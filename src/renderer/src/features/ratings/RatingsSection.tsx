import { Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../shared/analysis';
import type { Calendar } from '../../../../shared/dates';
import type { ProjectIndicator, Scale } from '../../../../shared/framework';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlusIcon } from '../framework/icons';
import { localized, useUiLanguage } from '../framework/language';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { useDeleteRating, useIndicatorRatings } from './queries';
import { groupRatingsByScope } from './rating-form';
import { RatingCard } from './RatingCard';
import { RatingForm, type RatingFormTarget } from './RatingForm';
import { ReadOnlyHint, useReadOnly } from '../review/read-only';

interface RatingsSectionProps {
  indicator: ProjectIndicator;
  scale: Scale | undefined;
  calendar: Calendar;
}

/** Wide enough for the level cards with both descriptors beside each value. */
const FORM_WIDTH = 980;

/**
 * The ratings of one indicator, shown in its detail in the Framework tab: one group per scope
 * the indicator allows (national, agencies, crossing points), each with its "Rate" button;
 * edit and delete (with a confirmation) on each rating. A retired indicator keeps its ratings
 * but gets no new one.
 */
export function RatingsSection({ indicator, scale, calendar }: RatingsSectionProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const ratings = useIndicatorRatings(indicator.id);
  const remove = useDeleteRating();
  const [target, setTarget] = useState<RatingFormTarget | null>(null);
  const [deleting, setDeleting] = useState<Rating | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingId = `ratings-${indicator.id}-heading`;
  const list = ratings.data ?? [];
  const groups = groupRatingsByScope(list, indicator.scope, language);
  const scopeOf = (rating: Rating) => rating.scopeLabel[language] || rating.scopeLabel.en;

  const formTitle =
    target?.mode === 'edit'
      ? t('ratings.form.editHeading', { code: indicator.code, scope: scopeOf(target.rating) })
      : t('ratings.form.newHeading', { code: indicator.code });

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} data-testid="ratings-section">
      <Stack gap={2}>
        <Title order={4} size="h5" id={headingId}>
          {t('ratings.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {indicator.retired ? t('ratings.retiredNote') : t('ratings.explanation')}
        </Text>
        <ReadOnlyHint />
      </Stack>
      {/* A live region without the status role: the Framework tab has its own status line. */}
      <Text aria-live="polite" size="sm" c="teal.8" fw={500} data-testid="ratings-announcement">
        {announcement}
      </Text>
      {ratings.isPending && <Loader size="sm" aria-label={t('ratings.loading')} />}
      <ErrorAlert error={ratings.error} />
      {ratings.isSuccess &&
        groups.map((group) => {
          const nationalDone = group.type === 'national' && group.ratings.length > 0;
          const canRate = !readOnly && group.allowed && !indicator.retired && !nationalDone && scale !== undefined;
          return (
            <Stack key={group.type} gap={6} data-scope-type={group.type}>
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={600}>
                  {t(`ratings.scopeGroups.${group.type}`)}
                  {!group.allowed && ` · ${t('ratings.scopeNotAllowed')}`}
                </Text>
                {canRate && (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<PlusIcon />}
                    onClick={() => setTarget({ mode: 'new', scopeType: group.type })}
                  >
                    {t(`ratings.rate.${group.type}`)}
                  </Button>
                )}
              </Group>
              {group.ratings.length === 0 ? (
                <Text size="sm" c="dimmed" fs="italic">
                  {t('ratings.notRated')}
                </Text>
              ) : (
                group.ratings.map((rating) => (
                  <RatingCard
                    key={rating.id}
                    rating={rating}
                    calendar={calendar}
                    onEdit={() => setTarget({ mode: 'edit', rating })}
                    onDelete={() => {
                      remove.reset();
                      setDeleting(rating);
                    }}
                  />
                ))
              )}
            </Stack>
          );
        })}
      <Modal
        opened={target !== null && scale !== undefined}
        onClose={() => setTarget(null)}
        title={formTitle}
        size={FORM_WIDTH}
        closeOnClickOutside={false}
      >
        {target && scale && (
          <Stack gap="md">
            <Text size="sm" c="dimmed" lineClamp={3}>
              {indicator.code} · {localized(indicator.text, language)}
            </Text>
            <RatingForm
              indicator={indicator}
              scale={scale}
              target={target}
              existing={list}
              calendar={calendar}
              onCancel={() => setTarget(null)}
              onSaved={(rating) => {
                setTarget(null);
                setAnnouncement(
                  t('ratings.saved', {
                    code: indicator.code,
                    scope: scopeOf(rating),
                    value: rating.value,
                    label: localized(rating.valueLabel, language),
                  }),
                );
              }}
            />
          </Stack>
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('ratings.deleteHeading', { code: indicator.code, scope: deleting ? scopeOf(deleting) : '' })}
        explanation={t('ratings.deleteExplanation')}
        confirmLabel={t('ratings.deleteConfirm')}
        onCancel={() => setDeleting(null)}
        loading={remove.isPending}
        onConfirm={() => {
          if (!deleting) return;
          const scope = scopeOf(deleting);
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              setAnnouncement(t('ratings.deleted', { code: indicator.code, scope }));
            },
          });
        }}
      >
        <ErrorAlert error={remove.error} />
      </ConfirmModal>
    </Stack>
  );
}
