import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { ArchiveSearchView } from '../features/events/components/archive-search-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function EventArchiveRoute() {
  useDocumentTitle('Archives des événements');
  return (
    <>
      <h1>Archives des événements</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les événements passés des tiers-lieux, avec ce qu’ils ont produit : résumés, supports,
        vidéos, dépôts de code.
      </p>
      <p>
        <Link
          to="/evenements"
          className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}
        >
          Agenda des événements à venir
        </Link>
      </p>
      <ArchiveSearchView />
    </>
  );
}
