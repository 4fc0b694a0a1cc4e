import type { Booking } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { describeError } from '../../../components/error-state';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { describeBookingSlot } from '../booking-display';
import { myBookingsMessages } from '../my-bookings.messages';

export const cancelBookingModal = createModal({
  id: 'cancel-booking-modal',
  isOpenedByDefault: false,
});

type CancelBookingModalProps = {
  booking: Booking | null;
  isCancelling: boolean;
  error: unknown;
  onConfirm: (booking: Booking) => void;
};

export function CancelBookingModal({
  booking,
  isCancelling,
  error,
  onConfirm,
}: CancelBookingModalProps) {
  const { cancelModal: texts } = useMessages(myBookingsMessages);
  const format = useFormat();
  return (
    <cancelBookingModal.Component
      title={texts.title}
      iconId="fr-icon-warning-line"
      buttons={[
        { children: texts.keep, priority: 'secondary' },
        {
          children: isCancelling ? texts.cancelling : texts.confirm,
          doClosesModal: false,
          disabled: isCancelling || booking === null,
          onClick: () => {
            if (booking) onConfirm(booking);
          },
        },
      ]}
    >
      {booking ? (
        <>
          <p>{texts.freed(booking.desk.label, booking.desk.zone, booking.site.name)}</p>
          <p className={fr.cx('fr-text--bold')}>
            {format.date(booking.date)}, {describeBookingSlot(booking, format.language)}
          </p>
          <p>{texts.passInvalid}</p>
        </>
      ) : (
        <p>{texts.none}</p>
      )}
      {error !== null && error !== undefined && (
        <Alert severity="error" small description={describeError(error)} />
      )}
    </cancelBookingModal.Component>
  );
}
