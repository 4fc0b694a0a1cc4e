import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { TodayBoardView } from '../features/today-board/components/today-board-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function TodayBoardRoute() {
  useDocumentTitle('Tableau du jour');
  const { data: me } = useMe();
  return (
    <>
      <h1>Tableau du jour</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>
            Chaque réservation d’aujourd’hui et son état, en direct : qui est attendu, arrivé, parti
            ou absent, et les postes libres.
          </p>
          <TodayBoardView me={me} />
        </>
      ) : (
        <Alert
          as="h2"
          severity="warning"
          title="Page réservée aux gestionnaires"
          description="Cette page est réservée aux personnes qui gèrent un tiers-lieu. Si vous devriez y avoir accès, contactez l'équipe AdmZ."
        />
      )}
    </>
  );
}
