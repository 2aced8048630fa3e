import { Button, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../../../../shared/evidence';
import type { Passage } from '../../../../shared/evidence-items';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BmmaError } from '../../lib/bmma';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { useUiLanguage } from '../interviews/language';
import { CodePassageModal, type CodingChoice } from './CodePassageModal';
import { locatePassage, selectedRange, toStoredRange, type Range } from './passage-selection';
import { PassageItem } from './PassageItem';
import { createPassage, deletePassage, invalidateAfterPassageWrite, passageKeys, useInterviewPassages } from './queries';
import { passageTargetLabel } from './target-options';
import { useReadOnly } from '../review/read-only';

/** What the interview editor lends to passage coding. */
export interface PassageCodingContext {
  /** The interview as the file holds it (null until a new one is first saved). */
  interview: Interview | null;
  /** Saves pending changes (creating a new interview) and answers the file's version, or null when that failed. */
  ensureSaved: () => Promise<Interview | null>;
  hasUnsavedChanges: () => boolean;
}

interface PassageCodingProps extends PassageCodingContext {
  /** The notes box, read when the user asks: its selection is the passage. */
  textarea: () => HTMLTextAreaElement | null;
}

/** What the dialog codes: the words and range of the box, and the box's whole text at that moment. */
interface Coding {
  session: number;
  range: Range;
  shown: string;
}

/**
 * Passage coding inside the interview editor (PRODUCT.md 4): select words in the notes, then
 * "Code passage…" or Ctrl+Shift+C links them to an indicator or a finding. Offsets are the
 * box's selection (UTF-16), mapped to the saved notes; the notes are saved first when they
 * have changed, so the main process checks the range against the text the user sees.
 */
export function PassageCoding({ textarea, interview, ensureSaved, hasUnsavedChanges }: PassageCodingProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const [coding, setCoding] = useState<Coding | null>(null);
  const [sessions, setSessions] = useState(0);
  const [needsSelection, setNeedsSelection] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [deleting, setDeleting] = useState<Passage | null>(null);
  const interviewId = interview?.id ?? null;
  const passages = useInterviewPassages(interviewId);

  // Each save may move or change coded words: the main process re-reads their state.
  const version = interview?.updatedAt;
  useEffect(() => {
    if (interviewId && version) void queryClient.invalidateQueries({ queryKey: passageKeys.ofInterview(interviewId) });
  }, [interviewId, version, queryClient]);

  const create = useMutation({
    mutationFn: async ({ choice, at }: { choice: CodingChoice; at: Coding }) => {
      const saved = await ensureSaved();
      if (!saved) {
        setSaveFailed(true);
        return null;
      }
      const range = toStoredRange(saved.notes, at.shown, at.range);
      // The box and the file differ in words (a save that did not take everything): refuse as the main process would.
      if (!range) throw new BmmaError('PASSAGE_OUT_OF_RANGE', 'selection not in the saved notes');
      return createPassage({ interviewId: saved.id, ...range, ...choice });
    },
    onMutate: () => setSaveFailed(false),
    onSuccess: (passage) => {
      if (!passage) return;
      setCoding(null);
      invalidateAfterPassageWrite(queryClient);
    },
  });
  const remove = useMutation({
    mutationFn: (passage: Passage) => deletePassage(passage.id),
    onSuccess: () => {
      setDeleting(null);
      invalidateAfterPassageWrite(queryClient);
    },
  });

  const startCoding = () => {
    const box = textarea();
    if (!box) return;
    const range = selectedRange(box.value, box.selectionStart, box.selectionEnd);
    if (!range) {
      setNeedsSelection(true);
      box.focus();
      return;
    }
    setNeedsSelection(false);
    setSaveFailed(false);
    create.reset();
    setSessions((count) => count + 1);
    setCoding({ session: sessions + 1, range, shown: box.value });
  };
  // Nothing is coded in a review copy (issue 6).
  const readOnly = useReadOnly();
  useHotkeys([['mod+shift+C', () => readOnly || startCoding(), { usePhysicalKeys: true }]], []);

  /** Selects the coded words in the box, scrolled into view, as a reader checks a quote. */
  const selectPassage = (passage: Passage) => {
    const box = textarea();
    if (!box) return;
    const range = locatePassage(box.value, interview?.notes ?? box.value, passage);
    box.focus();
    box.setSelectionRange(range.start, range.end);
    const lines = box.value.split('\n').length;
    const before = box.value.slice(0, range.start).split('\n').length - 1;
    box.scrollTop = Math.max(0, (before / Math.max(lines, 1)) * box.scrollHeight - box.clientHeight / 3);
    box.scrollIntoView({ block: 'nearest' });
  };

  const list = passages.data ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="passages-heading" data-testid="passage-coding">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2} style={{ flex: 1, minWidth: 240 }}>
          <Title order={3} size="h5" id="passages-heading">
            {t('passages.heading')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('passages.explanation')}
          </Text>
        </Stack>
        <Button
          size="xs"
          variant="light"
          onClick={startCoding}
          aria-keyshortcuts="Control+Shift+C"
          rightSection={
            <Kbd size="xs" aria-hidden>
              {t('passages.codeShortcut')}
            </Kbd>
          }
        >
          {t('passages.code')}
        </Button>
      </Group>
      {/* Inserted only when needed: the save state stays the editor's one status region. */}
      {needsSelection && (
        <Text size="sm" c="orange.9" role="alert">
          {t('passages.selectFirst')}
        </Text>
      )}
      <ErrorAlert error={passages.error} />
      {passages.isLoading && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('passages.loading')}
          </Text>
        </Group>
      )}
      {(interviewId === null || passages.isSuccess) && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('passages.none')}
        </Text>
      )}
      {list.length > 0 && (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('passages.listLabel')}>
          {list.map((passage) => (
            <PassageItem key={passage.id} passage={passage} onSelect={selectPassage} onDelete={setDeleting} />
          ))}
        </Stack>
      )}
      <CodePassageModal
        key={coding?.session ?? 0}
        opened={coding !== null}
        selection={coding && { text: coding.shown.slice(coding.range.start, coding.range.end), ...coding.range }}
        savesFirst={hasUnsavedChanges() || interview === null}
        pending={create.isPending}
        error={create.error}
        saveFailed={saveFailed}
        onCancel={() => setCoding(null)}
        onSubmit={(choice) => coding && create.mutate({ choice, at: coding })}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('passages.deleteHeading', { code: deleting?.code ?? '' })}
        explanation={t('passages.deleteExplanation', { target: deleting ? passageTargetLabel(deleting, language) : '' })}
        confirmLabel={t('passages.deleteConfirm')}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
        onConfirm={() => deleting && remove.mutate(deleting)}
        loading={remove.isPending}
      >
        <ErrorAlert error={remove.error} />
      </ConfirmModal>
    </Stack>
  );
}
