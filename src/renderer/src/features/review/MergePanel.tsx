import { Alert, Button, Card, Group, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeConflict } from '../../../../shared/merge';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { bmma, unwrap } from '../../lib/bmma';
import { currentLanguage } from '../../lib/i18n';
import { useProjectInfo } from '../../lib/queries';
import { fieldLabel, fieldValue, recordKind } from './merge-labels';

/**
 * "Import another assessor's project" (issue 6): the other file is chosen in the open dialog
 * and merged with its passphrase; what came in is said at once, and the fields both assessors
 * changed differently are listed side by side, each with "keep this file's" / "take theirs".
 */

const mergeKeys = { conflicts: ['merge', 'conflicts'] as const };

interface ImportResult {
  added: number;
  updated: number;
  conflicts: number;
}

function ConflictRow({ conflict, onResolved }: { conflict: MergeConflict; onResolved: () => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'keep' | 'take' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const resolve = async (choice: 'keep' | 'take') => {
    setBusy(choice);
    try {
      await unwrap(bmma().merge.resolve({ id: conflict.id, choice }));
      setError(null);
      await onResolved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  const language = currentLanguage();
  const calendar = useProjectInfo().data?.calendar ?? 'BE';
  const shown = (value: string) => fieldValue(t, conflict, value, { language, calendar });
  // Long text (notes, statements) is clipped to a few lines, with a way to read all of it.
  const cell = (value: string, side: 'ours' | 'theirs') => (
    <Table.Td data-testid={`merge-${side}`} style={{ whiteSpace: 'pre-wrap', maxWidth: 360 }}>
      <Spoiler maxHeight={96} showLabel={t('review.merge.showAll')} hideLabel={t('review.merge.showLess')}>
        {shown(value)}
      </Spoiler>
    </Table.Td>
  );
  return (
    <Table.Tr data-testid="merge-conflict" data-field={conflict.field}>
      {/* A code such as F-C4-01 is read whole: never broken at its hyphens. */}
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" data-testid="merge-record" title={conflict.recordId}>
          {recordKind(t, conflict.recordTable, language)} {conflict.recordCode ?? ''}
        </Text>
      </Table.Td>
      <Table.Td data-testid="merge-field">{fieldLabel(t, conflict.table, conflict.field)}</Table.Td>
      {cell(conflict.intoValue, 'ours')}
      {cell(conflict.fromValue, 'theirs')}
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" loading={busy === 'keep'} onClick={() => void resolve('keep')} data-testid="merge-keep">
            {t('review.merge.keep')}
          </Button>
          <Button size="xs" loading={busy === 'take'} onClick={() => void resolve('take')} data-testid="merge-take">
            {t('review.merge.take')}
          </Button>
        </Group>
        <ErrorAlert error={error} />
      </Table.Td>
    </Table.Tr>
  );
}

export function MergePanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const conflicts = useQuery({ queryKey: mergeKeys.conflicts, queryFn: () => unwrap(bmma().merge.conflicts()) });

  // A merge or a resolution may change any record: every cached screen is read again.
  const refresh = () => queryClient.invalidateQueries();

  const submit = async () => {
    setBusy(true);
    try {
      const answer = await unwrap(bmma().merge.import({ passphrase }));
      setError(null);
      if (answer.path !== null) {
        setResult(answer);
        setPassphrase('');
      }
      await refresh();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const list = conflicts.data?.conflicts ?? [];
  const nothingNew = result !== null && result.added + result.updated + result.conflicts === 0;

  return (
    <Card withBorder padding="md" data-testid="merge-panel">
      <Stack gap="sm">
        <Title order={4}>{t('review.merge.heading')}</Title>
        <Text size="sm" c="dimmed">
          {t('review.merge.explanation')}
        </Text>
        <PassphraseInput
          label={t('review.merge.passphrase')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
        />
        <ErrorAlert error={error ?? conflicts.error} />
        {result && (
          // Yellow only while conflicts still wait: once they are resolved the import is done.
          <Alert color={result.conflicts > 0 && list.length > 0 ? 'yellow' : 'green'} variant="light" data-testid="merge-imported">
            {nothingNew ? t('review.merge.nothingNew') : t('review.merge.imported', { ...result })}
          </Alert>
        )}
        <Button onClick={() => void submit()} loading={busy} disabled={passphrase === ''} data-testid="merge-import-button">
          {t('review.merge.import')}
        </Button>
        <Title order={5}>{t('review.merge.conflictsHeading', { count: list.length })}</Title>
        {list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('review.merge.noConflicts')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="merge-conflicts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('review.merge.record')}</Table.Th>
                  <Table.Th>{t('review.merge.field')}</Table.Th>
                  <Table.Th>{t('review.merge.ours')}</Table.Th>
                  <Table.Th>{t('review.merge.theirs')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((conflict) => (
                  <ConflictRow key={conflict.id} conflict={conflict} onResolved={refresh} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
