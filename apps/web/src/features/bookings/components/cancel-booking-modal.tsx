import { formatFrenchDate } from '@admz/shared';
import type { Booking } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { describeError } from '../../../components/error-state';
import { describeBookingSlot } from '../booking-display';

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
  return (
    <cancelBookingModal.Component
      title="Annuler cette réservation ?"
      iconId="fr-icon-warning-line"
      buttons={[
        { children: 'Garder ma réservation', priority: 'secondary' },
        {
          children: isCancelling ? 'Annulation…' : 'Oui, annuler la réservation',
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
          <p>
            Le poste {booking.desk.label} ({booking.desk.zone}) à {booking.site.name} sera libéré
            pour d'autres agents :
          </p>
          <p className={fr.cx('fr-text--bold')}>
            {formatFrenchDate(booking.date)}, {describeBookingSlot(booking)}
          </p>
          <p>Votre QR code ne sera plus valable.</p>
        </>
      ) : (
        <p>Aucune réservation sélectionnée.</p>
      )}
      {error !== null && error !== undefined && (
        <Alert severity="error" small description={describeError(error)} />
      )}
    </cancelBookingModal.Component>
  );
}
