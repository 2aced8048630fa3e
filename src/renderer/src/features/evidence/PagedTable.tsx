import { Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useQueries, useQuery, type QueryKey } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import classes from './PagedTable.module.css';

const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 40;

export interface PagedTableColumn<T> {
  header: string;
  render: (row: T) => ReactNode;
  /** The full text, shown on hover when the cell is cut short. */
  title?: (row: T) => string;
}

export interface PageAnswer<T> {
  total: number;
  items: T[];
}

export interface PageQuery<T> {
  queryKey: QueryKey;
  queryFn: () => Promise<PageAnswer<T>>;
}

interface PagedTableProps<T extends { id: string; code: string }> {
  label: string;
  /** The grid's columns, the code column first (it is the row's button). */
  template: string;
  columns: readonly PagedTableColumn<T>[];
  pageSize: number;
  pageQuery: (page: number) => PageQuery<T>;
  selectedId: string | null;
  onOpen: (id: string) => void;
  openLabel: (row: T) => string;
  codeHeader: string;
  empty: string;
}

/**
 * Evidence records as a virtualised table, read a page at a time (as the interview list is):
 * only the rows in view are in the DOM and only their pages are asked for, so thousands of
 * site visits or documents scroll like a handful. The code is a button that opens the record.
 */
export function PagedTable<T extends { id: string; code: string }>({
  label,
  template,
  columns,
  pageSize,
  pageQuery,
  selectedId,
  onOpen,
  openLabel,
  codeHeader,
  empty,
}: PagedTableProps<T>) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const first = useQuery(pageQuery(0));
  const total = first.data?.total ?? 0;

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const pages = [...new Set(rows.map((row) => Math.floor(row.index / pageSize)))].filter((page) => page > 0);
  const pageAnswers = useQueries({ queries: pages.map(pageQuery) });

  const recordAt = (index: number): T | undefined => {
    const page = Math.floor(index / pageSize);
    const answer = page === 0 ? first.data : pageAnswers[pages.indexOf(page)]?.data;
    return answer?.items[index - page * pageSize];
  };
  const failed = first.error ?? pageAnswers.find((answer) => answer.error)?.error;
  const gridStyle = { '--paged-table-columns': template } as CSSProperties;

  return (
    <>
      <ErrorAlert error={failed} />
      <div
        ref={scrollRef}
        className={classes.scroller}
        style={{ ...gridStyle, height: 'max(280px, calc(100vh - 340px))' }}
        role="table"
        aria-label={label}
        aria-rowcount={total + 1}
        aria-busy={first.isPending}
        tabIndex={-1}
      >
        <div role="rowgroup" className={classes.headerGroup}>
          <div role="row" aria-rowindex={1} className={`${classes.grid} ${classes.header}`}>
            <div role="columnheader">{codeHeader}</div>
            {columns.map((column) => (
              <div role="columnheader" key={column.header}>
                {column.header}
              </div>
            ))}
          </div>
        </div>
        {first.isSuccess && total === 0 ? (
          <Text c="dimmed" p="md">
            {empty}
          </Text>
        ) : (
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {rows.map((row) => {
              const record = recordAt(row.index);
              const style = { height: ROW_HEIGHT, transform: `translateY(${row.start - HEADER_HEIGHT}px)` };
              if (!record)
                return (
                  <div key={`row-${row.index}`} role="row" aria-rowindex={row.index + 2} className={classes.row} style={style}>
                    <div role="cell" className={classes.placeholder}>
                      <Skeleton height={14} width="60%" aria-label={t('evidenceCommon.loadingRow')} />
                    </div>
                  </div>
                );
              return (
                <div
                  key={record.id}
                  role="row"
                  aria-rowindex={row.index + 2}
                  className={classes.row}
                  data-selected={record.id === selectedId || undefined}
                  style={style}
                  onClick={() => onOpen(record.id)}
                >
                  <div role="cell" className={classes.cell}>
                    <UnstyledButton
                      className={classes.code}
                      aria-label={openLabel(record)}
                      onClick={(event) => {
                        event.stopPropagation();
                        onOpen(record.id);
                      }}
                    >
                      {record.code}
                    </UnstyledButton>
                  </div>
                  {columns.map((column) => (
                    <div role="cell" className={classes.cell} key={column.header} title={column.title?.(record)}>
                      {column.render(record)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </>
  );
}

export { classes as pagedTableClasses };
