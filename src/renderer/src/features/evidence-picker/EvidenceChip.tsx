import { Anchor, Badge, CloseButton, Group, Paper, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvidenceKind } from '../../../../shared/evidence-items';
import type { EvidenceItem } from './evidence-options';
import { useEvidenceLabel } from './useEvidenceLabel';

/** One colour per kind of evidence, the same in the picker, the chips and the findings list. */
export const EVIDENCE_KIND_COLOURS: Record<EvidenceKind, string> = {
  interview: 'teal',
  passage: 'cyan',
  site_visit: 'orange',
  document: 'indigo',
};

interface EvidenceChipProps {
  item: EvidenceItem;
  /** Given: the code is a link that opens the item's record. */
  onOpen?: (() => void) | undefined;
  /** Given: a button removes the item from the selection. */
  onRemove?: (() => void) | undefined;
}

/** A cited item: its kind, its code (a link when it can be opened), its label, and a remove button. */
export function EvidenceChip({ item, onOpen, onRemove }: EvidenceChipProps) {
  const { t } = useTranslation();
  const label = useEvidenceLabel()(item);
  return (
    <Paper
      component="li"
      withBorder
      radius="xl"
      px="xs"
      py={2}
      maw="100%"
      data-evidence-kind={item.kind}
      data-evidence-code={item.code}
      style={{ listStyle: 'none' }}
    >
      <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
        <Badge
          size="sm"
          variant="light"
          color={EVIDENCE_KIND_COLOURS[item.kind]}
          tt="none"
          fw={500}
          style={{ flexShrink: 0 }}
        >
          {t(`evidencePicker.kinds.${item.kind}`)}
        </Badge>
        {onOpen && !item.deleted ? (
          <Anchor
            component="button"
            type="button"
            size="sm"
            fw={600}
            onClick={onOpen}
            aria-label={t('evidencePicker.open', { code: item.code })}
            style={{ flexShrink: 0 }}
          >
            {item.code}
          </Anchor>
        ) : (
          <Text size="sm" fw={600} td={item.deleted ? 'line-through' : undefined} style={{ flexShrink: 0 }}>
            {item.code}
          </Text>
        )}
        <Tooltip label={label} disabled={label === ''} multiline maw={420} openDelay={400}>
          <Text size="sm" c="dimmed" truncate="end" style={{ minWidth: 0 }}>
            {label}
          </Text>
        </Tooltip>
        {item.deleted && (
          <Badge size="sm" color="gray" variant="filled" tt="none" fw={500} style={{ flexShrink: 0 }}>
            {t('evidencePicker.deleted')}
          </Badge>
        )}
        {item.piiCount !== undefined && item.piiCount > 0 && (
          <Badge
            size="sm"
            color="red"
            variant="light"
            tt="none"
            fw={500}
            style={{ flexShrink: 0 }}
            title={t('evidencePicker.piiHint')}
          >
            {t('evidencePicker.pii')}
          </Badge>
        )}
        {onRemove && (
          <CloseButton
            size="sm"
            aria-label={t('evidencePicker.remove', { code: item.code })}
            onClick={onRemove}
            style={{ flexShrink: 0 }}
          />
        )}
      </Group>
    </Paper>
  );
}
