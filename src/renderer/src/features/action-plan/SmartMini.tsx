import { useTranslation } from 'react-i18next';
import { SMART_CRITERIA, type SmartCheck } from '../../../../shared/action-plan';
import classes from './ActionPlan.module.css';
import { smartPassed } from './action-form';

/**
 * S M A R T as five letters, each filled when its criterion is met. The letters are drawn for
 * the eye; a screen reader hears one sentence naming each criterion and whether it is met.
 */
export function SmartMini({ smart }: { smart: SmartCheck }) {
  const { t } = useTranslation();
  const list = SMART_CRITERIA.map((criterion) =>
    t('actionPlan.smart.criterionState', {
      criterion: t(`actionPlan.smart.criteria.${criterion}`),
      state: smart[criterion] ? t('actionPlan.smart.met') : t('actionPlan.smart.notMet'),
    }),
  ).join('; ');
  const label = t('actionPlan.smart.mini', { passed: smartPassed(smart), list });
  return (
    <span className={classes.smart} role="img" aria-label={label} title={label} data-smart={smartPassed(smart)}>
      {SMART_CRITERIA.map((criterion) => (
        <span
          key={criterion}
          className={classes.letter}
          data-on={smart[criterion] || undefined}
          data-criterion={criterion}
        >
          {t(`actionPlan.smart.letters.${criterion}`)}
        </span>
      ))}
    </span>
  );
}
