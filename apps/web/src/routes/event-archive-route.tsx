import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { ArchiveSearchView } from '../features/events/components/archive-search-view';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';
import { eventsMessages } from '../features/events/events.messages';

export function EventArchiveRoute() {
  const texts = useMessages(eventsMessages).routes.archive;
  useDocumentTitle(texts.title);
  return (
    <>
      <h1>{texts.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{texts.lead}</p>
      <p>
        <Link
          to="/evenements"
          className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}
        >
          {texts.upcoming}
        </Link>
      </p>
      <ArchiveSearchView />
    </>
  );
}
