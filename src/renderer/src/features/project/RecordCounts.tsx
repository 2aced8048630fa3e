import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { en, type Catalog } from '../../locales/en';
import { formatNumber } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';

type KnownTable = keyof Catalog['project']['tables'];

/** Table names come from the file; only those with a translated label are shown by name. */
function isKnownTable(name: string, labels: Catalog['project']['tables']): name is KnownTable {
  return Object.prototype.hasOwnProperty.call(labels, name);
}

interface RecordCountsProps {
  counts: Record<string, number>;
}

/** Live records per table ("Interviews: 3"); the project row itself is not a record the user counts. */
export function RecordCounts({ counts }: RecordCountsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const entries = Object.entries(counts).filter(([table]) => table !== 'project');
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('project.details.noRecords')}
      </Text>
    );
  return (
    <Text component="span" size="sm">
      {entries
        .map(
          ([table, count]) =>
            `${isKnownTable(table, en.project.tables) ? t(`project.tables.${table}`) : table}: ${formatNumber(count, language)}`,
        )
        .join(' · ')}
    </Text>
  );
}
