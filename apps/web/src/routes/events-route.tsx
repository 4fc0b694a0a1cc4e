import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { AgendaView } from '../features/events/components/agenda-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function EventsRoute() {
  useDocumentTitle('Agenda des événements');
  return (
    <>
      <h1>Agenda des événements</h1>
      <p className={fr.cx('fr-text--lead')}>
        Conférences, journées thématiques, ateliers et déjeuners des tiers-lieux, proposés par les
        agents qui les fréquentent.
      </p>
      <p>
        <Link
          to="/evenements/proposer"
          className={fr.cx('fr-btn', 'fr-icon-add-line', 'fr-btn--icon-left')}
        >
          Proposer un événement
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
          Archives des événements passés
        </Link>
        <Link to="/mes-evenements" className={fr.cx('fr-link', 'fr-ml-3w')}>
          Mes inscriptions et propositions
        </Link>
      </p>
      <AgendaView />
    </>
  );
}
