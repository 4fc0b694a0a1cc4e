import { fr } from '@codegouvfr/react-dsfr';
import { Link, useParams } from 'react-router';
import { myBookingsMessages } from '../features/bookings/my-bookings.messages';
import { BookingPassView } from '../features/bookings/components/booking-pass-view';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function BookingPassRoute() {
  const { passPage } = useMessages(myBookingsMessages);
  useDocumentTitle(passPage.title);
  const { bookingId = '' } = useParams();
  return (
    <>
      <p className={fr.cx('fr-mb-2w')}>
        <Link
          to="/mes-reservations"
          className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}
        >
          {passPage.back}
        </Link>
      </p>
      <h1>{passPage.title}</h1>
      <BookingPassView bookingId={bookingId} />
    </>
  );
}
