import { Button, Group, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const COPIED_FOR_MS = 2000;

/**
 * Puts the text on the clipboard. The app's session grants no permission (SECURITY.md 19),
 * so the asynchronous Clipboard API may be refused; copying the selected text of the field
 * with the (older) copy command needs no permission and works from a click.
 */
async function copySelected(input: HTMLInputElement): Promise<boolean> {
  input.focus();
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    return document.execCommand('copy');
  }
}

/** A SHA-256 in monospace, selectable as a whole, with a Copy button. */
export function Sha256Field({ sha256, fileName }: { sha256: string; fileName: string }) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <TextInput
        ref={inputRef}
        readOnly
        size="xs"
        value={sha256}
        aria-label={t('attachments.sha256Label', { name: fileName })}
        leftSection={t('attachments.sha256')}
        leftSectionWidth={72}
        styles={{ input: { fontFamily: "ui-monospace, 'DejaVu Sans Mono', monospace", fontSize: 11 } }}
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: 1, minWidth: 0 }}
      />
      <Button
        size="xs"
        variant="default"
        aria-label={t('attachments.copyLabel', { name: fileName })}
        onClick={() => {
          if (inputRef.current) void copySelected(inputRef.current).then(setCopied);
        }}
      >
        {copied ? t('attachments.copied') : t('attachments.copy')}
      </Button>
    </Group>
  );
}
