import { fr } from '@codegouvfr/react-dsfr';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { useMe } from '../features/auth/hooks/use-me';
import { EventForm } from '../features/events/components/event-form';
import { useSites } from '../features/sites/hooks/use-sites';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';
import { eventsMessages } from '../features/events/events.messages';

export function ProposeEventRoute() {
  const { routes, common } = useMessages(eventsMessages);
  useDocumentTitle(routes.propose.title);
  const { data: me } = useMe();
  const sitesQuery = useSites();
  const [searchParams] = useSearchParams();
  return (
    <>
      <h1>{routes.propose.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{routes.propose.lead}</p>
      {sitesQuery.isPending && <LoadingState label={common.loadingSites} />}
      {sitesQuery.isError && (
        <ErrorState error={sitesQuery.error} onRetry={() => void sitesQuery.refetch()} />
      )}
      {sitesQuery.isSuccess && sitesQuery.data.length === 0 && (
        <EmptyState title={common.noSiteOpen} />
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
