import { ActionIcon, Divider, Group, Tooltip } from '@mantine/core';
import { useEditorState, type Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { narrativeEn } from '../../locales/narrative.en';
import classes from './ReportText.module.css';

interface ToolbarProps {
  editor: Editor;
  onFootnote: () => void;
}

interface ButtonProps {
  label: string;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ToolButton({ label, active = false, disabled = false, onClick, children }: ButtonProps) {
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      <ActionIcon
        variant={active ? 'filled' : 'subtle'}
        color={active ? 'blue' : 'gray'}
        size="lg"
        aria-label={label}
        aria-pressed={active}
        disabled={disabled}
        // mousedown would move the focus out of the editor and lose the selection.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClick}
        className={classes.toolButton}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** The formatting buttons: only what the Word export knows how to write (shared/narrative.ts). */
export function Toolbar({ editor, onFootnote }: ToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive('paragraph') && !e.isActive('bulletList') && !e.isActive('orderedList'),
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      inTable: e.isActive('table'),
    }),
  });
  const chain = () => editor.chain().focus();
  const tb = (key: keyof typeof narrativeEn.reportText.toolbar): string => t(`reportText.toolbar.${key}`);

  return (
    <Group gap={4} role="toolbar" aria-label={tb('label')} className={classes.toolbar} wrap="wrap">
      <ToolButton label={tb('paragraph')} active={state.paragraph} onClick={() => chain().setParagraph().run()}>
        ¶
      </ToolButton>
      <ToolButton label={tb('heading1')} active={state.h1} onClick={() => chain().toggleHeading({ level: 1 }).run()}>
        H1
      </ToolButton>
      <ToolButton label={tb('heading2')} active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
        H2
      </ToolButton>
      <ToolButton label={tb('heading3')} active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
        H3
      </ToolButton>
      <Divider orientation="vertical" />
      <ToolButton label={tb('bold')} active={state.bold} onClick={() => chain().toggleBold().run()}>
        <b>B</b>
      </ToolButton>
      <ToolButton label={tb('italic')} active={state.italic} onClick={() => chain().toggleItalic().run()}>
        <i>I</i>
      </ToolButton>
      <Divider orientation="vertical" />
      <ToolButton label={tb('bulletList')} active={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
        •≡
      </ToolButton>
      <ToolButton
        label={tb('orderedList')}
        active={state.orderedList}
        onClick={() => chain().toggleOrderedList().run()}
      >
        1.≡
      </ToolButton>
      <Divider orientation="vertical" />
      <ToolButton
        label={tb('insertTable')}
        disabled={state.inTable}
        onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      >
        ⊞
      </ToolButton>
      <ToolButton label={tb('addRow')} disabled={!state.inTable} onClick={() => chain().addRowAfter().run()}>
        +≡
      </ToolButton>
      <ToolButton label={tb('addColumn')} disabled={!state.inTable} onClick={() => chain().addColumnAfter().run()}>
        +‖
      </ToolButton>
      <ToolButton label={tb('deleteRow')} disabled={!state.inTable} onClick={() => chain().deleteRow().run()}>
        −≡
      </ToolButton>
      <ToolButton label={tb('deleteColumn')} disabled={!state.inTable} onClick={() => chain().deleteColumn().run()}>
        −‖
      </ToolButton>
      <ToolButton label={tb('deleteTable')} disabled={!state.inTable} onClick={() => chain().deleteTable().run()}>
        ⊠
      </ToolButton>
      <Divider orientation="vertical" />
      <ToolButton label={tb('footnote')} onClick={onFootnote}>
        [1]
      </ToolButton>
    </Group>
  );
}
