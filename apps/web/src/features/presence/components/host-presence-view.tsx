import { formatFrenchDate, isoDateSchema, siteToday, type Me, type Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { DayPicker } from '../../sites/components/day-picker';
import { SiteSelect } from '../../sites/components/site-select';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { SiteLivePanel } from '../../live/components/site-live-panel';
import { useSiteLive } from '../../live/hooks/use-site-live';
import { usePresence } from '../hooks/use-presence';
import { countPresence, sortPresenceEntries } from '../presence-summary';
import { PresenceCounts } from './presence-counts';
import { PresenceTable } from './presence-table';

export function HostPresenceView({ me }: { me: Me }) {
  return <HostedSitesGate me={me}>{(sites) => <SitePresence sites={sites} />}</HostedSitesGate>;
}

function SitePresence({ sites }: { sites: NonEmptyArray<Site> }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const site = sites.find((item) => item.id === searchParams.get('site')) ?? sites[0];
  const today = siteToday(site.timezone);
  const requestedDate = searchParams.get('date') ?? '';
  const date = isoDateSchema.safeParse(requestedDate).success ? requestedDate : today;
  const live = useSiteLive(site.id);
  const isLive = live.connection === 'live';
  const presenceQuery = usePresence(site.id, date, isLive);

  function updateSearch(next: { site?: string; date?: string }) {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next.site !== undefined) params.set('site', next.site);
        if (next.date !== undefined) params.set('date', next.date);
        return params;
      },
      { replace: true },
    );
  }

  const presence = presenceQuery.data;
  const isShowingRequested = presence?.siteId === site.id && presence.date === date;
  const entries = presence ? sortPresenceEntries(presence.entries) : [];

  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
          <SiteSelect
            sites={sites}
            selectedSiteId={site.id}
            onSelectSite={(siteId) => updateSearch({ site: siteId })}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-7')}>
          <DayPicker
            date={date}
            today={today}
            canGoBeforeToday
            onChangeDate={(nextDate) => updateSearch({ date: nextDate })}
          />
        </div>
      </div>

      <SiteLivePanel site={site} live={live} />

      <div className="admz-toolbar fr-mb-2w">
        <h2 className={fr.cx('fr-h4', 'fr-mb-0')}>
          {site.name} — {formatFrenchDate(date)}
        </h2>
        <div className="admz-toolbar__actions">
          <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
            {presenceQuery.dataUpdatedAt > 0 &&
              `Mis à jour à ${new Date(presenceQuery.dataUpdatedAt).toLocaleTimeString('fr-FR')} · ${
                isLive
                  ? 'les arrivées s’affichent en direct'
                  : 'actualisation automatique toutes les 15 secondes'
              }`}
          </p>
          <Button
            size="small"
            priority="secondary"
            iconId="fr-icon-refresh-line"
            onClick={() => void presenceQuery.refetch()}
          >
            Rafraîchir
          </Button>
        </div>
      </div>

      {presenceQuery.isPending && <LoadingState label="Chargement des présences…" />}
      {presenceQuery.isError && (
        <ErrorState error={presenceQuery.error} onRetry={() => void presenceQuery.refetch()} />
      )}
      {presence && !presenceQuery.isError && (
        <div
          aria-busy={!isShowingRequested}
          className={isShowingRequested ? undefined : 'admz-stale'}
        >
          <PresenceCounts counts={countPresence(presence.entries)} />
          {entries.length === 0 ? (
            <EmptyState title="Aucune réservation ce jour-là.">
              <p className={fr.cx('fr-mb-0')}>Les agents qui réservent apparaîtront ici.</p>
            </EmptyState>
          ) : (
            <PresenceTable
              entries={entries}
              timezone={site.timezone}
              caption={`Agents attendus le ${formatFrenchDate(date)}`}
            />
          )}
        </div>
      )}
    </>
  );
}
