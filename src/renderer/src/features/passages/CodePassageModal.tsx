import { Blockquote, Button, Group, Modal, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodingTarget } from '../../../../shared/evidence-items';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { filterByTerms } from '../evidence/option-filter';
import { useFrameworkTree } from '../framework/queries';
import { useUiLanguage } from '../interviews/language';
import { useFindingChoices } from './queries';
import { findingChoices, indicatorChoices } from './target-options';

export interface CodingChoice {
  targetType: CodingTarget;
  targetId: string;
  comment: string;
}

interface CodePassageModalProps {
  opened: boolean;
  /** The selected words and where they are in the box (for the reader: 1-based characters). */
  selection: { text: string; start: number; end: number } | null;
  /** The interview has changes not yet saved: they are saved before the passage is coded. */
  savesFirst: boolean;
  pending: boolean;
  /** The refused save or coding (PASSAGE_OUT_OF_RANGE, PII_NOT_REDACTED...), translated by code. */
  error: unknown;
  saveFailed: boolean;
  onCancel: () => void;
  onSubmit: (choice: CodingChoice) => void;
}

const MAX_COMMENT = 1000;

/** The small dialog of passage coding: what the selected words are evidence for, and why. */
export function CodePassageModal({
  opened,
  selection,
  savesFirst,
  pending,
  error,
  saveFailed,
  onCancel,
  onSubmit,
}: CodePassageModalProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [targetType, setTargetType] = useState<CodingTarget>('indicator');
  const [targetId, setTargetId] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [missingTarget, setMissingTarget] = useState(false);
  const tree = useFrameworkTree();
  const findings = useFindingChoices(opened && targetType === 'finding');
  const indicators = indicatorChoices(tree.data, language);
  const findingList = findingChoices(findings.data, language);
  const choices = targetType === 'indicator' ? indicators : findingList;

  const submit = () => {
    if (!targetId) {
      setMissingTarget(true);
      return;
    }
    onSubmit({ targetType, targetId, comment: comment.trim() });
  };
  const changeType = (next: string) => {
    setTargetType(next === 'finding' ? 'finding' : 'indicator');
    setTargetId(null);
  };

  return (
    <Modal opened={opened} onClose={onCancel} title={t('passages.dialog.heading')} size="lg" zIndex={400} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          {selection && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('passages.dialog.selection')}
              </Text>
              <Blockquote p="xs" py={6} radius="sm" color="blue" data-testid="passage-selection">
                <Text size="sm" lineClamp={5} style={{ whiteSpace: 'pre-wrap' }}>
                  {selection.text}
                </Text>
              </Blockquote>
              <Text size="xs" c="dimmed">
                {t('passages.dialog.characters', {
                  start: formatNumber(selection.start + 1, language),
                  end: formatNumber(selection.end, language),
                })}
              </Text>
            </Stack>
          )}
          <Radio.Group label={t('passages.dialog.target')} value={targetType} onChange={changeType} required>
            <Group gap="lg" mt="xs">
              <Radio value="indicator" label={t('passages.dialog.indicator')} />
              <Radio value="finding" label={t('passages.dialog.finding')} />
            </Group>
          </Radio.Group>
          <ErrorAlert error={targetType === 'indicator' ? tree.error : findings.error} />
          <Select
            key={targetType}
            label={targetType === 'indicator' ? t('passages.dialog.indicatorPick') : t('passages.dialog.findingPick')}
            placeholder={
              targetType === 'indicator' ? t('passages.dialog.indicatorPlaceholder') : t('passages.dialog.findingPlaceholder')
            }
            nothingFoundMessage={t('passages.dialog.nothingFound')}
            required
            searchable
            data-autofocus
            data={choices.data}
            value={targetId}
            onChange={(value) => {
              setTargetId(value);
              if (value) setMissingTarget(false);
            }}
            filter={({ options, search }) => filterByTerms(options, search, (id) => choices.searchTexts.get(id) ?? [])}
            maxDropdownHeight={300}
            comboboxProps={{ zIndex: 410 }}
            error={missingTarget ? t('passages.dialog.targetRequired') : undefined}
          />
          {targetType === 'finding' && findings.isSuccess && findings.data.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('passages.dialog.noFindings')}
            </Text>
          )}
          <Textarea
            label={t('passages.dialog.comment')}
            description={t('passages.dialog.commentHint')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={MAX_COMMENT}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
          />
          {savesFirst && (
            <Text size="xs" c="dimmed">
              {t('passages.dialog.saveFirst')}
            </Text>
          )}
          {saveFailed && (
            <Text size="sm" c="red.8" role="alert">
              {t('passages.dialog.saveFailed')}
            </Text>
          )}
          <ErrorAlert error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('passages.dialog.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
