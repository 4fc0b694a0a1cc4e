import { fr } from '@codegouvfr/react-dsfr';
import { lazy, Suspense } from 'react';
import { BookDeskView } from '../features/bookings/components/book-desk-view';
import { useDocumentTitle } from '../hooks/use-document-title';

// The events below the desks load after the page: booking is what it opens for.
const UpcomingEventsPanel = lazy(async () => ({
  default: (await import('../features/events/components/upcoming-events-panel'))
    .UpcomingEventsPanel,
}));

export function BookRoute() {
  useDocumentTitle('Réserver un poste');
  return (
    <>
      <h1>Réserver un poste</h1>
      <p className={fr.cx('fr-text--lead')}>
        Choisissez un jour et un créneau : AdmZ vous trouve un poste libre, ou choisissez-le parmi
        les postes libres.
      </p>
      <BookDeskView />
      <Suspense fallback={null}>
        <UpcomingEventsPanel />
      </Suspense>
    </>
  );
}
