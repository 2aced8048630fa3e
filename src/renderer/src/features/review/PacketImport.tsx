import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PacketImportResult } from '../../../../shared/review';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { importReviewPacket, invalidateReview } from './queries';

/**
 * In the project: a reviewer's packet comes in. What it brought is said at once; decisions held
 * back as conflicts stay listed in the Review tab until resolved.
 */
export function PacketImport() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<PacketImportResult | null>(null);

  const submit = async () => {
    setBusy(true);
    try {
      const answer = await importReviewPacket(passphrase);
      setError(null);
      if (answer.path !== null) {
        setResult(answer);
        setPassphrase('');
      }
      await invalidateReview(queryClient);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder padding="md" data-testid="packet-import">
      <Stack gap="sm">
        <Title order={4}>{t('review.packet.importHeading')}</Title>
        <Text size="sm" c="dimmed">
          {t('review.packet.importExplanation')}
        </Text>
        <PassphraseInput
          label={t('review.packet.passphrase')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
        />
        <ErrorAlert error={error} />
        {result && (
          <Alert color={result.conflicts.length > 0 ? 'yellow' : 'green'} variant="light" data-testid="packet-imported">
            {result.alreadyImported
              ? t('review.packet.alreadyImported')
              : t('review.packet.imported', {
                  comments: result.comments,
                  decisions: result.decisions,
                  conflicts: result.conflicts.length,
                })}
          </Alert>
        )}
        <Button
          onClick={() => void submit()}
          loading={busy}
          disabled={passphrase === ''}
          data-testid="packet-import-button"
        >
          {t('review.packet.import')}
        </Button>
      </Stack>
    </Card>
  );
}
