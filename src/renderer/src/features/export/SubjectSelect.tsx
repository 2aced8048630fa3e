import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportSubjectKind } from '../../../../shared/export';
import { useUiLanguage } from '../framework/language';
import { useMeetings } from '../meetings/queries';
import { useTotEvents } from '../training/queries';

interface Choice {
  id: string;
  code: string;
  title: { th: string; en: string };
}

interface SubjectSelectProps {
  kind: ExportSubjectKind;
  value: string | null;
  onChange: (id: string | null) => void;
}

/**
 * Which meeting (minutes) or Training of Trainers event (agenda, evaluation) the document is
 * about: "MTG-C2-3/2563 — title". With none recorded yet, says where to create one.
 */
export function SubjectSelect({ kind, value, onChange }: SubjectSelectProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const meetings = useMeetings();
  const events = useTotEvents();
  const choices: Choice[] = (kind === 'meeting' ? meetings.data : events.data) ?? [];
  const loading = kind === 'meeting' ? meetings.isLoading : events.isLoading;
  const name = (c: Choice) => c.title[language] || c.title.en || c.title.th;
  return (
    <Select
      label={t(`exportDoc.subject.${kind}`)}
      placeholder={t(`exportDoc.subject.choose_${kind}`)}
      value={value}
      onChange={onChange}
      data={choices.map((c) => ({ value: c.id, label: name(c) ? `${c.code} — ${name(c)}` : c.code }))}
      searchable
      nothingFoundMessage={t('exportDoc.subject.nothingFound')}
      error={!loading && choices.length === 0 ? t(`exportDoc.subject.none_${kind}`) : undefined}
      allowDeselect={false}
      data-testid="export-subject"
    />
  );
}
