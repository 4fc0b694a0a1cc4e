import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { KiosksView } from '../features/kiosks/components/kiosks-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function KiosksRoute() {
  useDocumentTitle('Bornes d’accueil');
  const { data: me } = useMe();
  return (
    <>
      <h1>Bornes d’accueil</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>
            Les tablettes posées à l’entrée de vos tiers-lieux : appairez-en une nouvelle, suivez
            leur état, désactivez celle qui est perdue ou remplacée.
          </p>
          <KiosksView me={me} />
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
