import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useOpenRecord, type RecordTarget } from '../project/navigation';

interface RecordLinkProps {
  target: RecordTarget;
  id: string;
  /** What a screen reader hears ("Open finding F-C4-02"); the visible text is the children. */
  label: string;
  children: ReactNode;
}

/**
 * A link to another record: a button (it opens a tab, it does not navigate) that looks like a
 * link, reachable with Tab and pressed with Enter or Space.
 */
export function RecordLink({ target, id, label, children }: RecordLinkProps) {
  const openRecord = useOpenRecord();
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      fw={600}
      ff="monospace"
      aria-label={label}
      onClick={(event) => {
        event.stopPropagation();
        openRecord(target, id);
      }}
    >
      {children}
    </Anchor>
  );
}
