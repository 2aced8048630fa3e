import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../locales/en';
import { formatNumber } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';

type KnownTable = keyof Catalog['project']['tables'];
const KNOWN_TABLES: readonly KnownTable[] = ['project', 'interviews'];

function isKnownTable(name: string): name is KnownTable {
  return (KNOWN_TABLES as readonly string[]).includes(name);
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
            `${isKnownTable(table) ? t(`project.tables.${table}`) : table}: ${formatNumber(count, language)}`,
        )
        .join(' · ')}
    </Text>
  );
}
