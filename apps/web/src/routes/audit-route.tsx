import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useMe } from '../features/auth/hooks/use-me';
import { AuditLogView } from '../features/audit/components/audit-log-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function AuditRoute() {
  useDocumentTitle('Journal des actions');
  const { data: me } = useMe();
  return (
    <>
      <h1>Journal des actions</h1>
      {me?.isAdmin ? (
        <>
          <p className={fr.cx('fr-text--lead')}>
            Chaque action des gestionnaires et des administrateurs : qui, quoi, quand, avant et
            après. Choisissez un nom pour ne voir que ses actions.
          </p>
          <AuditLogView />
        </>
      ) : (
        <Alert
          as="h2"
          severity="warning"
          title="Page réservée aux administrateurs"
          description="Seuls les administrateurs d’AdmZ consultent le journal des actions. Si vous devriez y avoir accès, contactez l'équipe AdmZ."
        />
      )}
    </>
  );
}
