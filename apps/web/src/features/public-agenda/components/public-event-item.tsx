import type { PublicEvent } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router';
import { useEventLabels } from '../../../i18n/event-labels.messages';
import { useMessages } from '../../../i18n/language';
import { publicAgendaMessages } from '../public-agenda.messages';

/**
 * One public event: when, where, what kind, its themes, how to follow it, and the way to
 * register — the event's page, behind the login for a visitor.
 */
export function PublicEventItem({
  event,
  isLoggedIn,
}: {
  event: PublicEvent;
  isLoggedIn: boolean;
}) {
  const texts = useMessages(publicAgendaMessages).event;
  const labels = useEventLabels();
  return (
    <li className="admz-event-summary" id={`evenement-${event.id}`}>
      <h4 className={fr.cx('fr-h6', 'fr-mb-1v')}>{event.title}</h4>
      <p className={fr.cx('fr-mb-1v')}>
        {event.startTime} – {event.endTime} · {event.siteName}
      </p>
      <p className={fr.cx('fr-mb-1w', 'fr-text--sm')}>
        <Badge as="span" small noIcon className={fr.cx('fr-mr-1w')}>
          {labels.eventType[event.type]}
        </Badge>
        <Badge as="span" small noIcon severity="info" className={fr.cx('fr-mr-1w')}>
          {texts.inPerson}
        </Badge>
        {event.hasVisio && (
          <Badge as="span" small noIcon severity="new">
            {texts.remote}
          </Badge>
        )}
      </p>
      {event.themes.length > 0 && (
        <ul className={fr.cx('fr-tags-group')} aria-label={texts.themesOf(event.title)}>
          {event.themes.map((theme) => (
            <li key={theme}>
              <p className={fr.cx('fr-tag', 'fr-tag--sm')}>{theme}</p>
            </li>
          ))}
        </ul>
      )}
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>{event.description}</p>
      <Link
        to={`/evenements/${event.id}`}
        className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}
      >
        {isLoggedIn ? texts.seeAndRegister : texts.logInToRegister}
        <span className={fr.cx('fr-sr-only')}>{texts.toEvent(event.title)}</span>
      </Link>
    </li>
  );
}
