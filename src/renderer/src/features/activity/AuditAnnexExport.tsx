import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../../../shared/audit';
import type { Calendar } from '../../../../shared/dates';
import { DEFAULT_EXPORT_PROFILE, type ExportProfile } from '../../../../shared/export';
import type { Language } from '../../../../shared/messages';
import { bmma, errorCodeOf, unwrap } from '../../lib/bmma';
import { ExportRunStatus } from '../export/ExportRunStatus';
import { useExportProfiles } from '../export/queries';
import type { ExportRunState } from '../export/useExportRun';

interface AuditAnnexExportProps {
  filter: AuditFilter;
  /** While the filter cannot be read (a "From" date after "To"), nothing is exported. */
  disabled?: boolean;
  calendar: Calendar;
  language: Language;
}

const DEFAULT_CHOICE = '';

/**
 * "Export as annex": the trail as filtered, through the export writer (save dialog, scrubbed
 * properties, atomic write, SHA-256 in the trail), with a saved export profile's marking and
 * watermark, or the default one in the UI's language and the project's calendar.
 */
export function AuditAnnexExport({ filter, calendar, language, disabled = false }: AuditAnnexExportProps) {
  const { t } = useTranslation();
  const profiles = useExportProfiles();
  const [choice, setChoice] = useState<string>(DEFAULT_CHOICE);
  const [state, setState] = useState<ExportRunState>({ kind: 'idle' });
  const [jobId, setJobId] = useState<string | null>(null);

  const profileFor = (name: string): ExportProfile =>
    profiles.data?.find((p) => p.name === name)?.profile ?? {
      ...DEFAULT_EXPORT_PROFILE,
      language,
      calendar,
      draft: { enabled: false, version: '', date: null },
    };

  const run = async () => {
    const id = crypto.randomUUID();
    setJobId(id);
    setState({ kind: 'running', progress: null, percent: 0, cancelling: false });
    try {
      const result = await unwrap(bmma().audit.exportAnnex({ filter, profile: profileFor(choice), jobId: id }));
      if (result.path === null || result.sha256 === null) setState({ kind: 'idle' });
      else setState({ kind: 'done', result: { path: result.path, sha256: result.sha256, bytes: result.bytes } });
    } catch (error) {
      setState(errorCodeOf(error) === 'CANCELLED' ? { kind: 'cancelled' } : { kind: 'failed', error });
    } finally {
      setJobId(null);
    }
  };

  const cancel = useCallback(() => {
    if (jobId === null) return;
    setState((current) => (current.kind === 'running' ? { ...current, cancelling: true } : current));
    void unwrap(bmma().export.cancel({ jobId })).catch(() => undefined);
  }, [jobId]);

  return (
    <Stack gap="xs" component="section" aria-labelledby="audit-annex-heading" data-testid="audit-annex">
      <Text fw={600} id="audit-annex-heading">
        {t('auditTrail.annex.heading')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('auditTrail.annex.explanation')}
      </Text>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('auditTrail.annex.profile')}
          data={[
            { value: DEFAULT_CHOICE, label: t('auditTrail.annex.defaultProfile') },
            ...(profiles.data ?? []).map((p) => ({ value: p.name, label: p.name })),
          ]}
          value={choice}
          onChange={(value) => setChoice(value ?? DEFAULT_CHOICE)}
          allowDeselect={false}
          data-testid="audit-annex-profile"
        />
        <Button
          onClick={() => void run()}
          loading={state.kind === 'running'}
          disabled={disabled}
          data-testid="audit-annex-export"
        >
          {t('auditTrail.annex.button')}
        </Button>
      </Group>
      <ExportRunStatus state={state} onCancel={cancel} />
    </Stack>
  );
}
