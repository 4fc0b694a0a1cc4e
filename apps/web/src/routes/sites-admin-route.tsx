import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useMe } from '../features/auth/hooks/use-me';
import { SitesAdminView } from '../features/sites-admin/components/sites-admin-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function SitesAdminRoute() {
  useDocumentTitle('Sites du réseau');
  const { data: me } = useMe();
  return (
    <>
      <h1>Sites du réseau</h1>
      {me?.isAdmin ? (
        <>
          <p className={fr.cx('fr-text--lead')}>
            Créez les tiers-lieux, permanents ou itinérants, renseignez ce que les agents doivent
            savoir pour venir, et archivez ceux qui ferment. Chaque changement est consigné.
          </p>
          <SitesAdminView />
        </>
      ) : (
        <Alert
          as="h2"
          severity="warning"
          title="Page réservée aux administrateurs"
          description="Seuls les administrateurs d’AdmZ créent et archivent les tiers-lieux. Si vous devriez y avoir accès, contactez l'équipe AdmZ."
        />
      )}
    </>
  );
}
