import { Skeleton, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewSummary, Sensitivity } from '../../../../shared/evidence';
import classes from '../evidence/PagedTable.module.css';
import { formatWhen, type MonthStyle } from './format';

/** Mantine colour names: the light variant for the level, stronger colours for the stricter levels. */
const SENSITIVITY_COLOURS: Record<Sensitivity, string> = {
  public: 'gray',
  internal: 'blue',
  restricted: 'yellow',
  confidential: 'orange',
  secret: 'red',
  top_secret: 'grape',
};

/**
 * A badge as a plain span with Mantine's colour variables: a list row is rendered for every
 * few pixels of scrolling, and the Badge component costs several times more than a span.
 */
function badgeStyle(colour: string, variant: 'light' | 'filled') {
  return variant === 'light'
    ? { background: `var(--mantine-color-${colour}-light)`, color: `var(--mantine-color-${colour}-light-color)` }
    : { background: `var(--mantine-color-${colour}-filled)`, color: 'var(--mantine-color-white)' };
}

interface InterviewRowProps {
  /** Undefined while its page is being read: a placeholder of the same height is shown. */
  interview: InterviewSummary | undefined;
  index: number;
  /** Offset from the top of the rows, in pixels. */
  top: number;
  height: number;
  /** Agency code -> abbreviation in the UI language. */
  agencyAbbreviation: (code: string) => string;
  dateStyle: MonthStyle;
  selected: boolean;
  onOpen: (id: string) => void;
}

/** One interview in the list: code, category, agency or generalised location, when, language, sensitivity, use, PII. */
export const InterviewRow = memo(function InterviewRow({
  interview,
  index,
  top,
  height,
  agencyAbbreviation,
  dateStyle,
  selected,
  onOpen,
}: InterviewRowProps) {
  const { t } = useTranslation();
  const style = { height, transform: `translateY(${top}px)` };
  if (!interview) {
    return (
      <div role="row" aria-rowindex={index + 2} className={classes.row} style={style}>
        <div role="cell" className={classes.placeholder}>
          <Skeleton height={14} width="60%" aria-label={t('interviews.loadingRow')} />
        </div>
      </div>
    );
  }
  const where = interview.agencyCode ? agencyAbbreviation(interview.agencyCode) : interview.location;
  const when = formatWhen(interview, dateStyle);
  const piiLabel = t('interviews.piiLabel', { count: interview.piiCount });
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={classes.row}
      data-selected={selected || undefined}
      style={style}
      onClick={() => onOpen(interview.id)}
    >
      <div role="cell" className={classes.cell}>
        <UnstyledButton
          className={classes.code}
          aria-label={t('interviews.open', { code: interview.code })}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(interview.id);
          }}
        >
          {interview.code}
        </UnstyledButton>
      </div>
      <div role="cell" className={classes.cell}>
        {t(`interviews.categories.${interview.category}`)}
      </div>
      <div role="cell" className={classes.cell} title={where}>
        {where}
      </div>
      <div role="cell" className={classes.cell}>
        {when}
      </div>
      <div role="cell" className={classes.cell}>
        {t(`interviews.languages.${interview.language}`)}
      </div>
      <div role="cell" className={classes.cell}>
        <span className={classes.badge} style={badgeStyle(SENSITIVITY_COLOURS[interview.sensitivity], 'light')}>
          {t(`interviews.sensitivity.${interview.sensitivity}`)}
        </span>
      </div>
      <div role="cell" className={classes.cell}>
        {interview.consentWithdrawn ? (
          <span className={classes.badge} style={badgeStyle('red', 'filled')}>
            {t('interviews.withdrawn')}
          </span>
        ) : (
          t(`interviews.permittedUse.${interview.permittedUse}`)
        )}
      </div>
      <div role="cell" className={classes.cell}>
        {interview.piiCount > 0 && (
          <span className={classes.badge} style={badgeStyle('orange', 'filled')} title={piiLabel} aria-label={piiLabel}>
            {t('interviews.pii', { count: interview.piiCount })}
          </span>
        )}
      </div>
    </div>
  );
});
