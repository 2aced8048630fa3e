import { Skeleton, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../shared/action-plan';
import type { DateStyle } from '../../lib/format';
import { localized } from '../framework/language';
import classes from './ActionPlan.module.css';
import { formatIsoDate } from './format';
import { SmartMini } from './SmartMini';
import { StatusBadge } from './StatusBadge';

export type ActionSummary = Omit<ActionItem, 'updates'>;

interface ActionRowProps {
  /** Undefined while its page is being read: a placeholder of the same height is shown. */
  item: ActionSummary | undefined;
  index: number;
  /** Offset from the top of the rows, in pixels. */
  top: number;
  height: number;
  /** Agency code -> abbreviation in the UI language. */
  agencyAbbreviation: (code: string) => string;
  dateStyle: DateStyle;
  selected: boolean;
  onOpen: (id: string) => void;
}

/** One item of the plan: code, action, lead, timeframe and dates, priority, key measure, status, SMART. */
export const ActionRow = memo(function ActionRow({
  item,
  index,
  top,
  height,
  agencyAbbreviation,
  dateStyle,
  selected,
  onOpen,
}: ActionRowProps) {
  const { t } = useTranslation();
  const style = { height, transform: `translateY(${top}px)` };
  if (!item) {
    return (
      <div role="row" aria-rowindex={index + 2} className={classes.row} style={style}>
        <div role="cell" className={classes.placeholder}>
          <Skeleton height={14} width="60%" aria-label={t('actionPlan.loadingRow')} />
        </div>
      </div>
    );
  }
  const action = localized(item.action, dateStyle.language);
  const objective = localized(item.objective, dateStyle.language);
  const lead = item.leadAgencyCode ? agencyAbbreviation(item.leadAgencyCode) : null;
  const dates =
    item.startDate || item.endDate
      ? t('actionPlan.dateRange', {
          start: item.startDate ? formatIsoDate(item.startDate, dateStyle) : '…',
          end: item.endDate ? formatIsoDate(item.endDate, dateStyle) : '…',
        })
      : t('actionPlan.noDates');
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={classes.row}
      data-selected={selected || undefined}
      style={style}
      onClick={() => onOpen(item.id)}
    >
      <div role="cell" className={classes.cell}>
        <UnstyledButton
          className={classes.code}
          aria-label={t('actionPlan.open', { code: item.code })}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(item.id);
          }}
        >
          {item.code}
        </UnstyledButton>
      </div>
      <div role="cell" className={classes.cell} title={action}>
        {action || <span className={classes.sub}>{t('actionPlan.noText')}</span>}
        {objective && <span className={classes.sub}>{objective}</span>}
      </div>
      <div role="cell" className={classes.cell}>
        {lead ?? <span className={classes.sub}>{t('actionPlan.noLead')}</span>}
      </div>
      <div role="cell" className={classes.cell} title={dates}>
        {t(`actionPlan.timeframes.${item.timeframe}`)}
        <span className={classes.sub}>{dates}</span>
      </div>
      <div role="cell" className={classes.cell}>
        {t(`actionPlan.priorities.${item.priority}`)}
      </div>
      <div role="cell" className={classes.cell}>
        {item.keyMeasure && <span title={t('actionPlan.keyMeasure')}>{t('actionPlan.keyMeasureMark')}</span>}
      </div>
      <div role="cell" className={classes.cell}>
        <StatusBadge status={item.status} />
        {item.statusDate && <span className={classes.sub}>{formatIsoDate(item.statusDate, dateStyle)}</span>}
      </div>
      <div role="cell" className={classes.cell}>
        <SmartMini smart={item.smart} />
      </div>
    </div>
  );
});
