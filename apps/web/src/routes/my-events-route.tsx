import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { MyEventsView } from '../features/events/components/my-events-view';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';
import { eventsMessages } from '../features/events/events.messages';

export function MyEventsRoute() {
  const texts = useMessages(eventsMessages).routes.mine;
  useDocumentTitle(texts.title);
  return (
    <>
      <h1>{texts.title}</h1>
      <p>
        <Link to="/evenements" className={fr.cx('fr-link')}>
          {texts.agenda}
        </Link>
      </p>
      <MyEventsView />
    </>
  );
}
