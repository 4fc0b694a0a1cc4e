import type { Me, Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useMessages } from '../../../i18n/language';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { useSiteDesks } from '../../floor-plans/hooks/use-site-desks';
import { useZones } from '../../floor-plans/hooks/use-zones';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { SiteSelect } from '../../sites/components/site-select';
import '../site-console.css';
import { siteConsoleMessages } from '../site-console.messages';
import { AddDesksPanel } from './add-desks-panel';
import { ZoneDesksPanel } from './zone-desks-panel';
import { ZonesPanel } from './zones-panel';
import { useSiteInAddress } from '../../sites/hooks/use-site-in-address';

/** « Postes et zones »: a host shapes the zones and desks of the sites they run. */
export function SiteConsoleView({ me }: { me: Me }) {
  return <HostedSitesGate me={me}>{(sites) => <SiteConsole sites={sites} />}</HostedSitesGate>;
}

function SiteConsole({ sites }: { sites: NonEmptyArray<Site> }) {
  const { site, selectSite } = useSiteInAddress(sites);
  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SiteSelect sites={sites} selectedSiteId={site.id} onSelectSite={selectSite} />
        </div>
      </div>
      <SiteConsoleBody key={site.id} site={site} />
    </>
  );
}

function SiteConsoleBody({ site }: { site: Site }) {
  const zonesQuery = useZones(site.id);
  const desksQuery = useSiteDesks(site.id);
  const zones = zonesQuery.data ?? [];
  const messages = useMessages(siteConsoleMessages).console;
  return (
    <>
      <section aria-labelledby="zones-title" className={fr.cx('fr-mb-5w')}>
        <h2 id="zones-title" className={fr.cx('fr-h4')}>
          {messages.zonesTitle(site.name)}
        </h2>
        <p className={fr.cx('fr-text--sm')}>{messages.zonesHint}</p>
        {zonesQuery.isPending && <LoadingState label={messages.loadingZones} />}
        {zonesQuery.isError && (
          <ErrorState error={zonesQuery.error} onRetry={() => void zonesQuery.refetch()} />
        )}
        {zonesQuery.isSuccess && zones.length === 0 && <EmptyState title={messages.noZones} />}
        {zonesQuery.isSuccess && <ZonesPanel siteId={site.id} zones={zones} />}
      </section>
      {zones.length > 0 && (
        <section aria-labelledby="add-desks-title" className={fr.cx('fr-mb-5w')}>
          <h2 id="add-desks-title" className={fr.cx('fr-h4')}>
            {messages.addDesksTitle}
          </h2>
          <AddDesksPanel siteId={site.id} zones={zones} />
        </section>
      )}
      <section aria-labelledby="desks-title">
        <h2 id="desks-title" className={fr.cx('fr-h4')}>
          {messages.desksTitle}
        </h2>
        {desksQuery.isPending && <LoadingState label={messages.loadingDesks} />}
        {desksQuery.isError && (
          <ErrorState error={desksQuery.error} onRetry={() => void desksQuery.refetch()} />
        )}
        {desksQuery.isSuccess && desksQuery.data.length === 0 && (
          <EmptyState title={messages.noDesks} />
        )}
        {desksQuery.isSuccess && desksQuery.data.length > 0 && zonesQuery.isSuccess && (
          <ZoneDesksPanel siteId={site.id} zones={zones} desks={desksQuery.data} />
        )}
      </section>
    </>
  );
}
