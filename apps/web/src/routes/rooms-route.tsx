import { fr } from '@codegouvfr/react-dsfr';
import { BookRoomView } from '../features/rooms/components/book-room-view';
import { MyRoomBookings } from '../features/rooms/components/my-room-bookings';
import { roomsMessages } from '../features/rooms/rooms.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function RoomsRoute() {
  const { route: messages } = useMessages(roomsMessages);
  useDocumentTitle(messages.title);
  return (
    <>
      <h1>{messages.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{messages.lead}</p>
      <BookRoomView />
      <MyRoomBookings />
    </>
  );
}
