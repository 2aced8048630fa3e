import { Badge, Button, Kbd, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bmma, unwrap } from '../../lib/bmma';
import { reviewCopyStatusKey } from './ReviewerBanner';

/**
 * True while the open file is a review copy (issue 6). Content is read-only there: the main
 * process refuses every content write (REVIEW_COPY_READ_ONLY); the renderer shows that up front
 * instead of on save. False outside a project home and while the status is still loading: the
 * refusal on save stays the safety net.
 */
const ReadOnlyContext = createContext(false);

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}

/** Asks once whether the open file is a review copy (the same query as the reviewer banner). */
export function ReadOnlyProvider({ children }: { children: ReactNode }) {
  const status = useQuery({
    queryKey: reviewCopyStatusKey,
    queryFn: () => unwrap(bmma().reviewCopy.status()),
  });
  return <ReadOnlyContext.Provider value={status.data?.reviewCopy === true}>{children}</ReadOnlyContext.Provider>;
}

/**
 * Disables every native field and button inside it in a review copy (a `<fieldset disabled>`):
 * one wrapper per form instead of a prop on each input. Buttons that stay usable (close,
 * comment, decide) must be outside it. A reviewer reads these fields: their text keeps a
 * readable contrast (Mantine's disabled grey is too faint to read a statement in), the grey
 * background still says they cannot change.
 */
export function ReadOnlyFieldset({ children }: { children: ReactNode }) {
  const readOnly = useReadOnly();
  return (
    <fieldset
      disabled={readOnly}
      data-read-only={readOnly || undefined}
      style={{
        border: 0,
        margin: 0,
        padding: 0,
        minWidth: 0,
        ...(readOnly ? { '--mantine-color-disabled-color': 'var(--mantine-color-gray-7)' } : {}),
      }}
    >
      {children}
    </fieldset>
  );
}

/** The one-line reason, shown in an editor or panel of a review copy; nothing elsewhere. */
export function ReadOnlyHint() {
  const { t } = useTranslation();
  if (!useReadOnly()) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="read-only-hint">
      {t('readOnly.hint')}
    </Text>
  );
}

/** A small "Read-only" badge (with the reason as tooltip) where an editor's save buttons would be. */
export function ReadOnlyBadge() {
  const { t } = useTranslation();
  if (!useReadOnly()) return null;
  return (
    <Tooltip label={t('readOnly.hint')} multiline w={260} withArrow>
      <Badge color="yellow" variant="light" tt="none" size="lg" fw={500} data-testid="read-only-badge" tabIndex={0}>
        {t('readOnly.label')}
      </Badge>
    </Tooltip>
  );
}

/**
 * A list's "New ..." button (Ctrl+N), or the Read-only badge in its place in a review copy:
 * the same control on every record list.
 */
export function NewRecordButton({ label, shortcut, onClick }: { label: string; shortcut: string; onClick: () => void }) {
  if (useReadOnly()) return <ReadOnlyBadge />;
  return (
    <Button
      onClick={onClick}
      aria-keyshortcuts="Control+N"
      rightSection={
        <Kbd size="xs" aria-hidden>
          {shortcut}
        </Kbd>
      }
    >
      {label}
    </Button>
  );
}
