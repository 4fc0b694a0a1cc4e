import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import {
  daysBetweenIsoDates,
  maxAnalyticsDays,
  openStatisticsMinimumPeople,
  type AnalyticsDay,
  type AnalyticsQuery,
  type AnalyticsSummary,
  type AnalyticsTable,
  type AnalyticsZone,
  type NetworkAnalytics,
  type OpenDataSite,
  type OpenStatistics,
  type SiteAnalytics,
} from '@admz/shared';
import { DataSource } from 'typeorm';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import { Clock } from '../common/clock';
import { siteToday } from '../common/site-time';
import type { Queryable } from '../database/typed-query';
import type { User } from '../users/user.entity';
import { addMonths, lastDayOfMonth, monthOf, periodScopeOf } from './analytics-period';
import {
  findRolledThrough,
  listAnalyticsSites,
  monthlyEventFigures,
  listOpenDataSites,
  monthlyFigures,
  setAnalyticsShowNames,
  siteFigures,
  summariseSites,
  type AnalyticsSite,
  type OpenDataSiteRow,
  type PeriodScope,
  type SummaryRow,
} from './analytics-queries';
import { csvDocument } from './csv';

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The timezone open statistics' months are counted in (every site is in metropolitan France today). */
const openStatisticsTimezone = 'Europe/Paris';
/** Memory for one statement's sorts and hashes (see `aggregate`). */
const analyticsWorkMem = '32MB';
/** Open statistics are recomputed at most this often (the route is public). */
const openStatisticsCacheMs = 10 * 60_000;

function toSummary(row: SummaryRow): AnalyticsSummary {
  const booked = row.morning_booked + row.afternoon_booked;
  const halfCapacity = row.available_half_days / 2;
  return {
    openDays: row.open_days,
    activeDesks: row.active_desks,
    availableHalfDays: row.available_half_days,
    bookedHalfDays: booked,
    occupancyRate: ratio(booked, row.available_half_days),
    morningRate: ratio(row.morning_booked, halfCapacity),
    afternoonRate: ratio(row.afternoon_booked, halfCapacity),
    bookings: row.bookings,
    endedBookings: row.ended_bookings,
    noShows: row.no_shows,
    noShowRate: ratio(row.no_shows, row.ended_bookings),
    visits: row.visits,
    distinctAgents: row.distinct_agents,
    repeatVisitors: row.repeat_visitors,
    administrations: row.administrations,
    sharedDays: row.shared_days,
  };
}

const weekdayCodes = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/** Weekly ranges in OpenStreetMap `opening_hours` syntax: « Mo-Fr 09:00-19:00; Sa 10:00-13:00 ». */
export function toOpeningHoursSyntax(weekly: OpenDataSiteRow['weekly']): string {
  const byDay = weekdayCodes.map((_, index) =>
    weekly
      .filter((range) => range.weekday === index + 1)
      .map((range) => `${range.opensAt.slice(0, 5)}-${range.closesAt.slice(0, 5)}`)
      .join(','),
  );
  const rules: string[] = [];
  let start = 0;
  while (start < 7) {
    let end = start;
    while (end + 1 < 7 && byDay[end + 1] === byDay[start]) end += 1;
    const hours = byDay[start];
    if (hours) {
      const days =
        start === end ? weekdayCodes[start] : `${weekdayCodes[start]}-${weekdayCodes[end]}`;
      rules.push(`${days} ${hours}`);
    }
    start = end + 1;
  }
  return rules.length > 0 ? rules.join('; ') : 'off';
}

/**
 * Statistics of the sites, for their hosts and admins (names only where the site's switch
 * allows), and the open statistics anyone may read (no figure over fewer than 5 people).
 */
@Injectable()
export class AnalyticsService {
  private openStatisticsCache = new Map<number, { at: number; value: OpenStatistics }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async siteAnalytics(siteId: string, query: AnalyticsQuery): Promise<SiteAnalytics> {
    const site = await this.findSite(siteId);
    const { summaries, days, desks, administrations, visitors } = await this.aggregate(
      [site],
      query,
      (db, scope) => siteFigures(db, scope, site.analytics_show_names),
    );
    const siteRow = summaries.find((row) => row.site_id === site.id);
    if (!siteRow) throw new Error('the summary has no row of the site');
    const summary = toSummary(siteRow);
    const dayFigures: AnalyticsDay[] = days.map((day) => ({
      date: day.day,
      isOpen: day.is_open,
      availableHalfDays: day.available_half_days,
      morningBooked: day.morning_booked,
      afternoonBooked: day.afternoon_booked,
      occupancyRate: ratio(day.morning_booked + day.afternoon_booked, day.available_half_days),
      morningRate: ratio(day.morning_booked, day.available_half_days / 2),
      afternoonRate: ratio(day.afternoon_booked, day.available_half_days / 2),
      visits: day.visits,
      noShows: day.no_shows,
      administrations: day.administrations,
    }));
    const zones = new Map<string, AnalyticsZone>();
    for (const desk of desks) {
      const zone = zones.get(desk.zone) ?? {
        zone: desk.zone,
        activeDesks: 0,
        availableHalfDays: 0,
        bookedHalfDays: 0,
        occupancyRate: null,
      };
      if (desk.is_active) {
        zone.activeDesks += 1;
        zone.availableHalfDays += summary.openDays * 2;
      }
      zone.bookedHalfDays += desk.booked_half_days;
      zone.occupancyRate = ratio(zone.bookedHalfDays, zone.availableHalfDays);
      zones.set(desk.zone, zone);
    }
    return {
      siteId: site.id,
      siteName: site.name,
      from: query.from,
      to: query.to,
      showsNames: site.analytics_show_names,
      summary,
      days: dayFigures,
      peakDays: dayFigures
        .filter((day) => day.isOpen && day.morningBooked + day.afternoonBooked > 0)
        .sort(
          (a, b) =>
            b.morningBooked + b.afternoonBooked - (a.morningBooked + a.afternoonBooked) ||
            a.date.localeCompare(b.date),
        )
        .slice(0, 5),
      zones: [...zones.values()],
      desks: desks.map((desk) => ({
        deskId: desk.desk_id,
        label: desk.label,
        zone: desk.zone,
        isActive: desk.is_active,
        bookedHalfDays: desk.booked_half_days,
        occupancyRate: ratio(desk.booked_half_days, desk.is_active ? summary.openDays * 2 : 0),
      })),
      administrations: administrations.map((row) => ({
        siret: row.siret,
        label: row.label ?? row.siret ?? 'Administration non renseignée',
        visits: row.visits,
        agents: row.agents,
        days: row.days,
      })),
      visitors,
    };
  }

  async networkAnalytics(query: AnalyticsQuery): Promise<NetworkAnalytics> {
    const sites = await listAnalyticsSites(this.dataSource.manager);
    const rows = await this.aggregate(sites, query, (db, scope) => summariseSites(db, scope));
    const totalsRow = rows.find((row) => row.site_id === null);
    if (!totalsRow) throw new Error('the summary has no totals row');
    return {
      from: query.from,
      to: query.to,
      sites: sites.map((site) => {
        const row = rows.find((candidate) => candidate.site_id === site.id);
        if (!row) throw new Error('the summary has no row of a site');
        return { siteId: site.id, siteName: site.name, ...toSummary(row) };
      }),
      totals: { siteId: null, siteName: 'Réseau', ...toSummary(totalsRow) },
    };
  }

  /** One table of a site's analytics as CSV (the visitors table only where names are shown). */
  async siteAnalyticsCsv(
    siteId: string,
    table: AnalyticsTable,
    query: AnalyticsQuery,
  ): Promise<string> {
    const analytics = await this.siteAnalytics(siteId, query);
    switch (table) {
      case 'days':
        return csvDocument(
          [
            'Date',
            'Ouvert',
            'Demi-journées disponibles',
            'Matins réservés',
            'Après-midi réservés',
            "Taux d'occupation (%)",
            'Taux matin (%)',
            'Taux après-midi (%)',
            'Venues',
            'Absences',
            'Administrations',
          ],
          analytics.days.map((day) => [
            day.date,
            day.isOpen ? 'oui' : 'non',
            day.availableHalfDays,
            day.morningBooked,
            day.afternoonBooked,
            { percent: day.occupancyRate },
            { percent: day.morningRate },
            { percent: day.afternoonRate },
            day.visits,
            day.noShows,
            day.administrations,
          ]),
        );
      case 'zones':
        return csvDocument(
          [
            'Zone',
            'Postes actifs',
            'Demi-journées disponibles',
            'Demi-journées réservées',
            "Taux d'occupation (%)",
          ],
          analytics.zones.map((zone) => [
            zone.zone,
            zone.activeDesks,
            zone.availableHalfDays,
            zone.bookedHalfDays,
            { percent: zone.occupancyRate },
          ]),
        );
      case 'desks':
        return csvDocument(
          ['Poste', 'Zone', 'Actif', 'Demi-journées réservées', "Taux d'occupation (%)"],
          analytics.desks.map((desk) => [
            desk.label,
            desk.zone,
            desk.isActive ? 'oui' : 'non',
            desk.bookedHalfDays,
            { percent: desk.occupancyRate },
          ]),
        );
      case 'administrations':
        return csvDocument(
          ['Administration', 'SIRET', 'Venues', 'Agents', 'Jours'],
          analytics.administrations.map((row) => [
            row.label,
            row.siret,
            row.visits,
            row.agents,
            row.days,
          ]),
        );
      case 'visitors':
        if (analytics.visitors === null) {
          throw new NotFoundException(
            "Ce site n'affiche pas les noms dans ses statistiques : seul le nombre de visiteurs réguliers est publié.",
          );
        }
        return csvDocument(
          ['Nom', 'Jours de venue'],
          analytics.visitors.map((visitor) => [visitor.name, visitor.days]),
        );
    }
  }

  async networkAnalyticsCsv(query: AnalyticsQuery): Promise<string> {
    const network = await this.networkAnalytics(query);
    return csvDocument(
      [
        'Site',
        'Jours ouverts',
        'Postes actifs',
        "Taux d'occupation (%)",
        'Réservations',
        'Absences',
        "Taux d'absence (%)",
        'Venues',
        'Agents distincts',
        'Visiteurs réguliers',
        'Administrations',
        'Jours partagés (≥ 2 administrations)',
      ],
      [...network.sites, network.totals].map((row) => [
        row.siteName,
        row.openDays,
        row.activeDesks,
        { percent: row.occupancyRate },
        row.bookings,
        row.noShows,
        { percent: row.noShowRate },
        row.visits,
        row.distinctAgents,
        row.repeatVisitors,
        row.administrations,
        row.sharedDays,
      ]),
    );
  }

  async setAnalyticsSettings(actor: User, siteId: string, showNames: boolean) {
    return this.dataSource.transaction(async (manager) => {
      const before = await setAnalyticsShowNames(manager, siteId, showNames);
      if (before === undefined) throw new NotFoundException("Ce site n'existe pas.");
      if (before !== showNames) {
        const [site] = await listAnalyticsSites(manager, siteId);
        await insertAuditEvent(manager, {
          at: this.clock.now(),
          kind: 'site.analytics-privacy-changed',
          actor: auditActorOf(actor),
          siteId,
          subject: site?.name ?? siteId,
          before: { showNames: before },
          after: { showNames },
        });
      }
      return { showNames };
    });
  }

  /** The last `months` complete months, per site; figures over fewer than 5 people withheld. */
  async openStatistics(months: number): Promise<OpenStatistics> {
    const nowMs = this.clock.now().getTime();
    const cached = this.openStatisticsCache.get(months);
    if (cached && nowMs - cached.at >= 0 && nowMs - cached.at < openStatisticsCacheMs) {
      return cached.value;
    }
    const currentMonth = monthOf(siteToday(openStatisticsTimezone, this.clock.now()));
    const firstMonth = addMonths(currentMonth, -months);
    const lastMonth = addMonths(currentMonth, -1);
    const covered = Array.from({ length: months }, (_, index) => addMonths(firstMonth, index));
    const sites = await listAnalyticsSites(this.dataSource.manager);
    const figures = await this.aggregate(
      sites,
      { from: `${firstMonth}-01`, to: lastDayOfMonth(lastMonth) },
      (db, scope) => monthlyFigures(db, scope),
      true,
    );
    const names = new Map(sites.map((site) => [site.id, site.name]));
    const eventFigures = await monthlyEventFigures(this.dataSource.manager, {
      from: `${firstMonth}-01`,
      to: lastDayOfMonth(lastMonth),
      now: this.clock.now(),
    });
    const value: OpenStatistics = {
      months: covered,
      minimumPeople: openStatisticsMinimumPeople,
      rows: figures.map((row) => {
        const suppressed = row.people < openStatisticsMinimumPeople;
        return {
          siteId: row.site_id,
          siteName: names.get(row.site_id) ?? '',
          month: row.month,
          openDays: row.open_days,
          suppressed,
          occupancyRate: suppressed ? null : ratio(row.booked_half_days, row.available_half_days),
          visits: suppressed ? null : row.visits,
          administrations: suppressed ? null : row.administrations,
          sharedDaysShare: suppressed ? null : ratio(row.shared_days, row.open_days),
        };
      }),
      events: eventFigures.map((row) => {
        const suppressed = row.people < openStatisticsMinimumPeople;
        return {
          siteId: row.site_id,
          siteName: names.get(row.site_id) ?? '',
          month: row.month,
          events: row.events,
          suppressed,
          inPersonRegistrations: suppressed ? null : row.registrations,
          attendees: suppressed ? null : row.attendees,
          noShows: suppressed ? null : row.registrations - row.attendees,
        };
      }),
    };
    this.openStatisticsCache.set(months, { at: nowMs, value });
    return value;
  }

  async openStatisticsCsv(months: number): Promise<string> {
    const statistics = await this.openStatistics(months);
    const withheld = `< ${statistics.minimumPeople} personnes`;
    return csvDocument(
      [
        'Site',
        'Mois',
        'Jours ouverts',
        "Taux d'occupation (%)",
        'Venues',
        'Administrations distinctes',
        'Part des jours ouverts avec plusieurs administrations (%)',
        'Secret statistique',
        'Événements',
        'Inscriptions sur place aux événements',
        'Présents aux événements',
        'Absents aux événements',
      ],
      statistics.rows.map((row) => {
        const events = statistics.events.find(
          (candidate) => candidate.siteId === row.siteId && candidate.month === row.month,
        );
        const eventCount = (count: number | null | undefined) =>
          events?.suppressed ? withheld : (count ?? 0);
        return [
          row.siteName,
          row.month,
          row.openDays,
          row.suppressed ? withheld : { percent: row.occupancyRate },
          row.suppressed ? withheld : row.visits,
          row.suppressed ? withheld : row.administrations,
          row.suppressed ? withheld : { percent: row.sharedDaysShare },
          row.suppressed ? 'oui' : 'non',
          events?.events ?? 0,
          eventCount(events?.inPersonRegistrations),
          eventCount(events?.attendees),
          eventCount(events?.noShows),
        ];
      }),
    );
  }

  async openDataSites(): Promise<OpenDataSite[]> {
    const rows = await listOpenDataSites(this.dataSource.manager);
    return rows.map((row) => ({
      id: row.id,
      nom: row.name,
      adresse: row.address,
      description: row.description,
      acces: row.access_info,
      horaires: toOpeningHoursSyntax(row.weekly),
      fuseauHoraire: row.timezone,
      nombrePostes: row.desks,
      postesAccessiblesPlainPied: row.step_free,
      postesEcran: row.screen,
      postesAssisDebout: row.standing,
      postesZoneCalme: row.quiet,
      zones: [...row.zones].sort((a, b) => a.localeCompare(b, 'fr')),
    }));
  }

  /**
   * One aggregate statement over the sites and period, in its own read-only transaction, with
   * room to sort a year of bookings in memory (the default 4 MB spills to disk; `SET LOCAL` ends
   * with the transaction) and no JIT compilation. The days already rolled up are known in the same transaction as the
   * statement. A period longer than 366 days is refused (422) unless `isBounded`.
   */
  private aggregate<T>(
    sites: AnalyticsSite[],
    period: AnalyticsQuery,
    statement: (db: Queryable, scope: PeriodScope) => Promise<T>,
    isBounded = false,
  ): Promise<T> {
    const days = daysBetweenIsoDates(period.from, period.to) + 1;
    if (!isBounded && days > maxAnalyticsDays) {
      throw new UnprocessableEntityException(
        `La période (from, to) ne peut dépasser ${maxAnalyticsDays} jours : elle en compte ${days}.`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      await manager.query(`SET LOCAL work_mem = '${analyticsWorkMem}'`);
      // Compiling a statement's expressions (JIT) took 150–250 ms of the network's statements,
      // which each run over at most a few hundred thousand rows: more than it saved.
      await manager.query(`SET LOCAL jit = off`);
      const rolledThrough = await findRolledThrough(manager);
      return statement(manager, periodScopeOf(sites, period, this.clock.now(), rolledThrough));
    });
  }

  private async findSite(siteId: string): Promise<AnalyticsSite> {
    const [site] = await listAnalyticsSites(this.dataSource.manager, siteId);
    if (!site) throw new NotFoundException("Ce site n'existe pas.");
    return site;
  }
}
