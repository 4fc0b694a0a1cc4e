import { fr } from '@codegouvfr/react-dsfr';
import { BookDeskView } from '../features/bookings/components/book-desk-view';
import { UpcomingEventsPanel } from '../features/events/components/upcoming-events-panel';
import { useDocumentTitle } from '../hooks/use-document-title';

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
      <UpcomingEventsPanel />
    </>
  );
}
