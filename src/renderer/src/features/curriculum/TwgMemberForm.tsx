import { Alert, Button, Group, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEXES, TWG_ROLES, type TwgMember } from '../../../../shared/curriculum';
import type { Calendar } from '../../../../shared/dates';
import type { ChannelInput } from '../../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BmmaError } from '../../lib/bmma';
import { PlanDateField } from '../action-plan/PlanDateField';
import { useUiLanguage } from '../framework/language';
import { useAgencies } from '../reference/queries';
import { agencyOptions } from './options';
import { createTwgMember, deleteTwgMember, updateTwgMember } from './queries';
import { ReadOnlyFieldset, ReadOnlyHint, useReadOnly } from '../review/read-only';

type Draft = Omit<ChannelInput<'twg.create'>, 'agencyCode'> & { agencyCode: string | null };

const EMPTY: Draft = {
  agencyCode: null,
  role: 'member',
  positionTitle: { en: '', th: '' },
  sex: 'female',
  fromDate: null,
  toDate: null,
  active: true,
};

/** Adds or edits one TWG seat: agency, role, post (never a name), sex, dates and whether current. */
export function TwgMemberForm({
  member,
  calendar,
  onDone,
}: {
  member: TwgMember | null;
  calendar: Calendar;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const agencies = useAgencies();
  const [draft, setDraft] = useState<Draft>(member ?? EMPTY);
  const [failure, setFailure] = useState<unknown>(null);
  const [agencyError, setAgencyError] = useState<string | undefined>();
  const [dateError, setDateError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const save = async () => {
    setFailure(null);
    setDateError(undefined);
    if (draft.agencyCode === null) {
      setAgencyError(t('curriculum.editor.required'));
      return;
    }
    setAgencyError(undefined);
    const fields = {
      agencyCode: draft.agencyCode,
      role: draft.role,
      positionTitle: draft.positionTitle,
      sex: draft.sex,
      fromDate: draft.fromDate,
      toDate: draft.toDate,
      active: draft.active,
    };
    try {
      if (member) await updateTwgMember({ id: member.id, expectedUpdatedAt: member.updatedAt, ...fields });
      else await createTwgMember(fields);
      onDone(t('curriculum.twg.saved'));
    } catch (error) {
      if (error instanceof BmmaError && error.code === 'DATE_ORDER') setDateError(t('errors.DATE_ORDER'));
      else setFailure(error);
    }
  };

  const remove = async () => {
    if (!member) return;
    try {
      await deleteTwgMember(member.id);
      onDone(t('curriculum.twg.deleted'));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Stack gap="sm" data-testid="twg-form">
      <ReadOnlyHint />
      <ReadOnlyFieldset>
        <Stack gap="sm">
          <Select
            label={t('curriculum.twg.agency')}
            required
            searchable
            data={agencyOptions(agencies.data ?? [], language)}
            value={draft.agencyCode}
            error={agencyError}
            onChange={(agencyCode) => set({ agencyCode })}
          />
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label={t('curriculum.twg.role')}
              allowDeselect={false}
              data={TWG_ROLES.map((role) => ({ value: role, label: t(`curriculum.twg.roles.${role}`) }))}
              value={draft.role}
              onChange={(role) => role && set({ role: role as Draft['role'] })}
            />
            <Select
              label={t('curriculum.twg.sex')}
              allowDeselect={false}
              data={SEXES.map((sex) => ({ value: sex, label: t(`curriculum.twg.sexes.${sex}`) }))}
              value={draft.sex}
              onChange={(sex) => sex && set({ sex: sex as Draft['sex'] })}
            />
            <TextInput
              label={t('curriculum.twg.positionEn')}
              value={draft.positionTitle.en}
              onChange={(event) => set({ positionTitle: { ...draft.positionTitle, en: event.currentTarget.value } })}
            />
            <TextInput
              label={t('curriculum.twg.positionTh')}
              lang="th"
              value={draft.positionTitle.th}
              onChange={(event) => set({ positionTitle: { ...draft.positionTitle, th: event.currentTarget.value } })}
            />
          </SimpleGrid>
          <PlanDateField
            label={t('curriculum.twg.from')}
            calendar={calendar}
            value={draft.fromDate}
            onChange={(fromDate) => set({ fromDate })}
          />
          <PlanDateField
            label={t('curriculum.twg.to')}
            calendar={calendar}
            value={draft.toDate}
            error={dateError}
            onChange={(toDate) => set({ toDate })}
          />
          <Switch
            label={t('curriculum.twg.active')}
            checked={draft.active}
            onChange={(event) => set({ active: event.currentTarget.checked })}
          />
        </Stack>
      </ReadOnlyFieldset>
      <ErrorAlert error={failure} />
      {confirming && (
        <Alert color="red" variant="light">
          <Stack gap="xs">
            {t('curriculum.twg.confirmDelete')}
            <Group>
              <Button color="red" size="xs" onClick={() => void remove()}>
                {t('curriculum.twg.delete')}
              </Button>
              <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
                {t('curriculum.editor.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {!readOnly && (
        <Group justify="space-between">
          <Button onClick={() => void save()}>{t('curriculum.twg.save')}</Button>
          {member && !confirming && (
            <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
              {t('curriculum.twg.delete')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
