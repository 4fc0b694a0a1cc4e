import type { NetworkAnalyticsRow } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { networkAnalyticsCsvUrl } from '../analytics.api';
import { useNetworkAnalytics } from '../hooks/use-analytics';
import { describePeriod, formatRate, type Period, type PeriodKind } from '../period';
import { SimpleBarChart } from './bar-chart';
import { FigureWithTable } from './figure-with-table';

/** Admins: every site over the same period, and the network's totals (people counted once). */
export function NetworkAnalyticsPanel({ period, kind }: { period: Period; kind: PeriodKind }) {
  const query = useNetworkAnalytics(period, true);
  return (
    <section aria-labelledby="statistiques-reseau" className={fr.cx('fr-mt-6w')}>
      <h2 id="statistiques-reseau" className={fr.cx('fr-h3')}>
        Tout le réseau — {describePeriod(kind, period)}
      </h2>
      {query.isPending ? (
        <LoadingState label="Calcul des statistiques du réseau…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <FigureWithTable<NetworkAnalyticsRow>
          title="Sites du réseau"
          caption="Statistiques par site et total du réseau"
          chart={
            <SimpleBarChart
              rows={query.data.sites}
              categoryKey="siteName"
              series={[{ key: 'occupancyRate', name: 'Occupation' }]}
              isRate
              isHorizontal
              height={Math.max(160, query.data.sites.length * 48)}
            />
          }
          rows={[...query.data.sites, query.data.totals]}
          rowKey={(row) => row.siteId ?? 'total'}
          columns={[
            { header: 'Site', cell: (row) => row.siteName },
            { header: 'Occupation', cell: (row) => formatRate(row.occupancyRate), isNumeric: true },
            { header: 'Absences', cell: (row) => formatRate(row.noShowRate), isNumeric: true },
            { header: 'Venues', cell: (row) => row.visits, isNumeric: true },
            { header: 'Agents', cell: (row) => row.distinctAgents, isNumeric: true },
            { header: 'Administrations', cell: (row) => row.administrations, isNumeric: true },
            { header: 'Jours partagés', cell: (row) => row.sharedDays, isNumeric: true },
          ]}
          csvUrl={networkAnalyticsCsvUrl(period)}
        />
      )}
    </section>
  );
}
