import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { PendingGuestsView } from '../features/guests/components/pending-guests-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function PendingGuestsRoute() {
  useDocumentTitle('Invitations à valider');
  const { data: me } = useMe();
  return (
    <>
      <h1>Invitations à valider</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>
            Des agents invitent des personnes extérieures à travailler sur votre site. Validez leur
            venue, ou refusez-la en expliquant pourquoi.
          </p>
          <PendingGuestsView me={me} />
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
