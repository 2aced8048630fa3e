import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BmmaError, errorCodeOf } from '../../lib/bmma';
import { evidenceFromDetails, evidenceKey, itemsNeedingRedaction, type EvidenceItem } from './evidence-options';

interface EvidenceErrorHintProps {
  error: unknown;
  /** The evidence the form tried to cite. */
  chosen: readonly EvidenceItem[];
  /** Opens the interview behind an item (a passage opens its interview), where its notes can be redacted. */
  onOpenEvidence: (item: EvidenceItem) => void;
  /** Removes an item from the form's selection. */
  onRemove: (item: EvidenceItem) => void;
}

/**
 * What to do after a save was refused because of the cited evidence, shown inside the
 * translated error: PII_NOT_REDACTED offers to open the interview and redact it;
 * LINK_TARGET_MISSING offers to remove the item that no longer exists.
 */
export function EvidenceErrorHint({ error, chosen, onOpenEvidence, onRemove }: EvidenceErrorHintProps) {
  const { t } = useTranslation();
  const code = error ? errorCodeOf(error) : null;
  if (code !== 'PII_NOT_REDACTED' && code !== 'LINK_TARGET_MISSING') return null;
  const named = evidenceFromDetails(error instanceof BmmaError ? error.details : undefined);
  const namedItem = named ? chosen.find((item) => evidenceKey(item) === evidenceKey(named)) : undefined;

  if (code === 'LINK_TARGET_MISSING')
    return (
      <Stack gap="xs">
        <Text size="sm">{t('evidencePicker.linkMissingHint')}</Text>
        {namedItem && (
          <Group>
            <Button size="xs" variant="default" onClick={() => onRemove(namedItem)}>
              {t('evidencePicker.removeMissing', { code: namedItem.code })}
            </Button>
          </Group>
        )}
      </Stack>
    );

  const targets = [
    ...(namedItem ? [namedItem] : []),
    ...itemsNeedingRedaction(chosen).filter((item) => item !== namedItem),
  ];
  return (
    <Stack gap="xs" data-testid="pii-not-redacted-hint">
      <Text size="sm">{t('evidencePicker.piiNotRedactedHint')}</Text>
      {targets.length > 0 && (
        <Group gap="xs">
          {targets.map((item) => (
            <Button key={evidenceKey(item)} size="xs" variant="default" onClick={() => onOpenEvidence(item)}>
              {t('evidencePicker.openToRedact', { code: item.code })}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
