import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/messages';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { useVerifyAudit, verificationFacts, type VerificationFacts } from './audit-queries';

function useVerificationMessage(): (facts: VerificationFacts) => string {
  const { t } = useTranslation();
  return (f) => {
    switch (f.kind) {
      case 'ok':
        return t('auditTrail.verify.ok', { count: f.count });
      case 'edited':
        return t('auditTrail.verify.edited', { position: f.position, total: f.total, seq: f.seq });
      case 'deleted':
        return t('auditTrail.verify.deleted', { position: f.position, total: f.total, seq: f.seq, missing: f.missing });
      case 'truncated':
        return t('auditTrail.verify.truncated', { missing: f.missing, total: f.total, expected: f.expected });
      case 'headMismatch':
        return t('auditTrail.verify.headMismatch');
      default:
        return t('auditTrail.verify.reordered', { position: f.position, total: f.total, seq: f.seq });
    }
  };
}

/** "Verify": the hash-chain check, saying that all N events verify or exactly where the chain breaks. */
export function AuditVerify({ language }: { language: Language }) {
  const { t } = useTranslation();
  const verify = useVerifyAudit();
  const result = verify.data;
  const message = useVerificationMessage();
  const text = result ? message(verificationFacts(result, (n) => formatNumber(n, language))) : null;
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        onClick={() => verify.mutate()}
        loading={verify.isPending}
        data-testid="audit-verify"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('auditTrail.verify.button')}
      </Button>
      {verify.isPending && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('auditTrail.verify.running')}
        </Text>
      )}
      <ErrorAlert error={verify.error} />
      {result && text && !verify.isPending && (
        <Alert
          color={result.ok ? 'teal' : 'red'}
          variant="light"
          role={result.ok ? 'status' : 'alert'}
          title={result.ok ? undefined : t('auditTrail.verify.brokenTitle')}
          data-testid="audit-verify-result"
          data-ok={result.ok}
        >
          <Stack gap={4}>
            <Text size="sm">{text}</Text>
            {!result.ok && <Text size="sm">{t('auditTrail.verify.restoreHint')}</Text>}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
