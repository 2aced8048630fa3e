import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../../shared/action-plan';
import classes from './ActionPlan.module.css';
import { statusBadgeStyle } from './status';

/** The status in its colour: used in the table, the editor's header and the timeline. */
export function StatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={classes.badge} style={statusBadgeStyle(status)} data-status={status}>
      {t(`actionPlan.statuses.${status}`)}
    </span>
  );
}
