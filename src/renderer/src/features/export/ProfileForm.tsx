import { Group, NumberInput, SegmentedControl, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { SENSITIVITY_LEVELS, type Sensitivity } from '../../../../shared/evidence';
import { EXPORT_LANGUAGES, MARKINGS, type ExportProfile, type Marking } from '../../../../shared/export';
import { PlanDateField } from '../action-plan/PlanDateField';

interface ProfileFormProps {
  profile: ExportProfile;
  onChange: (profile: ExportProfile) => void;
  /** The project's calendar: the draft date is picked in it, whatever the document will print. */
  calendar: Calendar;
  markingLabelMissing: boolean;
}

/** Language, calendar, digits, marking, DRAFT watermark and redaction of one export. */
export function ProfileForm({ profile, onChange, calendar, markingLabelMissing }: ProfileFormProps) {
  const { t } = useTranslation();
  const set = <K extends keyof ExportProfile>(key: K, value: ExportProfile[K]) => onChange({ ...profile, [key]: value });
  const draft = profile.draft;

  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('exportDoc.profile.language')}
        </Text>
        <SegmentedControl
          aria-label={t('exportDoc.profile.language')}
          value={profile.language}
          onChange={(value) => set('language', value as ExportProfile['language'])}
          data={EXPORT_LANGUAGES.map((value) => ({ value, label: t(`exportDoc.profile.languages.${value}`) }))}
        />
      </Stack>
      <Group grow>
        <Select
          label={t('exportDoc.profile.calendar')}
          value={profile.calendar}
          onChange={(value) => value && set('calendar', value as ExportProfile['calendar'])}
          data={(['BE', 'CE'] as const).map((value) => ({ value, label: t(`exportDoc.profile.calendars.${value}`) }))}
          allowDeselect={false}
        />
        <Select
          label={t('exportDoc.profile.digits')}
          value={profile.digits}
          onChange={(value) => value && set('digits', value as ExportProfile['digits'])}
          data={(['arabic', 'thai'] as const).map((value) => ({ value, label: t(`exportDoc.profile.digitOptions.${value}`) }))}
          allowDeselect={false}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('exportDoc.profile.marking')}
          value={profile.marking}
          onChange={(value) => value && set('marking', value as Marking)}
          data={MARKINGS.map((value) => ({ value, label: t(`exportDoc.profile.markings.${value}`) }))}
          allowDeselect={false}
        />
        {profile.marking === 'custom' && (
          <TextInput
            label={t('exportDoc.profile.markingLabel')}
            value={profile.markingLabel}
            maxLength={80}
            required
            error={markingLabelMissing ? t('exportDoc.profile.markingLabelMissing') : undefined}
            onChange={(event) => set('markingLabel', event.currentTarget.value)}
          />
        )}
      </Group>
      <Switch
        label={t('exportDoc.profile.draft')}
        checked={draft.enabled}
        onChange={(event) => set('draft', { ...draft, enabled: event.currentTarget.checked })}
      />
      {draft.enabled && (
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('exportDoc.profile.draftVersion')}
            value={draft.version}
            maxLength={20}
            w={120}
            onChange={(event) => set('draft', { ...draft, version: event.currentTarget.value })}
          />
          <PlanDateField
            label={t('exportDoc.profile.draftDate')}
            value={draft.date}
            calendar={calendar}
            onChange={(date) => set('draft', { ...draft, date })}
          />
        </Group>
      )}
      <Group grow align="flex-start">
        <Select
          label={t('exportDoc.profile.maxSensitivity')}
          value={profile.maxSensitivity}
          onChange={(value) => value && set('maxSensitivity', value as Sensitivity)}
          data={SENSITIVITY_LEVELS.map((value) => ({ value, label: t(`exportDoc.profile.sensitivities.${value}`) }))}
          allowDeselect={false}
        />
        <NumberInput
          label={t('exportDoc.profile.minCellSize')}
          description={t('exportDoc.profile.minCellSizeHint', { n: profile.minCellSize })}
          value={profile.minCellSize}
          min={2}
          max={20}
          clampBehavior="strict"
          allowDecimal={false}
          onChange={(value) => typeof value === 'number' && set('minCellSize', value)}
        />
      </Group>
    </Stack>
  );
}
