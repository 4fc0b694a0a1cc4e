import type { NetworkAnalyticsRow } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useLanguage, useMessages } from '../../../i18n/language';
import { networkAnalyticsCsvUrl } from '../analytics.api';
import { analyticsMessages } from '../analytics.messages';
import { useNetworkAnalytics } from '../hooks/use-analytics';
import { describePeriod, formatRate, type Period, type PeriodKind } from '../period';
import { SimpleBarChart } from './bar-chart';
import { FigureWithTable } from './figure-with-table';

/** Admins: every site over the same period, and the network's totals (people counted once). */
export function NetworkAnalyticsPanel({ period, kind }: { period: Period; kind: PeriodKind }) {
  const query = useNetworkAnalytics(period, true);
  const messages = useMessages(analyticsMessages).network;
  const language = useLanguage();
  const rate = (value: number | null) => formatRate(value, language);
  return (
    <section aria-labelledby="statistiques-reseau" className={fr.cx('fr-mt-6w')}>
      <h2 id="statistiques-reseau" className={fr.cx('fr-h3')}>
        {messages.title(describePeriod(kind, period, language))}
      </h2>
      {query.isPending ? (
        <LoadingState label={messages.computing} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <FigureWithTable<NetworkAnalyticsRow>
          title={messages.sites}
          caption={messages.caption}
          chart={
            <SimpleBarChart
              rows={query.data.sites}
              categoryKey="siteName"
              series={[{ key: 'occupancyRate', name: messages.occupancy }]}
              isRate
              isHorizontal
              height={Math.max(160, query.data.sites.length * 48)}
            />
          }
          rows={[...query.data.sites, query.data.totals]}
          rowKey={(row) => row.siteId ?? 'total'}
          columns={[
            { header: messages.site, cell: (row) => row.siteName },
            { header: messages.occupancy, cell: (row) => rate(row.occupancyRate), isNumeric: true },
            { header: messages.noShows, cell: (row) => rate(row.noShowRate), isNumeric: true },
            { header: messages.visits, cell: (row) => row.visits, isNumeric: true },
            { header: messages.agents, cell: (row) => row.distinctAgents, isNumeric: true },
            {
              header: messages.administrations,
              cell: (row) => row.administrations,
              isNumeric: true,
            },
            { header: messages.sharedDays, cell: (row) => row.sharedDays, isNumeric: true },
          ]}
          csvUrl={networkAnalyticsCsvUrl(period)}
        />
      )}
    </section>
  );
}
