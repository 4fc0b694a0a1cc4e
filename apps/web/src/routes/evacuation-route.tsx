import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { EvacuationView } from '../features/today-board/components/evacuation-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function EvacuationRoute() {
  useDocumentTitle('Liste d’évacuation');
  const { data: me } = useMe();
  return (
    <>
      <h1 className="admz-evacuation__title">Liste d’évacuation</h1>
      {me && canSeeHostView(me) ? (
        <EvacuationView me={me} />
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
