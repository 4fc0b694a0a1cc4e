import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useMe } from '../features/auth/hooks/use-me';
import { HostsView } from '../features/hosts/components/hosts-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function HostsRoute() {
  useDocumentTitle('Gestionnaires des sites');
  const { data: me } = useMe();
  return (
    <>
      <h1>Gestionnaires des sites</h1>
      {me?.isAdmin ? (
        <>
          <p className={fr.cx('fr-text--lead')}>
            Qui gère chaque tiers-lieu : nommez un gestionnaire par son adresse, même s’il ne s’est
            encore jamais connecté, ou retirez-le. Chaque changement est consigné.
          </p>
          <HostsView />
        </>
      ) : (
        <Alert
          as="h2"
          severity="warning"
          title="Page réservée aux administrateurs"
          description="Seuls les administrateurs d’AdmZ nomment les gestionnaires des tiers-lieux. Si vous devriez y avoir accès, contactez l'équipe AdmZ."
        />
      )}
    </>
  );
}
