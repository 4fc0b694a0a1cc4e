import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useMessages } from '../../../i18n/language';
import { eventsMessages } from '../events.messages';
import { useUpcomingEvents } from '../hooks/use-events';
import { EventSummary } from './event-summary';

/** How many events the home page shows before « Voir l’agenda ». */
const shownOnHome = 3;

/** The next approved events at the sites the agent may book: the home page's « Événements à venir ». */
export function UpcomingEventsPanel() {
  const eventsQuery = useUpcomingEvents();
  const { upcoming, common } = useMessages(eventsMessages);
  return (
    <section aria-labelledby="upcoming-events-title" className={fr.cx('fr-mt-6w')}>
      <h2 id="upcoming-events-title" className={fr.cx('fr-h4')}>
        {upcoming.title}
      </h2>
      {eventsQuery.isPending && <LoadingState label={upcoming.loading} />}
      {eventsQuery.isError && (
        <ErrorState error={eventsQuery.error} onRetry={() => void eventsQuery.refetch()} />
      )}
      {eventsQuery.isSuccess && eventsQuery.data.length === 0 && <p>{upcoming.empty}</p>}
      {eventsQuery.isSuccess && eventsQuery.data.length > 0 && (
        <ul className="admz-event-list">
          {eventsQuery.data.slice(0, shownOnHome).map((event) => (
            <EventSummary key={event.id} event={event} showSite />
          ))}
        </ul>
      )}
      <p>
        <Link to="/evenements" className={fr.cx('fr-link', 'fr-mr-3w')}>
          {upcoming.seeAgenda}
        </Link>
        <Link to="/evenements/proposer" className={fr.cx('fr-link')}>
          {common.proposeEvent}
        </Link>
      </p>
    </section>
  );
}
