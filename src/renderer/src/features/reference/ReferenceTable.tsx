import { Group, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesTerms, searchTerms } from '../framework/text-filter';
import { useUiLanguage } from '../framework/language';

export interface ReferenceColumn<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Present on the columns a user can sort by. */
  sortValue?: (row: Row) => string | number;
  width?: number | string;
}

interface ReferenceTableProps<Row> {
  /** Names the table for screen readers (and the tests). */
  label: string;
  rows: readonly Row[];
  columns: ReferenceColumn<Row>[];
  rowKey: (row: Row) => string;
  /** The texts the filter box searches: codes and names in both languages. */
  searchTexts: (row: Row) => (string | null | undefined)[];
  initialSort: string;
  /** An extra full-width row under a row (a legal instrument's provisions), or null. */
  renderDetail?: (row: Row, columnCount: number) => ReactNode;
  minWidth?: number;
}

type Direction = 'ascending' | 'descending';

/**
 * A read-only reference list with a filter box and sortable columns. Sorting compares with
 * the UI language's collation (Thai alphabetical order in Thai) and numbers numerically.
 */
export function ReferenceTable<Row>(props: ReferenceTableProps<Row>) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: string; direction: Direction }>({
    key: props.initialSort,
    direction: 'ascending',
  });

  const { rows, columns, searchTexts } = props;
  const shown = useMemo(() => {
    const terms = searchTerms(query);
    const filtered = rows.filter((row) => matchesTerms(terms, searchTexts(row)));
    const column = columns.find((candidate) => candidate.key === sort.key);
    const sortValue = column?.sortValue;
    if (!sortValue) return filtered;
    const collator = new Intl.Collator(language === 'th' ? 'th-TH' : 'en-GB', { numeric: true, sensitivity: 'base' });
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...filtered].sort((a, b) => {
      const x = sortValue(a);
      const y = sortValue(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sign * order;
    });
  }, [rows, columns, searchTexts, query, sort, language]);

  const sortBy = (key: string) =>
    setSort((previous) => ({
      key,
      direction: previous.key === key && previous.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('reference.filter')}
          placeholder={t('reference.filterPlaceholder')}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 240, maxWidth: 480 }}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('reference.shown', { shown: shown.length, total: rows.length })}
        </Text>
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed">{t('reference.noMatch', { query })}</Text>
      ) : (
        <Table.ScrollContainer minWidth={props.minWidth ?? 720}>
          <Table striped highlightOnHover verticalSpacing="xs" aria-label={props.label}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => {
                  const active = sort.key === column.key;
                  return (
                    <Table.Th key={column.key} w={column.width} aria-sort={active ? sort.direction : undefined}>
                      {column.sortValue ? (
                        <UnstyledButton
                          onClick={() => sortBy(column.key)}
                          title={t('reference.sortBy', { column: column.header })}
                          fw={700}
                          fz="sm"
                        >
                          {column.header}
                          <Text component="span" c={active ? undefined : 'dimmed'} ml={4} aria-hidden>
                            {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                          </Text>
                        </UnstyledButton>
                      ) : (
                        column.header
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Fragment key={props.rowKey(row)}>
                  <Table.Tr>
                    {columns.map((column) => (
                      <Table.Td key={column.key} style={{ verticalAlign: 'top' }}>
                        {column.render(row)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                  {props.renderDetail?.(row, columns.length)}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
