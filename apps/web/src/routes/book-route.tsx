import { fr } from '@codegouvfr/react-dsfr';
import { lazy, Suspense } from 'react';
import { BookDeskView } from '../features/bookings/components/book-desk-view';
import { bookingsMessages } from '../features/bookings/bookings.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

// The events below the desks load after the page: booking is what it opens for.
const UpcomingEventsPanel = lazy(async () => ({
  default: (await import('../features/events/components/upcoming-events-panel'))
    .UpcomingEventsPanel,
}));

export function BookRoute() {
  const { bookPage } = useMessages(bookingsMessages);
  useDocumentTitle(bookPage.title);
  return (
    <>
      <h1>{bookPage.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{bookPage.lead}</p>
      <BookDeskView />
      <Suspense fallback={null}>
        <UpcomingEventsPanel />
      </Suspense>
    </>
  );
}
