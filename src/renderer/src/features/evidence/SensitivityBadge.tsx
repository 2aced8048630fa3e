import { useTranslation } from 'react-i18next';
import type { Sensitivity } from '../../../../shared/evidence';
import classes from './PagedTable.module.css';

/** Mantine colour names, as in the interview list: stronger colours for the stricter levels. */
const SENSITIVITY_COLOURS: Record<Sensitivity, string> = {
  public: 'gray',
  internal: 'blue',
  restricted: 'yellow',
  confidential: 'orange',
  secret: 'red',
  top_secret: 'grape',
};

/** A plain span rather than Mantine's Badge: it is rendered in every list row while scrolling. */
export function SensitivityBadge({ level }: { level: Sensitivity }) {
  const { t } = useTranslation();
  const colour = SENSITIVITY_COLOURS[level];
  return (
    <span
      className={classes.badge}
      style={{ background: `var(--mantine-color-${colour}-light)`, color: `var(--mantine-color-${colour}-light-color)` }}
    >
      {t(`interviews.sensitivity.${level}`)}
    </span>
  );
}
