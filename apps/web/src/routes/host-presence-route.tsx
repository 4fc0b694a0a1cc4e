import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { HostPresenceView } from '../features/presence/components/host-presence-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function HostPresenceRoute() {
  useDocumentTitle('Accueil du tiers-lieu');
  const { data: me } = useMe();
  return (
    <>
      <h1>Accueil du tiers-lieu</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>Qui est attendu aujourd'hui, et qui est arrivé.</p>
          <HostPresenceView me={me} />
        </>
      ) : (
        <Alert
          severity="warning"
          title="Page réservée aux gestionnaires"
          description="Cette page est réservée aux personnes qui gèrent un tiers-lieu. Si vous devriez y avoir accès, contactez l'équipe AdmZ."
        />
      )}
    </>
  );
}
