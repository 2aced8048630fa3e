import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { exportReviewPacket } from './queries';

const MIN_LENGTH = 12;

/**
 * In a review copy: the reviewer's comments and decisions leave as an encrypted packet. The
 * passphrase is chosen here, typed twice, and travels to the assessor separately from the file.
 */
export function PacketExport() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ path: string; comments: number; decisions: number } | null>(null);
  const tooShort = [...passphrase].length < MIN_LENGTH;
  const mismatch = confirm !== '' && confirm !== passphrase;

  const submit = async () => {
    setBusy(true);
    try {
      const result = await exportReviewPacket(passphrase);
      setError(null);
      if (result.path !== null) {
        setDone({ path: result.path, comments: result.comments, decisions: result.decisions });
        setPassphrase('');
        setConfirm('');
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder padding="md" data-testid="packet-export">
      <Stack gap="sm">
        <Title order={4}>{t('review.packet.exportHeading')}</Title>
        <Text size="sm" c="dimmed">
          {t('review.packet.exportExplanation')}
        </Text>
        <PassphraseInput
          label={t('review.packet.newPassphrase')}
          description={t('review.packet.newPassphraseHint', { min: MIN_LENGTH })}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          strengthOf={passphrase}
        />
        <PassphraseInput
          label={t('review.packet.confirm')}
          value={confirm}
          onChange={(event) => setConfirm(event.currentTarget.value)}
          error={mismatch ? t('review.packet.mismatch') : undefined}
        />
        <ErrorAlert error={error} />
        {done && (
          <Alert color="green" variant="light" data-testid="packet-exported">
            {t('review.packet.exported', { path: done.path, comments: done.comments, decisions: done.decisions })}
          </Alert>
        )}
        <Button
          onClick={() => void submit()}
          loading={busy}
          disabled={tooShort || confirm !== passphrase}
          data-testid="packet-export-button"
        >
          {t('review.packet.export')}
        </Button>
      </Stack>
    </Card>
  );
}
