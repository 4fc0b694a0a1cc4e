import {
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
import { useFormat } from '../../../i18n/format';
import { useMessages, type Language } from '../../../i18n/language';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { SiteSelect } from '../../sites/components/site-select';
import { siteAnalyticsCsvUrl } from '../analytics.api';
import { analyticsMessages } from '../analytics.messages';
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
  const messages = useMessages(analyticsMessages).site;
  const { language } = useFormat();

  function choose(next: PeriodKind) {
    setKind(next);
    setCustomProblem(null);
    if (next === 'week') setPeriod(weekOf(today));
    if (next === 'month') setPeriod(monthOf(today));
    if (next === 'custom') setCustom(period);
  }

  function showCustom(event: FormEvent) {
    event.preventDefault();
    const problem = customPeriodProblem(custom, language);
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
        legend={messages.period}
        segments={[
          {
            label: messages.week,
            nativeInputProps: { checked: kind === 'week', onChange: () => choose('week') },
          },
          {
            label: messages.month,
            nativeInputProps: { checked: kind === 'month', onChange: () => choose('month') },
          },
          {
            label: messages.custom,
            nativeInputProps: { checked: kind === 'custom', onChange: () => choose('custom') },
          },
        ]}
      />
      {kind === 'custom' ? (
        <form onSubmit={showCustom} noValidate className={fr.cx('fr-mt-2w')}>
          <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
            <div className={fr.cx('fr-col-12', 'fr-col-sm-4')}>
              <Input
                label={messages.from}
                nativeInputProps={{
                  type: 'date',
                  value: custom.from,
                  onChange: (event) => setCustom({ ...custom, from: event.target.value }),
                }}
              />
            </div>
            <div className={fr.cx('fr-col-12', 'fr-col-sm-4')}>
              <Input
                label={messages.to}
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
              <Button type="submit">{messages.show}</Button>
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
            {kind === 'week' ? messages.previousWeek : messages.previousMonth}
          </Button>
          <Button
            priority="secondary"
            iconId="fr-icon-arrow-right-s-line"
            iconPosition="right"
            onClick={() => setPeriod(shiftPeriod(kind, period, 1))}
          >
            {kind === 'week' ? messages.nextWeek : messages.nextMonth}
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
  const messages = useMessages(analyticsMessages).site;
  const { language } = useFormat();
  const heading = (
    <h2 className={fr.cx('fr-h3', 'fr-mt-4w')} aria-live="polite">
      {site.name} — {describePeriod(kind, period, language)}
    </h2>
  );
  if (query.isPending) {
    return (
      <>
        {heading}
        <LoadingState label={messages.computing} />
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
  language: Language,
): TableColumn<Row> => ({
  header,
  cell: (row) => formatRate(rate(row), language),
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
  const messages = useMessages(analyticsMessages).site;
  const format = useFormat();
  const { language } = format;
  const shortDate = (date: string) => format.date(date, { withYear: false });

  return (
    <div style={{ opacity: isStale ? 0.6 : 1 }} aria-busy={isStale}>
      <KeyFigures analytics={analytics} />
      {summary.bookings === 0 && (
        <EmptyState title={messages.noBookings}>
          <p className={fr.cx('fr-mb-0')}>{messages.noBookingsHint}</p>
        </EmptyState>
      )}

      <FigureWithTable<AnalyticsDay>
        title={messages.byDay}
        caption={messages.byDayCaption(analytics.siteName)}
        chart={
          <SimpleBarChart
            rows={openDays.map((day) => ({ ...day, label: shortDate(day.date) }))}
            categoryKey="label"
            series={[
              { key: 'morningRate', name: messages.morning },
              { key: 'afternoonRate', name: messages.afternoon },
            ]}
            isRate
          />
        }
        rows={openDays}
        rowKey={(day) => day.date}
        columns={[
          { header: messages.day, cell: (day) => format.date(day.date) },
          percentColumn(messages.morning, (day) => day.morningRate, language),
          percentColumn(messages.afternoon, (day) => day.afternoonRate, language),
          percentColumn(messages.fullDay, (day) => day.occupancyRate, language),
          countColumn(messages.visits, (day) => day.visits),
          countColumn(messages.noShows, (day) => day.noShows),
          countColumn(messages.administrations, (day) => day.administrations),
        ]}
        csvUrl={csv('days')}
      />

      <section aria-labelledby="jours-de-pointe" className={fr.cx('fr-mb-6w')}>
        <h3 id="jours-de-pointe" className={fr.cx('fr-h5')}>
          {messages.peakDays}
        </h3>
        {analytics.peakDays.length === 0 ? (
          <p>{messages.noPeakDays}</p>
        ) : (
          <ol>
            {analytics.peakDays.map((day) => (
              <li key={day.date}>
                {messages.peakDay(
                  format.date(day.date),
                  formatRate(day.occupancyRate, language),
                  day.morningBooked + day.afternoonBooked,
                  day.availableHalfDays,
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <FigureWithTable<AnalyticsZone>
        title={messages.byZone}
        caption={messages.byZoneCaption(analytics.siteName)}
        chart={
          <SimpleBarChart
            rows={analytics.zones}
            categoryKey="zone"
            series={[{ key: 'occupancyRate', name: messages.occupancy }]}
            isRate
            isHorizontal
            height={Math.max(160, analytics.zones.length * 48)}
          />
        }
        rows={analytics.zones}
        rowKey={(zone) => zone.zone}
        columns={[
          { header: messages.zone, cell: (zone) => zone.zone },
          countColumn(messages.activeDesks, (zone) => zone.activeDesks),
          countColumn(messages.bookedHalfDays, (zone) => zone.bookedHalfDays),
          percentColumn(messages.occupancy, (zone) => zone.occupancyRate, language),
        ]}
        csvUrl={csv('zones')}
      />

      <FigureWithTable<AnalyticsAdministration>
        title={messages.byAdministration}
        caption={messages.byAdministrationCaption(analytics.siteName)}
        chart={
          analytics.administrations.length > 0 ? (
            <SimpleBarChart
              rows={analytics.administrations.slice(0, 10)}
              categoryKey="label"
              series={[{ key: 'visits', name: messages.visits }]}
              isHorizontal
              height={Math.max(160, Math.min(10, analytics.administrations.length) * 48)}
            />
          ) : undefined
        }
        rows={analytics.administrations}
        rowKey={(row) => `${row.siret ?? ''}|${row.label}`}
        columns={[
          { header: messages.administration, cell: (row) => row.label },
          { header: 'SIRET', cell: (row) => row.siret ?? '—' },
          countColumn(messages.visits, (row) => row.visits),
          countColumn(messages.agents, (row) => row.agents),
          countColumn(messages.days, (row) => row.days),
        ]}
        csvUrl={csv('administrations')}
      />

      <FigureWithTable<AnalyticsDesk>
        title={messages.byDesk}
        caption={messages.byDeskCaption(analytics.siteName)}
        rows={analytics.desks}
        rowKey={(desk) => desk.deskId}
        columns={[
          {
            header: messages.desk,
            cell: (desk) => (desk.isActive ? desk.label : messages.inactiveDesk(desk.label)),
          },
          { header: messages.zone, cell: (desk) => desk.zone },
          countColumn(messages.bookedHalfDays, (desk) => desk.bookedHalfDays),
          percentColumn(messages.occupancy, (desk) => desk.occupancyRate, language),
        ]}
        csvUrl={csv('desks')}
      />

      <RepeatVisitors analytics={analytics} me={me} />
    </div>
  );
}

function KeyFigures({ analytics }: { analytics: SiteAnalytics }) {
  const { summary } = analytics;
  const text = useMessages(analyticsMessages).site.keyFigures;
  const format = useFormat();
  const figures: [string, string, string][] = [
    [
      text.occupancy,
      formatRate(summary.occupancyRate, format.language),
      text.occupancyDetail(
        format.count(summary.bookedHalfDays, { fr: 'demi-journée', en: 'half-day' }),
        summary.availableHalfDays,
        format.count(summary.openDays, {
          fr: 'jour ouvert',
          frPlural: 'jours ouverts',
          en: 'open day',
        }),
        format.count(summary.activeDesks, { fr: 'poste', en: 'desk' }),
      ),
    ],
    [
      text.noShows,
      formatRate(summary.noShowRate, format.language),
      text.noShowsDetail(
        format.count(summary.noShows, {
          fr: 'réservation terminée',
          frPlural: 'réservations terminées',
          en: 'ended booking',
        }),
        summary.endedBookings,
      ),
    ],
    [text.agents, String(summary.distinctAgents), text.agentsDetail(summary.visits)],
    [text.repeatVisitors, String(summary.repeatVisitors), text.repeatVisitorsDetail],
    [text.administrations, String(summary.administrations), text.administrationsDetail],
    [text.sharedDays, String(summary.sharedDays), text.sharedDaysDetail],
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
  const messages = useMessages(analyticsMessages);
  const text = messages.site;
  return (
    <section aria-labelledby="visiteurs-reguliers" className={fr.cx('fr-mb-6w')}>
      <h3 id="visiteurs-reguliers" className={fr.cx('fr-h5')}>
        {text.repeatVisitors}
      </h3>
      {me.isAdmin && (
        <>
          <ToggleSwitch
            label={text.showNames}
            helperText={text.showNamesHint}
            checked={analytics.showsNames}
            disabled={save.isPending}
            onChange={(checked) => save.mutate({ showNames: checked })}
          />
          <MutationFeedback mutation={save} successMessage={text.saved} />
        </>
      )}
      {analytics.visitors === null ? (
        <Alert
          small
          severity="info"
          className={fr.cx('fr-mt-2w')}
          description={text.namesHidden(analytics.summary.repeatVisitors)}
        />
      ) : analytics.visitors.length === 0 ? (
        <p className={fr.cx('fr-mt-2w')}>{text.noRepeatVisitors}</p>
      ) : (
        <>
          <DataTable<AnalyticsVisitor>
            caption={text.visitorsCaption(analytics.siteName)}
            rows={analytics.visitors}
            rowKey={(visitor) => `${visitor.name}|${visitor.days}`}
            columns={[
              { header: text.name, cell: (visitor) => visitor.name },
              countColumn(text.visitDays, (visitor) => visitor.days),
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
            {text.downloadVisitors} <span className="fr-link__detail">{messages.table.csv}</span>
          </a>
        </>
      )}
    </section>
  );
}
