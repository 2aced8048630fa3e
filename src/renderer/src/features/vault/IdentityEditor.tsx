import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  VAULT_IDENTITY_FIELDS,
  type VaultEntry,
  type VaultIdentity,
  type VaultSubjectKind,
} from '../../../../shared/vault';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { refreshIdentities } from './queries';

interface IdentityEditorProps {
  subject: { kind: VaultSubjectKind; id: string };
  /** The record as read from the vault, or null for a new one. */
  entry: VaultEntry | null;
  onSaved?: (entry: VaultEntry) => void;
  onCancel?: () => void;
}

const EMPTY: VaultIdentity = { name: '', phone: '', idNumber: '', address: '' };

/**
 * The four identity fields of one subject. Not a <form>: it also sits inside the interview
 * editor's form. Saving seals the record in the main process; nothing here is autosaved.
 */
export function IdentityEditor({ subject, entry, onSaved, onCancel }: IdentityEditorProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [identity, setIdentity] = useState<VaultIdentity>(entry?.identity ?? EMPTY);
  const [saved, setSaved] = useState(false);
  const empty = VAULT_IDENTITY_FIELDS.every((field) => identity[field].trim() === '');
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        bmma().vault.save({
          ...(entry ? { id: entry.id, expectedUpdatedAt: entry.updatedAt } : {}),
          subjectKind: subject.kind,
          subjectId: subject.id,
          identity,
        }),
      ),
    onSuccess: (result) => {
      setSaved(true);
      refreshIdentities(queryClient);
      onSaved?.(result);
    },
  });
  const set = (field: keyof VaultIdentity, value: string) => {
    setSaved(false);
    setIdentity((current) => ({ ...current, [field]: value }));
  };
  return (
    <Stack gap="sm" data-testid="vault-identity-editor">
      <ErrorAlert error={save.error} />
      {/* Identities are never spell-checked or autocompleted: the OS must not learn them. */}
      <TextInput
        label={t('vault.fields.name')}
        value={identity.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        maxLength={300}
      />
      <TextInput
        label={t('vault.fields.phone')}
        value={identity.phone}
        onChange={(e) => set('phone', e.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
      />
      <TextInput
        label={t('vault.fields.idNumber')}
        value={identity.idNumber}
        onChange={(e) => set('idNumber', e.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
      />
      <Textarea
        label={t('vault.fields.address')}
        value={identity.address}
        onChange={(e) => set('address', e.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        maxLength={2000}
        autosize
        minRows={2}
      />
      <Group gap="sm">
        <Button type="button" onClick={() => save.mutate()} loading={save.isPending} disabled={empty}>
          {t('vault.form.save')}
        </Button>
        {onCancel && (
          <Button type="button" variant="default" onClick={onCancel}>
            {t('vault.form.cancel')}
          </Button>
        )}
        <Text role="status" size="sm" c="teal.8">
          {saved ? `✓ ${t('vault.form.saved')}` : empty ? t('vault.form.empty') : ''}
        </Text>
      </Group>
    </Stack>
  );
}
