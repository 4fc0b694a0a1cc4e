import {
  countOf,
  formatFrenchDate,
  siteToday,
  type AnalyticsAdministration,
  type AnalyticsDay,
  type AnalyticsDesk,
  type AnalyticsVisitor,
  type AnalyticsZone,
  type Me,
  type Site,
  type SiteAnalytics,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useState, type FormEvent } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { MutationFeedback } from '../../../components/mutation-feedback';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { SiteSelect } from '../../sites/components/site-select';
import { siteAnalyticsCsvUrl } from '../analytics.api';
import { useSaveAnalyticsSettings, useSiteAnalytics } from '../hooks/use-analytics';
import {
  customPeriodProblem,
  describePeriod,
  formatRate,
  monthOf,
  shiftPeriod,
  weekOf,
  type Period,
  type PeriodKind,
} from '../period';
import { SimpleBarChart } from './bar-chart';
import { DataTable, FigureWithTable, type TableColumn } from './figure-with-table';
import { NetworkAnalyticsPanel } from './network-analytics-panel';
import { useSiteInAddress } from '../../sites/hooks/use-site-in-address';

export function SiteAnalyticsView({ me }: { me: Me }) {
  return (
    <HostedSitesGate me={me}>
      {(sites) => <HostedSiteAnalytics hostedSites={sites} me={me} />}
    </HostedSitesGate>
  );
}

function HostedSiteAnalytics({ hostedSites, me }: { hostedSites: NonEmptyArray<Site>; me: Me }) {
  const { site, selectSite } = useSiteInAddress(hostedSites);
  const today = siteToday(site.timezone);
  const [kind, setKind] = useState<PeriodKind>('month');
  const [period, setPeriod] = useState<Period>(() => monthOf(today));
  const [custom, setCustom] = useState<Period>(() => monthOf(today));
  const [customProblem, setCustomProblem] = useState<string | null>(null);

  function choose(next: PeriodKind) {
    setKind(next);
    setCustomProblem(null);
    if (next === 'week') setPeriod(weekOf(today));
    if (next === 'month') setPeriod(monthOf(today));
    if (next === 'custom') setCustom(period);
  }

  function showCustom(event: FormEvent) {
    event.preventDefault();
    const problem = customPeriodProblem(custom);
    setCustomProblem(problem);
    if (!problem) setPeriod(custom);
  }

  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
          <SiteSelect sites={hostedSites} selectedSiteId={site.id} onSelectSite={selectSite} />
        </div>
      </div>
      <SegmentedControl
        legend="Période"
        segments={[
          {
            label: 'Semaine',
            nativeInputProps: { checked: kind === 'week', onChange: () => choose('week') },
          },
          {
            label: 'Mois',
            nativeInputProps: { checked: kind === 'month', onChange: () => choose('month') },
          },
          {
            label: 'Personnalisée',
            nativeInputProps: { checked: kind === 'custom', onChange: () => choose('custom') },
          },
        ]}
      />
      {kind === 'custom' ? (
        <form onSubmit={showCustom} noValidate className={fr.cx('fr-mt-2w')}>
          <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
            <div className={fr.cx('fr-col-12', 'fr-col-sm-4')}>
              <Input
                label="Du"
                nativeInputProps={{
                  type: 'date',
                  value: custom.from,
                  onChange: (event) => setCustom({ ...custom, from: event.target.value }),
                }}
              />
            </div>
            <div className={fr.cx('fr-col-12', 'fr-col-sm-4')}>
              <Input
                label="Au (inclus)"
                state={customProblem ? 'error' : 'default'}
                stateRelatedMessage={customProblem ?? undefined}
                nativeInputProps={{
                  type: 'date',
                  value: custom.to,
                  onChange: (event) => setCustom({ ...custom, to: event.target.value }),
                }}
              />
            </div>
            <div className={`${fr.cx('fr-col-12', 'fr-col-sm-4')} admz-analytics-submit`}>
              <Button type="submit">Afficher</Button>
            </div>
          </div>
        </form>
      ) : (
        <div
          className={fr.cx('fr-mt-2w')}
          style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}
        >
          <Button
            priority="secondary"
            iconId="fr-icon-arrow-left-s-line"
            onClick={() => setPeriod(shiftPeriod(kind, period, -1))}
          >
            {kind === 'week' ? 'Semaine précédente' : 'Mois précédent'}
          </Button>
          <Button
            priority="secondary"
            iconId="fr-icon-arrow-right-s-line"
            iconPosition="right"
            onClick={() => setPeriod(shiftPeriod(kind, period, 1))}
          >
            {kind === 'week' ? 'Semaine suivante' : 'Mois suivant'}
          </Button>
        </div>
      )}
      {/* Keyed by site: the privacy switch starts from the chosen site's value. */}
      <SiteFigures key={site.id} site={site} kind={kind} period={period} me={me} />
      {me.isAdmin && <NetworkAnalyticsPanel period={period} kind={kind} />}
    </>
  );
}

type SiteFiguresProps = { site: Site; kind: PeriodKind; period: Period; me: Me };

function SiteFigures({ site, kind, period, me }: SiteFiguresProps) {
  const query = useSiteAnalytics(site.id, period);
  const heading = (
    <h2 className={fr.cx('fr-h3', 'fr-mt-4w')} aria-live="polite">
      {site.name} — {describePeriod(kind, period)}
    </h2>
  );
  if (query.isPending) {
    return (
      <>
        {heading}
        <LoadingState label="Calcul des statistiques…" />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {heading}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return (
    <>
      {heading}
      <Figures analytics={query.data} isStale={query.isPlaceholderData} me={me} />
    </>
  );
}

const percentColumn = <Row,>(
  header: string,
  rate: (row: Row) => number | null,
): TableColumn<Row> => ({
  header,
  cell: (row) => formatRate(rate(row)),
  isNumeric: true,
});
const countColumn = <Row,>(header: string, count: (row: Row) => number): TableColumn<Row> => ({
  header,
  cell: (row) => count(row),
  isNumeric: true,
});

function Figures({
  analytics,
  isStale,
  me,
}: {
  analytics: SiteAnalytics;
  isStale: boolean;
  me: Me;
}) {
  const { summary } = analytics;
  const period = { from: analytics.from, to: analytics.to };
  const csv = (table: Parameters<typeof siteAnalyticsCsvUrl>[1]) =>
    siteAnalyticsCsvUrl(analytics.siteId, table, period);
  const openDays = analytics.days.filter((day) => day.isOpen);
  const shortDate = (date: string) => formatFrenchDate(date, { withYear: false });

  return (
    <div style={{ opacity: isStale ? 0.6 : 1 }} aria-busy={isStale}>
      <KeyFigures analytics={analytics} />
      {summary.bookings === 0 && (
        <EmptyState title="Aucune réservation sur cette période.">
          <p className={fr.cx('fr-mb-0')}>
            Les taux restent à zéro ; choisissez une autre période pour comparer.
          </p>
        </EmptyState>
      )}

      <FigureWithTable<AnalyticsDay>
        title="Occupation par jour"
        caption={`Occupation par jour et demi-journée, ${analytics.siteName}`}
        chart={
          <SimpleBarChart
            rows={openDays.map((day) => ({ ...day, label: shortDate(day.date) }))}
            categoryKey="label"
            series={[
              { key: 'morningRate', name: 'Matin' },
              { key: 'afternoonRate', name: 'Après-midi' },
            ]}
            isRate
          />
        }
        rows={openDays}
        rowKey={(day) => day.date}
        columns={[
          { header: 'Jour', cell: (day) => formatFrenchDate(day.date) },
          percentColumn('Matin', (day) => day.morningRate),
          percentColumn('Après-midi', (day) => day.afternoonRate),
          percentColumn('Journée', (day) => day.occupancyRate),
          countColumn('Venues', (day) => day.visits),
          countColumn('Absences', (day) => day.noShows),
          countColumn('Administrations', (day) => day.administrations),
        ]}
        csvUrl={csv('days')}
      />

      <section aria-labelledby="jours-de-pointe" className={fr.cx('fr-mb-6w')}>
        <h3 id="jours-de-pointe" className={fr.cx('fr-h5')}>
          Jours de pointe
        </h3>
        {analytics.peakDays.length === 0 ? (
          <p>Aucun poste réservé sur la période.</p>
        ) : (
          <ol>
            {analytics.peakDays.map((day) => (
              <li key={day.date}>
                {formatFrenchDate(day.date)} : {formatRate(day.occupancyRate)} des demi-journées (
                {day.morningBooked + day.afternoonBooked} sur {day.availableHalfDays})
              </li>
            ))}
          </ol>
        )}
      </section>

      <FigureWithTable<AnalyticsZone>
        title="Occupation par zone"
        caption={`Occupation par zone, ${analytics.siteName}`}
        chart={
          <SimpleBarChart
            rows={analytics.zones}
            categoryKey="zone"
            series={[{ key: 'occupancyRate', name: 'Occupation' }]}
            isRate
            isHorizontal
            height={Math.max(160, analytics.zones.length * 48)}
          />
        }
        rows={analytics.zones}
        rowKey={(zone) => zone.zone}
        columns={[
          { header: 'Zone', cell: (zone) => zone.zone },
          countColumn('Postes actifs', (zone) => zone.activeDesks),
          countColumn('Demi-journées réservées', (zone) => zone.bookedHalfDays),
          percentColumn('Occupation', (zone) => zone.occupancyRate),
        ]}
        csvUrl={csv('zones')}
      />

      <FigureWithTable<AnalyticsAdministration>
        title="Administrations représentées"
        caption={`Venues par administration, ${analytics.siteName}`}
        chart={
          analytics.administrations.length > 0 ? (
            <SimpleBarChart
              rows={analytics.administrations.slice(0, 10)}
              categoryKey="label"
              series={[{ key: 'visits', name: 'Venues' }]}
              isHorizontal
              height={Math.max(160, Math.min(10, analytics.administrations.length) * 48)}
            />
          ) : undefined
        }
        rows={analytics.administrations}
        rowKey={(row) => `${row.siret ?? ''}|${row.label}`}
        columns={[
          { header: 'Administration', cell: (row) => row.label },
          { header: 'SIRET', cell: (row) => row.siret ?? '—' },
          countColumn('Venues', (row) => row.visits),
          countColumn('Agents', (row) => row.agents),
          countColumn('Jours', (row) => row.days),
        ]}
        csvUrl={csv('administrations')}
      />

      <FigureWithTable<AnalyticsDesk>
        title="Occupation par poste"
        caption={`Occupation par poste, ${analytics.siteName}`}
        rows={analytics.desks}
        rowKey={(desk) => desk.deskId}
        columns={[
          {
            header: 'Poste',
            cell: (desk) => (desk.isActive ? desk.label : `${desk.label} (inactif)`),
          },
          { header: 'Zone', cell: (desk) => desk.zone },
          countColumn('Demi-journées réservées', (desk) => desk.bookedHalfDays),
          percentColumn('Occupation', (desk) => desk.occupancyRate),
        ]}
        csvUrl={csv('desks')}
      />

      <RepeatVisitors analytics={analytics} me={me} />
    </div>
  );
}

function KeyFigures({ analytics }: { analytics: SiteAnalytics }) {
  const { summary } = analytics;
  const figures: [string, string, string][] = [
    [
      'Occupation',
      formatRate(summary.occupancyRate),
      `${countOf(summary.bookedHalfDays, 'demi-journée')} sur ${summary.availableHalfDays} (${countOf(summary.openDays, 'jour ouvert', 'jours ouverts')}, ${countOf(summary.activeDesks, 'poste')})`,
    ],
    [
      'Absences',
      formatRate(summary.noShowRate),
      `${countOf(summary.noShows, 'réservation terminée', 'réservations terminées')} sans arrivée sur ${summary.endedBookings}`,
    ],
    ['Agents venus', String(summary.distinctAgents), `${summary.visits} venues`],
    ['Visiteurs réguliers', String(summary.repeatVisitors), 'venus au moins deux jours'],
    ['Administrations', String(summary.administrations), 'représentées par les venues'],
    [
      'Jours partagés',
      String(summary.sharedDays),
      'jours avec des agents d’au moins deux administrations',
    ],
  ];
  return (
    <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-4w', 'fr-raw-list')}>
      {figures.map(([label, value, detail]) => (
        <li key={label} className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-lg-4')}>
          <div
            className={fr.cx('fr-p-2w')}
            style={{ background: 'var(--background-alt-blue-france)', height: '100%' }}
          >
            <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>{label}</p>
            <p className={fr.cx('fr-h3', 'fr-mb-1v')}>{value}</p>
            <p className={fr.cx('fr-text--xs', 'fr-mb-0')}>{detail}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}

function RepeatVisitors({ analytics, me }: { analytics: SiteAnalytics; me: Me }) {
  const save = useSaveAnalyticsSettings(analytics.siteId);
  return (
    <section aria-labelledby="visiteurs-reguliers" className={fr.cx('fr-mb-6w')}>
      <h3 id="visiteurs-reguliers" className={fr.cx('fr-h5')}>
        Visiteurs réguliers
      </h3>
      {me.isAdmin && (
        <>
          <ToggleSwitch
            label="Montrer les noms des visiteurs aux gestionnaires de ce site"
            helperText="Désactivé par défaut, à la demande des représentants du personnel : les gestionnaires ne voient alors que des nombres."
            checked={analytics.showsNames}
            disabled={save.isPending}
            onChange={(checked) => save.mutate({ showNames: checked })}
          />
          <MutationFeedback mutation={save} successMessage="Réglage enregistré." />
        </>
      )}
      {analytics.visitors === null ? (
        <Alert
          small
          severity="info"
          className={fr.cx('fr-mt-2w')}
          description={`${analytics.summary.repeatVisitors} personne(s) sont venues au moins deux jours. Ce site n’affiche pas les noms dans ses statistiques.`}
        />
      ) : analytics.visitors.length === 0 ? (
        <p className={fr.cx('fr-mt-2w')}>Personne n’est venu deux jours ou plus sur la période.</p>
      ) : (
        <>
          <DataTable<AnalyticsVisitor>
            caption={`Visiteurs réguliers, ${analytics.siteName}`}
            rows={analytics.visitors}
            rowKey={(visitor) => `${visitor.name}|${visitor.days}`}
            columns={[
              { header: 'Nom', cell: (visitor) => visitor.name },
              countColumn('Jours de venue', (visitor) => visitor.days),
            ]}
          />
          <a
            className={fr.cx('fr-link', 'fr-link--download')}
            href={siteAnalyticsCsvUrl(analytics.siteId, 'visitors', {
              from: analytics.from,
              to: analytics.to,
            })}
            download
          >
            Télécharger le tableau « Visiteurs réguliers »{' '}
            <span className="fr-link__detail">CSV, séparateur point-virgule</span>
          </a>
        </>
      )}
    </section>
  );
}
