import type { OpenEventStatisticsRow, OpenStatisticsRow } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { openDataSitesUrl, openStatisticsCsvUrl } from '../analytics.api';
import { analyticsMessages } from '../analytics.messages';
import { useOpenStatistics } from '../hooks/use-analytics';
import { formatRate } from '../period';
import { DataTable } from './figure-with-table';

/** Per site: a table of its months, withheld figures read « < 5 personnes ». */
export function OpenStatisticsView() {
  const query = useOpenStatistics();
  const messages = useMessages(analyticsMessages);
  const text = messages.open;
  const format = useFormat();
  const rate = (value: number | null) => formatRate(value, format.language);
  if (query.isPending) return <LoadingState label={text.loading} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { rows, events, minimumPeople } = query.data;
  const withheld = text.withheld(minimumPeople);
  const sites = [
    ...new Map([...rows, ...events].map((row) => [row.siteId, row.siteName])).entries(),
  ];
  return (
    <>
      <p>
        <a className={fr.cx('fr-link', 'fr-link--download')} href={openStatisticsCsvUrl} download>
          {text.downloadAll} <span className="fr-link__detail">{messages.table.csv}</span>
        </a>
      </p>
      <p>
        <a className={fr.cx('fr-link')} href={openDataSitesUrl}>
          {text.openData}
        </a>
      </p>
      {sites.length === 0 ? (
        <EmptyState title={text.noSites} />
      ) : (
        sites.map(([siteId, siteName]) => (
          <section key={siteId} aria-labelledby={`site-${siteId}`} className={fr.cx('fr-mt-4w')}>
            <h2 id={`site-${siteId}`} className={fr.cx('fr-h4')}>
              {siteName}
            </h2>
            <DataTable<OpenStatisticsRow>
              caption={text.monthsCaption(siteName)}
              rows={rows.filter((row) => row.siteId === siteId).reverse()}
              rowKey={(row) => row.month}
              columns={[
                { header: text.month, cell: (row) => format.month(row.month) },
                { header: text.openDays, cell: (row) => row.openDays, isNumeric: true },
                {
                  header: text.occupancy,
                  cell: (row) => (row.suppressed ? withheld : rate(row.occupancyRate)),
                  isNumeric: true,
                },
                {
                  header: text.visits,
                  cell: (row) => (row.suppressed ? withheld : row.visits),
                  isNumeric: true,
                },
                {
                  header: text.administrations,
                  cell: (row) => (row.suppressed ? withheld : row.administrations),
                  isNumeric: true,
                },
                {
                  header: text.sharedDays,
                  cell: (row) => (row.suppressed ? withheld : rate(row.sharedDaysShare)),
                  isNumeric: true,
                },
              ]}
            />
            <SiteEventsTable
              siteName={siteName}
              rows={events.filter((row) => row.siteId === siteId).reverse()}
              withheld={withheld}
            />
          </section>
        ))
      )}
    </>
  );
}

/** A site's events by month: how many, and who came among the people registered in person. */
function SiteEventsTable({
  siteName,
  rows,
  withheld,
}: {
  siteName: string;
  rows: OpenEventStatisticsRow[];
  withheld: string;
}) {
  const text = useMessages(analyticsMessages).open;
  const format = useFormat();
  if (rows.length === 0) return null;
  return (
    <DataTable<OpenEventStatisticsRow>
      caption={text.eventsCaption(siteName)}
      rows={rows}
      rowKey={(row) => row.month}
      columns={[
        { header: text.month, cell: (row) => format.month(row.month) },
        { header: text.events, cell: (row) => row.events, isNumeric: true },
        {
          header: text.registrations,
          cell: (row) => (row.suppressed ? withheld : row.inPersonRegistrations),
          isNumeric: true,
        },
        {
          header: text.attendees,
          cell: (row) => (row.suppressed ? withheld : row.attendees),
          isNumeric: true,
        },
        {
          header: text.noShows,
          cell: (row) => (row.suppressed ? withheld : row.noShows),
          isNumeric: true,
        },
      ]}
    />
  );
}
