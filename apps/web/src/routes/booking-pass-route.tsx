import { fr } from '@codegouvfr/react-dsfr';
import { Link, useParams } from 'react-router';
import { BookingPassView } from '../features/bookings/components/booking-pass-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function BookingPassRoute() {
  useDocumentTitle("QR code d'accès");
  const { bookingId = '' } = useParams();
  return (
    <>
      <p className={fr.cx('fr-mb-2w')}>
        <Link
          to="/mes-reservations"
          className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}
        >
          Mes réservations
        </Link>
      </p>
      <h1>QR code d'accès</h1>
      <BookingPassView bookingId={bookingId} />
    </>
  );
}
