import {
  formatFrenchMonth,
  type OpenEventStatisticsRow,
  type OpenStatisticsRow,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { openDataSitesUrl, openStatisticsCsvUrl } from '../analytics.api';
import { useOpenStatistics } from '../hooks/use-analytics';
import { formatRate } from '../period';
import { DataTable } from './figure-with-table';

/** Per site: a table of its months, withheld figures read « < 5 personnes ». */
export function OpenStatisticsView() {
  const query = useOpenStatistics();
  if (query.isPending) return <LoadingState label="Chargement des statistiques…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { rows, events, minimumPeople } = query.data;
  const withheld = `< ${minimumPeople} personnes`;
  const sites = [
    ...new Map([...rows, ...events].map((row) => [row.siteId, row.siteName])).entries(),
  ];
  return (
    <>
      <p>
        <a className={fr.cx('fr-link', 'fr-link--download')} href={openStatisticsCsvUrl} download>
          Télécharger toutes les statistiques{' '}
          <span className="fr-link__detail">CSV, séparateur point-virgule</span>
        </a>
      </p>
      <p>
        <a className={fr.cx('fr-link')} href={openDataSitesUrl}>
          Les tiers-lieux en données ouvertes (JSON : adresse, horaires, accessibilité)
        </a>
      </p>
      {sites.length === 0 ? (
        <EmptyState title="Aucun tiers-lieu n’est encore ouvert." />
      ) : (
        sites.map(([siteId, siteName]) => (
          <section key={siteId} aria-labelledby={`site-${siteId}`} className={fr.cx('fr-mt-4w')}>
            <h2 id={`site-${siteId}`} className={fr.cx('fr-h4')}>
              {siteName}
            </h2>
            <DataTable<OpenStatisticsRow>
              caption={`${siteName} : statistiques par mois`}
              rows={rows.filter((row) => row.siteId === siteId).reverse()}
              rowKey={(row) => row.month}
              columns={[
                { header: 'Mois', cell: (row) => formatFrenchMonth(row.month) },
                { header: 'Jours ouverts', cell: (row) => row.openDays, isNumeric: true },
                {
                  header: 'Taux d’occupation',
                  cell: (row) => (row.suppressed ? withheld : formatRate(row.occupancyRate)),
                  isNumeric: true,
                },
                {
                  header: 'Venues',
                  cell: (row) => (row.suppressed ? withheld : row.visits),
                  isNumeric: true,
                },
                {
                  header: 'Administrations',
                  cell: (row) => (row.suppressed ? withheld : row.administrations),
                  isNumeric: true,
                },
                {
                  header: 'Jours partagés entre administrations',
                  cell: (row) => (row.suppressed ? withheld : formatRate(row.sharedDaysShare)),
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
  if (rows.length === 0) return null;
  return (
    <DataTable<OpenEventStatisticsRow>
      caption={`${siteName} : événements par mois`}
      rows={rows}
      rowKey={(row) => row.month}
      columns={[
        { header: 'Mois', cell: (row) => formatFrenchMonth(row.month) },
        { header: 'Événements', cell: (row) => row.events, isNumeric: true },
        {
          header: 'Inscriptions sur place',
          cell: (row) => (row.suppressed ? withheld : row.inPersonRegistrations),
          isNumeric: true,
        },
        {
          header: 'Présents',
          cell: (row) => (row.suppressed ? withheld : row.attendees),
          isNumeric: true,
        },
        {
          header: 'Absents',
          cell: (row) => (row.suppressed ? withheld : row.noShows),
          isNumeric: true,
        },
      ]}
    />
  );
}
