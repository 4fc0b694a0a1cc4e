import { fr } from '@codegouvfr/react-dsfr';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { useMe } from '../features/auth/hooks/use-me';
import { EventForm } from '../features/events/components/event-form';
import { useSites } from '../features/sites/hooks/use-sites';
import { useDocumentTitle } from '../hooks/use-document-title';

export function ProposeEventRoute() {
  useDocumentTitle('Proposer un événement');
  const { data: me } = useMe();
  const sitesQuery = useSites();
  const [searchParams] = useSearchParams();
  return (
    <>
      <h1>Proposer un événement</h1>
      <p className={fr.cx('fr-text--lead')}>
        Un talk, une journée thématique, un atelier, un déjeuner : proposez-le dans un tiers-lieu,
        sur place et, si vous le souhaitez, à distance.
      </p>
      {sitesQuery.isPending && <LoadingState label="Chargement des tiers-lieux…" />}
      {sitesQuery.isError && (
        <ErrorState error={sitesQuery.error} onRetry={() => void sitesQuery.refetch()} />
      )}
      {sitesQuery.isSuccess && sitesQuery.data.length === 0 && (
        <EmptyState title="Aucun tiers-lieu n’est ouvert pour le moment." />
      )}
      {me && sitesQuery.isSuccess && sitesQuery.data.length > 0 && (
        <div className={fr.cx('fr-grid-row')}>
          <div className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
            <EventForm
              me={me}
              sites={sitesQuery.data}
              initialSiteId={searchParams.get('site') ?? undefined}
            />
          </div>
        </div>
      )}
    </>
  );
}
