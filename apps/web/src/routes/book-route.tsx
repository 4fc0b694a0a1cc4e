import { fr } from '@codegouvfr/react-dsfr';
import { BookDeskView } from '../features/bookings/components/book-desk-view';
import { bookingsMessages } from '../features/bookings/bookings.messages';
import { UpcomingEventsPanel } from '../features/events/components/upcoming-events-panel';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function BookRoute() {
  const { bookPage } = useMessages(bookingsMessages);
  useDocumentTitle(bookPage.title);
  return (
    <>
      <h1>{bookPage.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{bookPage.lead}</p>
      <BookDeskView />
      <UpcomingEventsPanel />
    </>
  );
}
