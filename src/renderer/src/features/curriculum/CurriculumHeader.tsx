import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurriculumHeader as Header } from '../../../../shared/curriculum';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveHeader } from './queries';
import { ReadOnlyFieldset, useReadOnly } from '../review/read-only';

/** The curriculum's title (EN/TH) and version, saved with its own button. */
export function CurriculumHeader({ header, onSaved }: { header: Header | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const [title, setTitle] = useState(header?.title ?? { en: '', th: '' });
  const [version, setVersion] = useState(header?.version ?? '');
  const [failure, setFailure] = useState<unknown>(null);
  const save = async () => {
    setFailure(null);
    try {
      await saveHeader({ title, version, ...(header ? { expectedUpdatedAt: header.updatedAt } : {}) });
      onSaved();
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <ReadOnlyFieldset>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          style={{ flex: 2, minWidth: 220 }}
          label={t('curriculum.header.titleEn')}
          value={title.en}
          onChange={(event) => setTitle({ ...title, en: event.currentTarget.value })}
        />
        <TextInput
          style={{ flex: 2, minWidth: 220 }}
          lang="th"
          label={t('curriculum.header.titleTh')}
          value={title.th}
          onChange={(event) => setTitle({ ...title, th: event.currentTarget.value })}
        />
        <TextInput
          w={100}
          label={t('curriculum.header.version')}
          value={version}
          onChange={(event) => setVersion(event.currentTarget.value)}
        />
        {!readOnly && (
          <Button variant="light" onClick={() => void save()}>
            {t('curriculum.header.save')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={failure} />
    </ReadOnlyFieldset>
  );
}
