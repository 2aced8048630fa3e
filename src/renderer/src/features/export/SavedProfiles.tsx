import { ActionIcon, Button, Group, Modal, Select, Stack, TextInput, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportProfile } from '../../../../shared/export';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { useDeleteProfile, useExportProfiles, useSaveProfile } from './queries';
import { useReadOnly } from '../review/read-only';

interface SavedProfilesProps {
  profile: ExportProfile;
  canSave: boolean;
  onLoad: (profile: ExportProfile) => void;
}

/** Load a saved profile, save the current one under a name, or delete the one chosen. */
export function SavedProfiles({ profile, canSave, onLoad }: SavedProfilesProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const profiles = useExportProfiles();
  const save = useSaveProfile();
  const remove = useDeleteProfile();
  const [chosen, setChosen] = useState<string | null>(null);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState(false);
  const list = profiles.data ?? [];

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs">
        <Select
          label={t('exportDoc.saved.choose')}
          placeholder={list.length === 0 ? t('exportDoc.saved.none') : undefined}
          data={list.map((saved) => saved.name)}
          value={chosen}
          disabled={list.length === 0}
          onChange={(value) => {
            setChosen(value);
            const saved = list.find((p) => p.name === value);
            if (saved) onLoad(saved.profile);
          }}
          style={{ flex: 1 }}
        />
        {/* A review copy exports, but keeps no new profiles (issue 6): loading one still works. */}
        {!readOnly && (
          <Tooltip label={t('exportDoc.saved.delete')}>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('exportDoc.saved.delete')}
              disabled={chosen === null}
              onClick={() => setDeleting(true)}
            >
              ×
            </ActionIcon>
          </Tooltip>
        )}
        {!readOnly && (
          <Button
            variant="light"
            disabled={!canSave}
            onClick={() => {
              setName(chosen ?? '');
              save.reset();
              setNaming(true);
            }}
          >
            {t('exportDoc.saved.saveAs')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={profiles.error} />
      <Modal opened={naming} onClose={() => setNaming(false)} title={t('exportDoc.saved.saveAs')} centered>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(
              { name: name.trim(), profile },
              {
                onSuccess: () => {
                  setChosen(name.trim());
                  setNaming(false);
                },
              },
            );
          }}
        >
          <Stack gap="md">
            <TextInput label={t('exportDoc.saved.name')} value={name} maxLength={80} required data-autofocus onChange={(e) => setName(e.currentTarget.value)} />
            <ErrorAlert error={save.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                {t('exportDoc.saved.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={name.trim() === ''}>
                {t('exportDoc.saved.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmModal
        opened={deleting}
        title={t('exportDoc.saved.deleteHeading', { name: chosen ?? '' })}
        explanation={t('exportDoc.saved.deleteExplanation')}
        confirmLabel={t('exportDoc.saved.deleteConfirm')}
        onCancel={() => setDeleting(false)}
        onConfirm={() =>
          chosen &&
          remove.mutate(chosen, {
            onSuccess: () => {
              setChosen(null);
              setDeleting(false);
            },
          })
        }
        loading={remove.isPending}
      >
        <ErrorAlert error={remove.error} />
      </ConfirmModal>
    </Stack>
  );
}
