import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { PendingEventsView } from '../features/events/components/pending-events-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function PendingEventsRoute() {
  useDocumentTitle('Événements à valider');
  const { data: me } = useMe();
  return (
    <>
      <h1>Événements à valider</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>
            Validez les événements proposés par les agents, ou refusez-les en expliquant pourquoi.
            Un événement validé occupe sa zone : les postes réservés sur son créneau sont listés
            avant d’être annulés.
          </p>
          <PendingEventsView me={me} />
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
