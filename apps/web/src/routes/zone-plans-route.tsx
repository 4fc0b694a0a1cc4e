import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { ZonePlansView } from '../features/floor-plans/components/zone-plans-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function ZonePlansRoute() {
  useDocumentTitle('Plans des zones');
  const { data: me } = useMe();
  return (
    <>
      <h1>Plans des zones</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>
            Déposez le plan de chaque zone, puis placez-y ses postes : les agents réservent en
            cliquant sur le plan.
          </p>
          <ZonePlansView me={me} />
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
