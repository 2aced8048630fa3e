import { Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewSummary } from '../../../../shared/evidence';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { MonthStyle } from './format';
import classes from '../evidence/PagedTable.module.css';
import { InterviewRow } from './InterviewRow';
import { PAGE_SIZE, useFirstInterviewPage, useInterviewPages, type InterviewFilter } from './queries';

/** The list's columns, shared by the header and every row (see PagedTable.module.css). */
const COLUMNS = {
  '--paged-table-columns': '108px 124px minmax(160px, 1fr) 120px 76px 116px 128px 150px',
} as CSSProperties;

const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 40;

interface InterviewListProps {
  filter: InterviewFilter;
  agencyAbbreviation: (code: string) => string;
  dateStyle: MonthStyle;
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/**
 * The interviews as a virtualised table: only the rows in view (plus a few) are in the DOM,
 * and only their pages are read (see queries.ts), so 10,000 rows scroll like 40.
 */
export function InterviewList({ filter, agencyAbbreviation, dateStyle, selectedId, onOpen }: InterviewListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const first = useFirstInterviewPage(filter);
  const total = first.data?.total ?? 0;

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; this component is not memoised
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    // Let React batch the rows of one scroll frame instead of rendering synchronously per event.
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const pages = [...new Set(rows.map((row) => Math.floor(row.index / PAGE_SIZE)))];
  const pageAnswers = useInterviewPages(filter, pages);

  const interviewAt = (index: number): InterviewSummary | undefined => {
    const page = Math.floor(index / PAGE_SIZE);
    const answer = page === 0 ? first.data : pageAnswers[pages.indexOf(page)]?.data;
    return answer?.items[index - page * PAGE_SIZE];
  };

  const filtered = filter.category !== undefined || filter.agencyCode !== undefined;
  const failed = first.error ?? pageAnswers.find((answer) => answer.error)?.error;

  return (
    <>
      <ErrorAlert error={failed} />
      <div
        ref={scrollRef}
        className={classes.scroller}
        style={{ ...COLUMNS, height: 'max(320px, calc(100vh - 360px))' }}
        role="table"
        aria-label={t('interviews.listLabel')}
        aria-rowcount={total + 1}
        aria-busy={first.isPending}
        tabIndex={-1}
      >
        <div role="rowgroup" className={classes.headerGroup}>
          <div role="row" aria-rowindex={1} className={`${classes.grid} ${classes.header}`}>
            <div role="columnheader">{t('interviews.columns.code')}</div>
            <div role="columnheader">{t('interviews.columns.category')}</div>
            <div role="columnheader">{t('interviews.columns.agencyOrLocation')}</div>
            <div role="columnheader">{t('interviews.columns.when')}</div>
            <div role="columnheader">{t('interviews.columns.language')}</div>
            <div role="columnheader">{t('interviews.columns.sensitivity')}</div>
            <div role="columnheader">{t('interviews.columns.permittedUse')}</div>
            <div role="columnheader">{t('interviews.columns.pii')}</div>
          </div>
        </div>
        {first.isSuccess && total === 0 ? (
          <Text c="dimmed" p="md">
            {filtered ? t('interviews.emptyFiltered') : t('interviews.empty')}
          </Text>
        ) : (
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {rows.map((row) => {
              const interview = interviewAt(row.index);
              return (
                <InterviewRow
                  key={interview?.id ?? `row-${row.index}`}
                  interview={interview}
                  index={row.index}
                  top={row.start - HEADER_HEIGHT}
                  height={ROW_HEIGHT}
                  agencyAbbreviation={agencyAbbreviation}
                  dateStyle={dateStyle}
                  selected={interview !== undefined && interview.id === selectedId}
                  onOpen={onOpen}
                />
              );
            })}
          </div>
        )}
      </div>
    </>
  );
}
