import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { SiteConsoleView } from '../features/site-console/components/site-console-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function SiteConsoleRoute() {
  useDocumentTitle('Postes et zones');
  const { data: me } = useMe();
  return (
    <>
      <h1>Postes et zones</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>
            Créez et ordonnez les zones du tiers-lieu, ajoutez des postes un par un ou en série, et
            retirez un poste de la réservation en prévenant les personnes concernées.
          </p>
          <SiteConsoleView me={me} />
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
