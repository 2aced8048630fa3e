import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { DetailsForm, blankDetails } from './DetailsForm';
import { api, useMeetingWrite } from './queries';

/** A new meeting from its number, year, date and title; everything else is filled in the editor. */
export function NewMeetingModal(props: {
  opened: boolean;
  calendar: Calendar;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const write = useMeetingWrite();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('meetings.newMeeting')} size="lg">
      {props.opened && (
        <DetailsForm
          initial={blankDetails()}
          calendar={props.calendar}
          short
          submitLabel={t('meetings.details.create')}
          busy={write.busy}
          error={write.error}
          onSubmit={async (values) => {
            const meeting = await write.run(() => api().create(values));
            if (meeting) props.onCreated(meeting.id);
          }}
        />
      )}
    </Modal>
  );
}
