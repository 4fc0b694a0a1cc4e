import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { AgendaView } from '../features/events/components/agenda-view';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';
import { eventsMessages } from '../features/events/events.messages';

export function EventsRoute() {
  const { routes, common } = useMessages(eventsMessages);
  useDocumentTitle(routes.agenda.title);
  return (
    <>
      <h1>{routes.agenda.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{routes.agenda.lead}</p>
      <p>
        <Link
          to="/evenements/proposer"
          className={fr.cx('fr-btn', 'fr-icon-add-line', 'fr-btn--icon-left')}
        >
          {common.proposeEvent}
        </Link>{' '}
        <Link
          to="/evenements/archives"
          className={fr.cx(
            'fr-btn',
            'fr-btn--secondary',
            'fr-icon-archive-line',
            'fr-btn--icon-left',
          )}
        >
          {routes.agenda.archive}
        </Link>
        <Link to="/mes-evenements" className={fr.cx('fr-link', 'fr-ml-3w')}>
          {routes.agenda.mine}
        </Link>
      </p>
      <AgendaView />
    </>
  );
}
