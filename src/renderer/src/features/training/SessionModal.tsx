import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TotEvent, TotSession } from '../../../../shared/tot';
import { bmma, unwrap } from '../../lib/bmma';
import { useCurriculum } from '../curriculum/queries';
import { localized, useUiLanguage } from '../framework/language';
import { useTotWrite } from './queries';
import { TotError } from './TotError';

type Fields = Pick<TotSession, 'day' | 'startTime' | 'endTime' | 'title' | 'module' | 'moduleId' | 'facilitator' | 'method'>;

const blank: Fields = {
  day: 1,
  startTime: '09:00',
  endTime: '10:00',
  title: { en: '', th: '' },
  module: '',
  moduleId: null,
  facilitator: '',
  method: '',
};

/**
 * The editable fields of a saved session, and only those (the save refuses unknown keys). A link
 * to a module deleted since is dropped: saving it again would be refused as LINK_TARGET_MISSING.
 */
function fieldsOf(session: TotSession): Fields {
  const { day, startTime, endTime, title, module, facilitator, method } = session;
  return { day, startTime, endTime, title, module, facilitator, method, moduleId: session.moduleCode === null ? null : session.moduleId };
}

/** Adds or edits one session; the agenda checks run in main and a refusal stays in the form. */
export function SessionModal({ event, session, onClose }: { event: TotEvent; session: TotSession | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const curriculum = useCurriculum();
  const [fields, setFields] = useState<Fields>(session ? fieldsOf(session) : blank);
  const modules = (curriculum.data?.modules ?? []).map((m) => ({ value: m.id, label: `${m.code} — ${localized(m.title, language)}` }));
  const set = (patch: Partial<Fields>) => setFields((current) => ({ ...current, ...patch }));
  const save = useTotWrite((input: Fields) =>
    unwrap(
      bmma().tot.saveSession({
        eventId: event.id,
        ...(session ? { id: session.id, expectedUpdatedAt: session.updatedAt } : {}),
        ...input,
      }),
    ),
  );
  const remove = useTotWrite((id: string) => unwrap(bmma().tot.deleteSession({ id })));
  const days = Array.from({ length: Math.max(event.days, fields.day) }, (_, index) => String(index + 1));

  return (
    <Modal opened onClose={onClose} title={session ? t('training.agenda.editSession') : t('training.agenda.addSession')} size="lg">
      <Stack gap="sm">
        <SimpleGrid cols={3}>
          <Select
            label={t('training.agenda.dayLabel')}
            data={days}
            value={String(fields.day)}
            onChange={(value) => set({ day: Number(value ?? 1) })}
            allowDeselect={false}
          />
          <TextInput label={t('training.agenda.startTime')} type="time" value={fields.startTime} onChange={(e) => set({ startTime: e.currentTarget.value })} />
          <TextInput label={t('training.agenda.endTime')} type="time" value={fields.endTime} onChange={(e) => set({ endTime: e.currentTarget.value })} />
        </SimpleGrid>
        <TextInput
          label={t('training.agenda.titleEn')}
          value={fields.title.en}
          onChange={(e) => set({ title: { ...fields.title, en: e.currentTarget.value } })}
        />
        <TextInput
          label={t('training.agenda.titleTh')}
          value={fields.title.th}
          onChange={(e) => set({ title: { ...fields.title, th: e.currentTarget.value } })}
        />
        <SimpleGrid cols={3}>
          <Select
            label={t('training.agenda.curriculumModule')}
            placeholder={t('training.agenda.noModule')}
            data={modules}
            value={fields.moduleId}
            onChange={(value) => set({ moduleId: value })}
            searchable
            clearable
            nothingFoundMessage={t('training.agenda.noModules')}
          />
          <TextInput
            label={t('training.agenda.module')}
            description={t('training.agenda.moduleTextHint')}
            value={fields.module}
            onChange={(e) => set({ module: e.currentTarget.value })}
          />
          <TextInput label={t('training.agenda.method')} value={fields.method} onChange={(e) => set({ method: e.currentTarget.value })} />
        </SimpleGrid>
        <TextInput
          label={t('training.agenda.facilitator')}
          value={fields.facilitator}
          onChange={(e) => set({ facilitator: e.currentTarget.value })}
        />
        <TotError error={save.error ?? remove.error} />
        <Group justify="space-between">
          {session ? (
            <Button color="red" variant="subtle" onClick={() => remove.mutate(session.id, { onSuccess: onClose })}>
              {t('training.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('training.cancel')}
            </Button>
            <Button onClick={() => save.mutate(fields, { onSuccess: onClose })} loading={save.isPending}>
              {t('training.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
