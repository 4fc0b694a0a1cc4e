import { fr } from '@codegouvfr/react-dsfr';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { SiteSelect } from '../../sites/components/site-select';
import { useSites } from '../../sites/hooks/use-sites';
import { useMessages } from '../../../i18n/language';
import { eventsMessages } from '../events.messages';
import { useSiteAgenda } from '../hooks/use-events';
import { EventSummary } from './event-summary';
import { Link } from 'react-router';

/** « Agenda »: a site's approved events to come. */
export function AgendaView() {
  const sitesQuery = useSites();
  const [searchParams, setSearchParams] = useSearchParams();
  const sites = sitesQuery.data ?? [];
  const site = sites.find((item) => item.id === searchParams.get('site')) ?? sites[0];
  const agendaQuery = useSiteAgenda(site?.id);
  const { agenda, common } = useMessages(eventsMessages);
  if (sitesQuery.isPending) return <LoadingState label={common.loadingSites} />;
  if (sitesQuery.isError) {
    return <ErrorState error={sitesQuery.error} onRetry={() => void sitesQuery.refetch()} />;
  }
  if (!site) return <EmptyState title={common.noSiteOpen} />;
  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SiteSelect
            label={common.site}
            sites={sites}
            selectedSiteId={site.id}
            onSelectSite={(siteId) => setSearchParams({ site: siteId }, { replace: true })}
          />
        </div>
      </div>
      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title" className={fr.cx('fr-h4')}>
          {agenda.title(site.name)}
        </h2>
        {agendaQuery.isPending && <LoadingState label={agenda.loading} />}
        {agendaQuery.isError && (
          <ErrorState error={agendaQuery.error} onRetry={() => void agendaQuery.refetch()} />
        )}
        {agendaQuery.isSuccess && agendaQuery.data.length === 0 && (
          <EmptyState
            title={agenda.empty}
            action={
              <Link to={`/evenements/proposer?site=${site.id}`} className={fr.cx('fr-link')}>
                {common.proposeEvent}
              </Link>
            }
          />
        )}
        {agendaQuery.isSuccess && agendaQuery.data.length > 0 && (
          <ul className="admz-event-list">
            {agendaQuery.data.map((event) => (
              <EventSummary key={event.id} event={event} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
