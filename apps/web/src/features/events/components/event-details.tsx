import type { Event } from '@admz/shared';
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
import { useEventLabels } from '../../../i18n/event-labels.messages';
import { useLanguage, useMessages } from '../../../i18n/language';
import { describeEventSpace } from '../event-space';
import { eventsMessages } from '../events.messages';

/** An event's page: what, when, where, for whom, and where it stands. */
export function EventDetails({ eventId, notice }: { eventId: string; notice?: string }) {
  const eventQuery = useEvent(eventId);
  const language = useLanguage();
  const labels = useEventLabels();
  const { details, common } = useMessages(eventsMessages);
  if (eventQuery.isPending) return <LoadingState label={details.loading} />;
  if (eventQuery.isError) {
    return (
      <>
        <h1>{details.fallbackTitle}</h1>
        <ErrorState error={eventQuery.error} onRetry={() => void eventQuery.refetch()} />
        <Link to="/evenements">{details.backToAgenda}</Link>
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
        <Badge as="span" small noIcon className={fr.cx('fr-mr-1w')}>
          {labels.eventType[event.type]}
        </Badge>
        <EventStatusBadge status={event.status} />
      </p>
      {event.status === 'declined' && event.declineReason && (
        <Alert
          severity="warning"
          small
          title={details.declinedTitle}
          description={details.declinedReason(event.declineReason)}
          className={fr.cx('fr-mb-3w')}
        />
      )}
      <dl className="admz-event-facts">
        <dt>{details.when}</dt>
        <dd>
          {describeEventTime(event, language)} {details.localTime(event.timezone)}
        </dd>
        <dt>{details.where}</dt>
        <dd>
          {event.siteName}, {describeEventSpace(event.space, language)}
        </dd>
        <dt>{details.capacity}</dt>
        <dd>{event.capacity}</dd>
        <dt>{details.remote}</dt>
        <dd>
          {event.visioUrl ? (
            <a href={event.visioUrl} target="_blank" rel="noreferrer noopener">
              {details.visioLink}
            </a>
          ) : event.hasVisio ? (
            details.visioYes
          ) : (
            details.visioNo
          )}
        </dd>
        <dt>{details.audience}</dt>
        <dd>{labels.eventAudience[event.audience]}</dd>
        {event.themes.length > 0 && (
          <>
            <dt>{common.themes}</dt>
            <dd>{event.themes.join(', ')}</dd>
          </>
        )}
        {event.proposedBy && (
          <>
            <dt>{details.proposedBy}</dt>
            <dd>
              {event.proposedBy.givenName} {event.proposedBy.usualName}
            </dd>
          </>
        )}
      </dl>
      <h2 className={fr.cx('fr-h5')}>{details.description}</h2>
      <p style={{ whiteSpace: 'pre-line' }}>{event.description}</p>
      {event.status === 'approved' && <EventRegistrationPanel event={event} />}
      {event.status === 'approved' && <EventRegistrantsPanel event={event} />}
      {event.status === 'approved' && <CancelEventPanel event={event} />}
      {event.status === 'approved' && <EventArchiveSection event={event} />}
      <p className={fr.cx('fr-mt-4w')}>
        <Link to={`/evenements?site=${event.siteId}`}>{details.siteAgenda(event.siteName)}</Link>
      </p>
    </article>
  );
}
