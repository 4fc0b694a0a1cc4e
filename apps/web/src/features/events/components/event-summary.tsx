import type { Event, EventStatus } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../i18n/format';
import { useEventLabels } from '../../../i18n/event-labels.messages';
import { useLanguage, useMessages, type Language } from '../../../i18n/language';
import { describeEventSpace } from '../event-space';
import { eventsMessages } from '../events.messages';

const statusSeverity: Record<EventStatus, 'info' | 'success' | 'error' | 'warning'> = {
  proposed: 'info',
  approved: 'success',
  declined: 'error',
  cancelled: 'warning',
};

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const labels = useEventLabels();
  return (
    <Badge as="span" small severity={statusSeverity[status]} noIcon>
      {labels.eventStatus[status]}
    </Badge>
  );
}

/** « jeudi 11 mars 2027, 10:00 – 12:00 » in the site's time. */
export function describeEventTime(event: Event, language: Language): string {
  return `${formatDate(event.date, language)}, ${event.startTime} – ${event.endTime}`;
}

/** One event in a list: its title (a link to its page), when, where, what kind. */
export function EventSummary({
  event,
  showSite = false,
  showStatus = false,
  children,
}: {
  event: Event;
  showSite?: boolean;
  showStatus?: boolean;
  children?: ReactNode;
}) {
  const language = useLanguage();
  const labels = useEventLabels();
  const messages = useMessages(eventsMessages);
  return (
    <li className="admz-event-summary">
      <h3 className={fr.cx('fr-h6', 'fr-mb-1v')}>
        <Link to={`/evenements/${event.id}`}>{event.title}</Link>
      </h3>
      <p className={fr.cx('fr-mb-1v')}>
        {describeEventTime(event, language)}
        {showSite ? ` — ${event.siteName}` : ''}, {describeEventSpace(event.space, language)}
      </p>
      <p className={fr.cx('fr-mb-1w', 'fr-text--sm')}>
        <Badge as="span" small noIcon className={fr.cx('fr-mr-1w')}>
          {labels.eventType[event.type]}
        </Badge>
        {showStatus && <EventStatusBadge status={event.status} />}
        {event.hasVisio && (
          <Badge as="span" small noIcon severity="new" className={fr.cx('fr-ml-1w')}>
            {messages.summary.alsoRemote}
          </Badge>
        )}
      </p>
      {children}
    </li>
  );
}
