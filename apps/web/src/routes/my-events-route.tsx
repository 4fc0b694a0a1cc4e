import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { MyEventsView } from '../features/events/components/my-events-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function MyEventsRoute() {
  useDocumentTitle('Mes événements');
  return (
    <>
      <h1>Mes événements</h1>
      <p>
        <Link to="/evenements" className={fr.cx('fr-link')}>
          Agenda des événements
        </Link>
      </p>
      <MyEventsView />
    </>
  );
}
