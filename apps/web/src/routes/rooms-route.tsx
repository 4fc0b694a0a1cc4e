import { fr } from '@codegouvfr/react-dsfr';
import { BookRoomView } from '../features/rooms/components/book-room-view';
import { MyRoomBookings } from '../features/rooms/components/my-room-bookings';
import { useDocumentTitle } from '../hooks/use-document-title';

export function RoomsRoute() {
  useDocumentTitle('Réserver une salle');
  return (
    <>
      <h1>Réserver une salle</h1>
      <p className={fr.cx('fr-text--lead')}>
        Une salle ou une grande table pour travailler à plusieurs : choisissez un tiers-lieu et un
        jour, puis un créneau au quart d'heure.
      </p>
      <BookRoomView />
      <MyRoomBookings />
    </>
  );
}
