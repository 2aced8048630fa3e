import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectIndicator, Scale } from '../../../../shared/framework';
import { IndicatorForm, type IndicatorFormTarget } from './IndicatorForm';

interface IndicatorFormModalProps {
  target: IndicatorFormTarget | null;
  scales: Scale[];
  onClose: () => void;
  onSaved: (indicator: ProjectIndicator, mode: IndicatorFormTarget['mode']) => void;
}

/**
 * The add/edit dialog. Its body mounts afresh at each opening (Mantine unmounts a closed
 * modal's content), so the form starts from the indicator being edited or from blank.
 * Escape closes it.
 */
export function IndicatorFormModal({ target, scales, onClose, onSaved }: IndicatorFormModalProps) {
  const { t } = useTranslation();
  const title =
    target?.mode === 'edit'
      ? t('framework.form.editHeading', { code: target.indicator.code })
      : t('framework.form.addHeading', { code: target?.subAreaCode ?? '' });
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="xl" closeOnEscape>
      {target && <IndicatorForm target={target} scales={scales} onCancel={onClose} onSaved={onSaved} />}
    </Modal>
  );
}
