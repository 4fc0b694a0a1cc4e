import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { SiteAnalyticsView } from '../features/analytics/components/site-analytics-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function AnalyticsRoute() {
  useDocumentTitle('Statistiques du site');
  const { data: me } = useMe();
  return (
    <>
      <h1>Statistiques du site</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>
            Occupation, absences, agents et administrations qui se rencontrent dans votre
            tiers-lieu, par semaine, par mois ou sur la période de votre choix.
          </p>
          <SiteAnalyticsView me={me} />
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
