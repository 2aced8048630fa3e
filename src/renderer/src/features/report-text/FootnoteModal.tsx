import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface FootnoteTarget {
  /** Position of the footnote being edited; null: a new one at the cursor. */
  pos: number | null;
  text: string;
}

interface FootnoteModalProps {
  target: FootnoteTarget;
  onSave: (text: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

/** Where the footnote's text is typed; mounted only while open, so it starts from `target`. */
export function FootnoteModal({ target, onSave, onRemove, onClose }: FootnoteModalProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(target.text);
  const editing = target.pos !== null;
  const submit = () => {
    if (text.trim() !== '') onSave(text.trim());
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(editing ? 'reportText.footnote.editTitle' : 'reportText.footnote.addTitle')}
      centered
    >
      <Stack gap="md">
        <Textarea
          label={t('reportText.footnote.text')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={4000}
          data-autofocus
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
          }}
        />
        <Group justify="space-between">
          {editing ? (
            <Button variant="subtle" color="red" onClick={onRemove}>
              {t('reportText.footnote.remove')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('reportText.footnote.cancel')}
            </Button>
            <Button onClick={submit} disabled={text.trim() === ''}>
              {t('reportText.footnote.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
