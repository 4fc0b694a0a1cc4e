import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useUpcomingEvents } from '../hooks/use-events';
import { EventSummary } from './event-summary';

/** How many events the home page shows before « Voir l’agenda ». */
const shownOnHome = 3;

/** The next approved events at the sites the agent may book: the home page's « Événements à venir ». */
export function UpcomingEventsPanel() {
  const eventsQuery = useUpcomingEvents();
  return (
    <section aria-labelledby="upcoming-events-title" className={fr.cx('fr-mt-6w')}>
      <h2 id="upcoming-events-title" className={fr.cx('fr-h4')}>
        Événements à venir
      </h2>
      {eventsQuery.isPending && <LoadingState label="Chargement des événements…" />}
      {eventsQuery.isError && (
        <ErrorState error={eventsQuery.error} onRetry={() => void eventsQuery.refetch()} />
      )}
      {eventsQuery.isSuccess && eventsQuery.data.length === 0 && (
        <p>Aucun événement annoncé pour l’instant dans vos tiers-lieux.</p>
      )}
      {eventsQuery.isSuccess && eventsQuery.data.length > 0 && (
        <ul className="admz-event-list">
          {eventsQuery.data.slice(0, shownOnHome).map((event) => (
            <EventSummary key={event.id} event={event} showSite />
          ))}
        </ul>
      )}
      <p>
        <Link to="/evenements" className={fr.cx('fr-link', 'fr-mr-3w')}>
          Voir l’agenda
        </Link>
        <Link to="/evenements/proposer" className={fr.cx('fr-link')}>
          Proposer un événement
        </Link>
      </p>
    </section>
  );
}
