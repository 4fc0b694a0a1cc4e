import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { SiteSettingsView } from '../features/site-settings/components/site-settings-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function SiteSettingsRoute() {
  useDocumentTitle('Paramètres du site');
  const { data: me } = useMe();
  return (
    <>
      <h1>Paramètres du site</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>
            Horaires, fermetures, jours fériés, horaires étendus et règles de réservation.
          </p>
          <SiteSettingsView me={me} />
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
