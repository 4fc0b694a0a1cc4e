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
        Choisissez un tiers-lieu et un jour, puis un poste pour la matinée, l'après-midi ou la
        journée.
      </p>
      <BookDeskView />
      <UpcomingEventsPanel />
    </>
  );
}
