import { fr } from '@codegouvfr/react-dsfr';
import { DevOutboxView } from '../features/mail/components/dev-outbox-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function DevOutboxRoute() {
  useDocumentTitle("Boîte d'envoi (développement)");
  return (
    <>
      <h1>Boîte d'envoi (développement)</h1>
      <p className={fr.cx('fr-text--lead')}>
        Sans serveur SMTP configuré, AdmZ garde ici les mails qu'il aurait envoyés.
      </p>
      <DevOutboxView />
    </>
  );
}
