import { eventAudienceLabels, eventTypeLabels, type Event } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useEvent } from '../hooks/use-events';
import { CancelEventPanel } from './cancel-event-panel';
import { EventArchiveSection } from './event-archive-section';
import { EventRegistrantsPanel, EventRegistrationPanel } from './event-registration-panel';
import { describeEventTime, EventStatusBadge } from './event-summary';
import { describeEventSpace } from '../event-space';

/** An event's page: what, when, where, for whom, and where it stands. */
export function EventDetails({ eventId, notice }: { eventId: string; notice?: string }) {
  const eventQuery = useEvent(eventId);
  if (eventQuery.isPending) return <LoadingState label="Chargement de l’événement…" />;
  if (eventQuery.isError) {
    return (
      <>
        <h1>Événement</h1>
        <ErrorState error={eventQuery.error} onRetry={() => void eventQuery.refetch()} />
        <Link to="/evenements">Retour à l’agenda</Link>
      </>
    );
  }
  const event: Event = eventQuery.data;
  return (
    <article aria-labelledby="event-title">
      <h1 id="event-title">{event.title}</h1>
      {notice && (
        <Alert severity="success" small description={notice} className={fr.cx('fr-mb-3w')} />
      )}
      <p>
        <Badge small noIcon className={fr.cx('fr-mr-1w')}>
          {eventTypeLabels[event.type]}
        </Badge>
        <EventStatusBadge status={event.status} />
      </p>
      {event.status === 'declined' && event.declineReason && (
        <Alert
          severity="warning"
          small
          title="Proposition non retenue"
          description={`Raison donnée par l’équipe : ${event.declineReason}`}
          className={fr.cx('fr-mb-3w')}
        />
      )}
      <dl className="admz-event-facts">
        <dt>Quand</dt>
        <dd>
          {describeEventTime(event)} (heure locale, {event.timezone})
        </dd>
        <dt>Où</dt>
        <dd>
          {event.siteName}, {describeEventSpace(event.space)}
        </dd>
        <dt>Places sur place</dt>
        <dd>{event.capacity}</dd>
        <dt>À distance</dt>
        <dd>
          {event.visioUrl ? (
            <a href={event.visioUrl} target="_blank" rel="noreferrer noopener">
              Lien de visio (nouvelle fenêtre)
            </a>
          ) : event.hasVisio ? (
            'Oui, par visio'
          ) : (
            'Non'
          )}
        </dd>
        <dt>Public</dt>
        <dd>{eventAudienceLabels[event.audience]}</dd>
        {event.themes.length > 0 && (
          <>
            <dt>Thèmes</dt>
            <dd>{event.themes.join(', ')}</dd>
          </>
        )}
        {event.proposedBy && (
          <>
            <dt>Proposé par</dt>
            <dd>
              {event.proposedBy.givenName} {event.proposedBy.usualName}
            </dd>
          </>
        )}
      </dl>
      <h2 className={fr.cx('fr-h5')}>Description</h2>
      <p style={{ whiteSpace: 'pre-line' }}>{event.description}</p>
      {event.status === 'approved' && <EventRegistrationPanel event={event} />}
      {event.status === 'approved' && <EventRegistrantsPanel event={event} />}
      {event.status === 'approved' && <CancelEventPanel event={event} />}
      {event.status === 'approved' && <EventArchiveSection event={event} />}
      <p className={fr.cx('fr-mt-4w')}>
        <Link to={`/evenements?site=${event.siteId}`}>Agenda de {event.siteName}</Link>
      </p>
    </article>
  );
}
