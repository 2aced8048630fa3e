import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectIndicator } from '../../../../shared/framework';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRetireIndicator } from './queries';

interface RetireIndicatorModalProps {
  /** The indicator to retire, or to restore if it is retired already. */
  indicator: ProjectIndicator | null;
  onClose: () => void;
  onDone: (indicator: ProjectIndicator) => void;
}

/** Asks before retiring or restoring; nothing is deleted either way (ratings and links stay). */
export function RetireIndicatorModal({ indicator, onClose, onDone }: RetireIndicatorModalProps) {
  const { t } = useTranslation();
  const retire = useRetireIndicator();
  const restoring = indicator?.retired ?? false;
  const code = indicator?.code ?? '';

  const close = () => {
    retire.reset();
    onClose();
  };
  const confirm = () => {
    if (!indicator) return;
    retire.mutate(
      { id: indicator.id, retired: !indicator.retired },
      {
        onSuccess: (next) => {
          retire.reset();
          onDone(next);
        },
      },
    );
  };

  return (
    <Modal
      opened={indicator !== null}
      onClose={close}
      title={restoring ? t('framework.retire.restoreHeading', { code }) : t('framework.retire.heading', { code })}
      size="md"
    >
      <Stack gap="md">
        <Text size="sm">
          {restoring ? t('framework.retire.restoreExplanation') : t('framework.retire.explanation')}
        </Text>
        <ErrorAlert error={retire.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color={restoring ? 'teal' : 'red'} onClick={confirm} loading={retire.isPending} data-autofocus>
            {restoring ? t('framework.retire.restoreConfirm') : t('framework.retire.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
