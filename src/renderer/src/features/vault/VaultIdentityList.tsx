import { Button, Card, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultEntry, VaultStatus, VaultSubject } from '../../../../shared/vault';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { IdentityEditor } from './IdentityEditor';
import { refreshIdentities, useVaultIdentities, useVaultSubjects } from './queries';

type Editing = { subject: VaultSubject; entry: VaultEntry | null } | null;

/** The unlocked vault's identities by subject code: add, edit, remove. */
export function VaultIdentityList({ status }: { status: VaultStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const identities = useVaultIdentities(status);
  const subjects = useVaultSubjects(true);
  const [editing, setEditing] = useState<Editing>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [removing, setRemoving] = useState<VaultEntry | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(bmma().vault.remove({ id })),
    onSuccess: () => {
      setRemoving(null);
      refreshIdentities(queryClient);
    },
  });

  const entries = identities.data ?? [];
  const taken = new Set(entries.map((entry) => `${entry.subjectKind}:${entry.subjectId}`));
  const free = (subjects.data ?? []).filter((subject) => !taken.has(`${subject.kind}:${subject.id}`));
  const codeOf = (entry: VaultEntry) => entry.subjectCode ?? t('vault.identities.deletedSubject');
  const startAdding = (key: string | null) => {
    setAdding(key);
    const subject = free.find((s) => `${s.kind}:${s.id}` === key);
    if (subject) setEditing({ subject, entry: null });
  };

  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        {t('vault.identities.heading')}
      </Title>
      <ErrorAlert error={identities.error ?? subjects.error} />
      {editing ? (
        <Card withBorder padding="md" aria-label={t('vault.form.heading', { code: editing.subject.code })}>
          <Stack gap="sm">
            <Text fw={600}>{t('vault.form.heading', { code: editing.subject.code })}</Text>
            <IdentityEditor
              key={`${editing.subject.kind}:${editing.subject.id}`}
              subject={editing.subject}
              entry={editing.entry}
              onSaved={() => {
                setEditing(null);
                setAdding(null);
              }}
              onCancel={() => {
                setEditing(null);
                setAdding(null);
              }}
            />
          </Stack>
        </Card>
      ) : (
        <Select
          label={t('vault.identities.add')}
          placeholder={t('vault.form.subjectPlaceholder')}
          data={free.map((s) => ({
            value: `${s.kind}:${s.id}`,
            label: `${s.code} (${t(`vault.identities.kinds.${s.kind}`)})`,
          }))}
          value={adding}
          onChange={startAdding}
          searchable
          clearable
          nothingFoundMessage="—"
          maw={480}
          data-testid="vault-add-subject"
        />
      )}
      {identities.isSuccess && entries.length === 0 && <Text c="dimmed">{t('vault.identities.empty')}</Text>}
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="xs" data-testid="vault-identities">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vault.identities.subject')}</Table.Th>
                <Table.Th>{t('vault.fields.name')}</Table.Th>
                <Table.Th>{t('vault.fields.phone')}</Table.Th>
                <Table.Th>{t('vault.fields.idNumber')}</Table.Th>
                <Table.Th>{t('vault.fields.address')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id} data-subject-code={entry.subjectCode ?? ''}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {codeOf(entry)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`vault.identities.kinds.${entry.subjectKind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{entry.identity.name}</Table.Td>
                  <Table.Td>{entry.identity.phone}</Table.Td>
                  <Table.Td>{entry.identity.idNumber}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{entry.identity.address}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="light"
                        aria-label={t('vault.identities.editLabel', { code: codeOf(entry) })}
                        onClick={() =>
                          setEditing({
                            subject: { kind: entry.subjectKind, id: entry.subjectId, code: codeOf(entry) },
                            entry,
                          })
                        }
                      >
                        {t('vault.identities.edit')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="red"
                        aria-label={t('vault.identities.removeLabel', { code: codeOf(entry) })}
                        onClick={() => setRemoving(entry)}
                      >
                        {t('vault.identities.remove')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={removing ? t('vault.identities.removeHeading', { code: codeOf(removing) }) : ''}
      >
        <Stack gap="md">
          <Text size="sm">{t('vault.identities.removeExplanation')}</Text>
          <ErrorAlert error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('vault.form.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => removing && remove.mutate(removing.id)}>
              {t('vault.identities.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
