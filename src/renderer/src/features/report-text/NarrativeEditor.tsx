import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { NodeSelection } from '@tiptap/pm/state';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Narrative } from '../../../../shared/narrative';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorCodeOf } from '../../lib/bmma';
import { useAutosave, type SaveStatus } from './autosave';
import { NARRATIVE_EXTENSIONS } from './extensions';
import { FootnoteModal, type FootnoteTarget } from './FootnoteModal';
import classes from './ReportText.module.css';
import { Toolbar } from './Toolbar';

interface NarrativeEditorProps {
  narrative: Narrative;
  /** "Executive summary (Thai)". */
  label: string;
}

interface EditableProps extends NarrativeEditorProps {
  /** Saved / Saving… / Not saved, shown by the panel in its header row. */
  onStatus: (status: SaveStatus) => void;
}

/** One section in one language; keyed by both, so switching either mounts a fresh editor. */
export function NarrativeEditor({ narrative, label, onStatus }: EditableProps) {
  const { t } = useTranslation();
  const { section, language } = narrative;
  const autosave = useAutosave({ section, language, label, initialUpdatedAt: narrative.updatedAt });
  const [footnote, setFootnote] = useState<FootnoteTarget | null>(null);
  useEffect(() => onStatus(autosave.status), [onStatus, autosave.status]);

  const editor = useEditor({
    extensions: NARRATIVE_EXTENSIONS,
    content: narrative.content,
    editorProps: {
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        lang: language,
        class: classes.prose ?? '',
      },
      // nodePos is where the footnote node starts (pos is merely where the click landed).
      handleClickOn: (_view, _pos, node, nodePos) => {
        if (node.type.name !== 'footnote') return false;
        setFootnote({ pos: nodePos, text: String(node.attrs.text ?? '') });
        return true;
      },
      // Keyboard users reach a footnote with the arrow keys (it becomes selected) and open it with Enter.
      handleKeyDown: (view, event) => {
        const { selection } = view.state;
        if (event.key !== 'Enter' || !(selection instanceof NodeSelection) || selection.node.type.name !== 'footnote') {
          return false;
        }
        setFootnote({ pos: selection.from, text: String(selection.node.attrs.text ?? '') });
        return true;
      },
    },
    onUpdate: ({ editor: current }) => autosave.onChange(current.getJSON()),
  });

  const saveFootnote = (text: string) => {
    if (!footnote) return;
    const { pos } = footnote;
    if (pos === null) {
      editor.chain().focus().insertContent({ type: 'footnote', attrs: { text } }).run();
    } else {
      editor
        .chain()
        .focus()
        .command(({ tr }) => {
          tr.setNodeMarkup(pos, undefined, { text });
          return true;
        })
        .run();
    }
    setFootnote(null);
  };

  const removeFootnote = () => {
    const pos = footnote?.pos;
    if (pos !== null && pos !== undefined)
      editor
        .chain()
        .focus()
        .deleteRange({ from: pos, to: pos + 1 })
        .run();
    setFootnote(null);
  };

  return (
    <Stack
      gap="xs"
      onKeyDownCapture={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault();
          void autosave.saveNow().catch(() => undefined);
        }
      }}
    >
      <Toolbar editor={editor} onFootnote={() => setFootnote({ pos: null, text: '' })} />
      {autosave.error !== null && (
        <ErrorAlert error={autosave.error}>
          {errorCodeOf(autosave.error) === 'CONFLICT' && (
            <Group>
              <Button
                size="xs"
                variant="light"
                color="red"
                onClick={() => void autosave.overwrite().catch(() => undefined)}
              >
                {t('reportText.conflictKeepMine')}
              </Button>
            </Group>
          )}
        </ErrorAlert>
      )}
      <Paper withBorder className={classes.editorFrame}>
        <EditorContent editor={editor} />
      </Paper>
      <Text size="xs" c="dimmed">
        {t('reportText.saveHint')}
      </Text>
      {footnote && (
        <FootnoteModal
          target={footnote}
          onSave={saveFootnote}
          onRemove={removeFootnote}
          onClose={() => setFootnote(null)}
        />
      )}
    </Stack>
  );
}

/** The other language's text beside the editor, to translate from; not editable here. */
export function ReadOnlyNarrative({ narrative, label }: NarrativeEditorProps) {
  const editor = useEditor(
    {
      extensions: NARRATIVE_EXTENSIONS,
      content: narrative.content,
      editable: false,
      editorProps: {
        attributes: {
          'aria-label': label,
          'aria-readonly': 'true',
          'aria-multiline': 'true',
          role: 'textbox',
          lang: narrative.language,
          class: classes.prose ?? '',
        },
      },
    },
    [narrative.updatedAt],
  );
  return (
    <Paper withBorder className={classes.readOnlyFrame}>
      <EditorContent editor={editor} />
    </Paper>
  );
}
