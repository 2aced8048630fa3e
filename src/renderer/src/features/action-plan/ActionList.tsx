import { Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { DateStyle } from '../../lib/format';
import classes from './ActionPlan.module.css';
import { ActionRow, type ActionSummary } from './ActionRow';
import { PAGE_SIZE, useActionPages, useFirstActionPage, type ActionFilter } from './queries';

const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 40;

interface ActionListProps {
  filter: ActionFilter;
  agencyAbbreviation: (code: string) => string;
  dateStyle: DateStyle;
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/**
 * The plan as a virtualised table: only the rows in view (plus a few) are in the DOM, and
 * only their pages are read (see queries.ts), so 7,500 items scroll like 30.
 */
export function ActionList({ filter, agencyAbbreviation, dateStyle, selectedId, onOpen }: ActionListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const first = useFirstActionPage(filter);
  const total = first.data?.total ?? 0;

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; this component is not memoised
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
    // Let React batch the rows of one scroll frame instead of rendering synchronously per event.
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const pages = [...new Set(rows.map((row) => Math.floor(row.index / PAGE_SIZE)))];
  const pageAnswers = useActionPages(filter, pages);

  const itemAt = (index: number): ActionSummary | undefined => {
    const page = Math.floor(index / PAGE_SIZE);
    const answer = page === 0 ? first.data : pageAnswers[pages.indexOf(page)]?.data;
    return answer?.items[index - page * PAGE_SIZE];
  };

  const filtered = Object.keys(filter).length > 0;
  const failed = first.error ?? pageAnswers.find((answer) => answer.error)?.error;

  return (
    <>
      <ErrorAlert error={failed} />
      <div
        ref={scrollRef}
        className={classes.scroller}
        style={{ height: 'max(320px, calc(100vh - 380px))' }}
        role="table"
        aria-label={t('actionPlan.listLabel')}
        aria-rowcount={total + 1}
        aria-busy={first.isPending}
        tabIndex={-1}
      >
        <div role="rowgroup" className={classes.headerGroup}>
          <div role="row" aria-rowindex={1} className={`${classes.grid} ${classes.header}`}>
            <div role="columnheader">{t('actionPlan.columns.code')}</div>
            <div role="columnheader">{t('actionPlan.columns.action')}</div>
            <div role="columnheader">{t('actionPlan.columns.lead')}</div>
            <div role="columnheader">{t('actionPlan.columns.timeframe')}</div>
            <div role="columnheader">{t('actionPlan.columns.priority')}</div>
            <div role="columnheader" title={t('actionPlan.keyMeasure')}>
              {t('actionPlan.columns.keyMeasure')}
            </div>
            <div role="columnheader">{t('actionPlan.columns.status')}</div>
            <div role="columnheader">{t('actionPlan.columns.smart')}</div>
          </div>
        </div>
        {first.isSuccess && total === 0 ? (
          <Text c="dimmed" p="md">
            {filtered ? t('actionPlan.emptyFiltered') : t('actionPlan.empty')}
          </Text>
        ) : (
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {rows.map((row) => {
              const item = itemAt(row.index);
              return (
                <ActionRow
                  key={item?.id ?? `row-${row.index}`}
                  item={item}
                  index={row.index}
                  top={row.start - HEADER_HEIGHT}
                  height={ROW_HEIGHT}
                  agencyAbbreviation={agencyAbbreviation}
                  dateStyle={dateStyle}
                  selected={item !== undefined && item.id === selectedId}
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
