import type { MyData, NetworkAnalytics, OpenStatistics, SiteAnalytics } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { periodScopeOf } from '../src/analytics/analytics-period';
import {
  findRolledThrough,
  listAnalyticsSites,
  summariseSites,
} from '../src/analytics/analytics-queries';
import { AnalyticsRollupService } from '../src/analytics/analytics-rollup.service';
import { jobQueues } from '../src/jobs/job-queues';
import { RetentionService } from '../src/privacy/retention.service';
import { personOf, pastBooking } from './analytics-fixtures';
import { loadDemoSites, sessionsFor, type DemoSessions, type DemoSite } from './fixtures';
import { call, startTestApp, type TestApp } from './test-app';

/**
 * Seen from Tuesday 9 March 2027: history from December 2026 to March 2027 at both demo sites.
 * The rollup stores every settled day: December to February, and March through the 6th (March is
 * not over: read from its days, its month-grain rows not yet); every figure must read the same
 * from the rollups as from the bookings, for a period cut across months at both ends.
 */
const now = new Date('2027-03-09T07:55:00Z');
const period = 'from=2026-12-15&to=2027-03-08';
let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;

const organisations = [
  { siret: '11111111100011', label: 'Ministère A' },
  { siret: '22222222200022', label: 'Préfecture B' },
  { siret: '33333333300033', label: 'Rectorat C' },
  { label: 'Association D' },
  {},
];
const statuses = ['checked_out', 'checked_in', 'absent', 'confirmed', 'cancelled'] as const;
const slots = ['day', 'morning', 'afternoon'] as const;
/** Open weekdays of the history, a few per month, both ends of each month included. */
const days = [
  '2026-12-01',
  '2026-12-14',
  '2026-12-15',
  '2026-12-16',
  '2026-12-31',
  '2027-01-04',
  '2027-01-12',
  '2027-01-13',
  '2027-01-29',
  '2027-02-01',
  '2027-02-02',
  '2027-02-15',
  '2027-02-26',
  '2027-03-01',
  '2027-03-02',
  '2027-03-08',
];

beforeAll(async () => {
  t = await startTestApp({}, undefined, { now });
  ({ paris, lyon } = await loadDemoSites(t));
  cookies = await sessionsFor(t);
  // The start-up run (a job) rolls up the empty past first; the history below then unrolls it.
  await vi.waitFor(
    async () => {
      const [job] = (await t.dataSource.query(
        `SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
        [jobQueues.analyticsRollup],
      )) as { count: number }[];
      expect(job?.count).toBe(1);
    },
    { timeout: 30_000, interval: 200 },
  );
  expect(await rolledThrough()).toBe('2027-03-06');
  const people = [];
  for (let index = 0; index < 12; index += 1) {
    people.push(await personOf(t, `Cumul${index}`, organisations[index % organisations.length]!));
  }
  // A spread of people, statuses and slots; some people come twice in a month or across months.
  for (const [dayIndex, date] of days.entries()) {
    for (let index = 0; index < people.length; index += 1) {
      if ((index + dayIndex) % 3 === 0) continue;
      const site = (index + dayIndex) % 4 === 0 ? lyon : paris;
      await pastBooking(t, {
        siteId: site.id,
        deskId: site.deskId(index),
        userId: index === 11 ? null : people[index]!.id,
        date,
        slot: slots[(index + dayIndex) % slots.length]!,
        status: statuses[(index * 7 + dayIndex) % statuses.length]!,
      });
    }
  }
  await call(t, `/api/sites/${paris.id}/analytics-settings`, {
    method: 'PUT',
    cookie: cookies.admin,
    body: { showNames: true },
  });
});
afterAll(async () => {
  await t?.close();
});

const siteAnalytics = async (siteId = paris.id) =>
  (
    await call<SiteAnalytics>(t, `/api/sites/${siteId}/analytics?${period}`, {
      cookie: cookies.admin,
    })
  ).body;
const networkAnalytics = async () =>
  (await call<NetworkAnalytics>(t, `/api/analytics/network?${period}`, { cookie: cookies.admin }))
    .body;
/** Open statistics are cached ten minutes: the clock moves past it for a fresh computation. */
const freshOpenStatistics = async () => {
  t.clock.advance(11 * 60_000);
  return (await call<OpenStatistics>(t, `/api/open-statistics?months=4`)).body;
};
const rolledThrough = async () =>
  (
    (await t.dataSource.query(`SELECT rolled_through FROM analytics_rollup_state`)) as {
      rolled_through: string;
    }[]
  )[0]?.rolled_through ?? null;
const rollUp = () => t.app.get(AnalyticsRollupService).rollUp(t.clock.now());

describe('analytics rollups', () => {
  test('figures read from the rolled-up months equal the figures read from the bookings', async () => {
    // Writing December's history unrolled every month from December on.
    expect(await rolledThrough()).toBe('2026-11-30');
    const fromBookings = {
      paris: await siteAnalytics(),
      lyon: await siteAnalytics(lyon.id),
      network: await networkAnalytics(),
      open: await freshOpenStatistics(),
    };
    expect(fromBookings.paris.summary.visits).toBeGreaterThan(20);
    expect(fromBookings.paris.visitors?.length).toBeGreaterThan(3);
    expect(fromBookings.open.rows.some((row) => !row.suppressed)).toBe(true);
    // The history exercises each figure the coarser rollups store: days shared by several
    // administrations, their count per day, an administration's days and visits over months,
    // people who come on several days and to both sites (counted once across sites).
    const { paris: parisFigures, lyon: lyonFigures, network, open } = fromBookings;
    expect(parisFigures.summary.sharedDays).toBeGreaterThan(3);
    expect(parisFigures.days.filter((day) => day.administrations >= 2).length).toBeGreaterThan(3);
    expect(parisFigures.administrations.some((row) => row.days >= 4 && row.visits > row.days)).toBe(
      true,
    );
    expect(network.totals.distinctAgents).toBeLessThan(
      parisFigures.summary.distinctAgents + lyonFigures.summary.distinctAgents,
    );
    expect(network.totals.repeatVisitors).toBeGreaterThan(lyonFigures.summary.repeatVisitors);
    expect(network.totals.sharedDays).toBe(
      parisFigures.summary.sharedDays + lyonFigures.summary.sharedDays,
    );
    expect(open.rows.some((row) => (row.sharedDaysShare ?? 0) > 0)).toBe(true);

    expect(await rollUp()).toEqual(['2026-12', '2027-01', '2027-02', '2027-03']);
    expect(await rolledThrough()).toBe('2027-03-06');
    expect(await rollUp()).toEqual([]);

    expect(await siteAnalytics()).toEqual(fromBookings.paris);
    expect(await siteAnalytics(lyon.id)).toEqual(fromBookings.lyon);
    expect(await networkAnalytics()).toEqual(fromBookings.network);
    expect(await freshOpenStatistics()).toEqual(fromBookings.open);
    // Read from the rollups indeed: a month of people and administrations per site and month.
    const [stored] = (await t.dataSource.query(
      `SELECT (SELECT count(*) FROM analytics_organisation_months)::int AS organisation_months,
              (SELECT count(*) FROM analytics_site_months)::int AS site_months,
              (SELECT count(*) FROM analytics_visitor_years)::int AS visitor_years`,
    )) as { organisation_months: number; site_months: number; visitor_years: number }[];
    expect(stored?.organisation_months).toBeGreaterThan(10);
    // Two sites, three whole months and March so far (not read as a month until it is whole).
    expect(stored?.site_months).toBe(8);
    expect(stored?.visitor_years).toBeGreaterThan(10);
    // The administrations' days of the year: exactly the rolled days with a visit of each known
    // administration at each site (the unknown ones count for none).
    const organisationDays = (sql: string) =>
      t.dataSource.query(`${sql} ORDER BY site_id, year, organisation`) as Promise<unknown[]>;
    const rolledOrganisationDays = await organisationDays(
      `SELECT site_id, year, organisation, days::text AS days FROM analytics_organisation_years`,
    );
    expect(rolledOrganisationDays.length).toBeGreaterThan(8);
    expect(rolledOrganisationDays).toEqual(
      await organisationDays(
        `SELECT site_id, date_part('year', local_date)::int AS year,
                coalesce(organization_siret, organization_label) COLLATE "C" AS organisation,
                bit_or(set_bit(repeat('0', 366)::bit(366),
                               local_date - make_date(date_part('year', local_date)::int, 1, 1),
                               1))::text AS days
         FROM bookings
         WHERE local_date <= '2027-03-06' AND status IN ('checked_in', 'checked_out')
           AND coalesce(organization_siret, organization_label) IS NOT NULL
         GROUP BY site_id, date_part('year', local_date),
                  coalesce(organization_siret, organization_label) COLLATE "C"`,
      ),
    );
    // The network's days of each person: the OR of their days at every site, per year.
    const networkDays = (sql: string) =>
      t.dataSource.query(`${sql} ORDER BY year, user_id`) as Promise<unknown[]>;
    const rolledNetworkDays = await networkDays(
      `SELECT year, user_id, days::text AS days FROM analytics_network_visitor_years`,
    );
    expect(rolledNetworkDays.length).toBeGreaterThan(10);
    expect(rolledNetworkDays).toEqual(
      await networkDays(
        `SELECT year, user_id, bit_or(days)::text AS days FROM analytics_visitor_years
         GROUP BY year, user_id`,
      ),
    );
  });

  test('periods cut across months and years read the same from the rollups as from the bookings', async () => {
    // Rolled months spanning two years (two rows of a person's days), or one month between days
    // read from the bookings on both sides of a new year.
    // The network reads every rolled day from the rollups, partial months included: periods
    // inside one month, starting or ending mid-month, running past the last rolled day.
    for (const cut of [
      'from=2027-01-01&to=2027-02-28',
      'from=2026-12-01&to=2027-01-31',
      'from=2026-12-20&to=2027-02-10',
      'from=2027-01-05&to=2027-01-20',
      'from=2027-01-13&to=2027-01-13',
      'from=2026-12-31&to=2027-01-01',
      'from=2027-02-02&to=2027-03-05',
      'from=2026-12-16&to=2026-12-31',
      'from=2027-03-01&to=2027-03-08',
      'from=2027-02-20&to=2027-03-08',
    ]) {
      const read = async () => ({
        paris: (
          await call<SiteAnalytics>(t, `/api/sites/${paris.id}/analytics?${cut}`, {
            cookie: cookies.admin,
          })
        ).body,
        network: (
          await call<NetworkAnalytics>(t, `/api/analytics/network?${cut}`, {
            cookie: cookies.admin,
          })
        ).body,
      });
      const fromRollups = await read();
      expect(fromRollups.network.totals.distinctAgents).toBeGreaterThan(0);
      const [state] = (await t.dataSource.query(
        `SELECT rolled_through FROM analytics_rollup_state`,
      )) as { rolled_through: string }[];
      await t.dataSource.query(`DELETE FROM analytics_rollup_state`);
      expect(await read()).toEqual(fromRollups);
      await t.dataSource.query(
        `INSERT INTO analytics_rollup_state (rolled_through, rolled_at) VALUES ($1, now())`,
        [state!.rolled_through],
      );
    }
  });

  test('a summary of some sites counts their people only, not the whole network', async () => {
    // Someone who came to Lyon only, rolled up like the rest.
    const lyonnaise = await personOf(t, 'Lyonnaise', organisations[0]!);
    await pastBooking(t, {
      siteId: lyon.id,
      deskId: lyon.deskId(11),
      userId: lyonnaise.id,
      date: '2027-01-12',
      slot: 'day',
      status: 'checked_out',
    });
    expect(await rollUp()).toEqual(['2027-01', '2027-02', '2027-03']);
    const manager = t.dataSource.manager;
    const sites = await listAnalyticsSites(manager);
    const period = { from: '2026-12-20', to: '2027-03-08' };
    const rolledThrough = await findRolledThrough(manager);
    const summary = (scoped: typeof sites) =>
      summariseSites(manager, periodScopeOf(scoped, period, t.clock.now(), rolledThrough));
    const network = await summary(sites);
    const parisOnly = await summary(sites.filter((site) => site.id === paris.id));
    const parisRow = parisOnly.find((row) => row.site_id === paris.id);
    const totals = parisOnly.find((row) => row.site_id === null);
    expect(parisRow?.distinct_agents).toBeGreaterThan(0);
    // The network counts her; the summary of Paris alone does not.
    expect(network.find((row) => row.site_id === null)?.distinct_agents).toBeGreaterThan(
      parisRow!.distinct_agents,
    );
    expect(totals?.distinct_agents).toBe(parisRow?.distinct_agents);
    expect(totals?.repeat_visitors).toBe(parisRow?.repeat_visitors);
  });

  test('the network reads the rolled days of a partial month from the rollups, not from the bookings', async () => {
    const cut = 'from=2027-01-05&to=2027-01-20';
    const network = async () =>
      (await call<NetworkAnalytics>(t, `/api/analytics/network?${cut}`, { cookie: cookies.admin }))
        .body;
    const before = await network();
    expect(before.totals.administrations).toBeGreaterThan(1);
    // An administration with a rolled day of visit in the cut (bits 5 to 20 of 2027).
    const [seen] = (await t.dataSource.query(
      `SELECT organisation FROM analytics_organisation_years
       WHERE year = 2027 AND substring(days::text, 5, 16) LIKE '%1%'
       ORDER BY organisation LIMIT 1`,
    )) as { organisation: string }[];
    expect(seen).toBeDefined();
    await t.dataSource.query(
      `UPDATE analytics_site_days SET visits = visits + 100 WHERE site_id = $1 AND day = '2027-01-12'`,
      [paris.id],
    );
    await t.dataSource.query(
      `UPDATE analytics_organisation_years SET days = repeat('0', 366)::bit(366)
       WHERE year = 2027 AND organisation = $1`,
      [seen!.organisation],
    );
    // A person with a rolled day in the cut, taken out of the network's days only: the network
    // counts one agent fewer, each site as many.
    const [traveller] = (await t.dataSource.query(
      `SELECT user_id FROM analytics_network_visitor_years
       WHERE year = 2027 AND substring(days::text, 5, 16) LIKE '%1%'
       ORDER BY user_id LIMIT 1`,
    )) as { user_id: string }[];
    expect(traveller).toBeDefined();
    await t.dataSource.query(
      `UPDATE analytics_network_visitor_years SET days = repeat('0', 366)::bit(366)
       WHERE year = 2027 AND user_id = $1`,
      [traveller!.user_id],
    );
    const after = await network();
    expect(after.totals.visits).toBe(before.totals.visits + 100);
    expect(after.totals.administrations).toBe(before.totals.administrations - 1);
    expect(after.totals.distinctAgents).toBe(before.totals.distinctAgents - 1);
    expect(after.sites.map((site) => site.distinctAgents)).toEqual(
      before.sites.map((site) => site.distinctAgents),
    );
    await t.dataSource.query(
      `UPDATE analytics_site_days SET visits = visits - 100 WHERE site_id = $1 AND day = '2027-01-12'`,
      [paris.id],
    );
    // Rolled again from the bookings, the administration's days are back.
    await t.dataSource.query(`UPDATE analytics_rollup_state SET rolled_through = '2026-12-31'`);
    expect(await rollUp()).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(await network()).toEqual(before);
  });

  test('January is read from its rollup, not from the bookings', async () => {
    const before = await siteAnalytics();
    const day = before.days.find((row) => row.date === '2027-01-12');
    await t.dataSource.query(
      `UPDATE analytics_site_days SET visits = visits + 100 WHERE site_id = $1 AND day = '2027-01-12'`,
      [paris.id],
    );
    const after = await siteAnalytics();
    expect(after.days.find((row) => row.date === '2027-01-12')?.visits).toBe(day!.visits + 100);
    expect(after.summary.visits).toBe(before.summary.visits + 100);
    await t.dataSource.query(
      `UPDATE analytics_site_days SET visits = visits - 100 WHERE site_id = $1 AND day = '2027-01-12'`,
      [paris.id],
    );
  });

  test('a booking written into a rolled month is counted at once, and rolled up again', async () => {
    const before = await siteAnalytics();
    const late = await personOf(t, 'Tardive', { siret: '44444444400044', label: 'Direction E' });
    await pastBooking(t, {
      siteId: paris.id,
      deskId: paris.deskId(20),
      userId: late.id,
      date: '2027-01-13',
      slot: 'day',
      status: 'checked_out',
    });
    expect(await rolledThrough()).toBe('2026-12-31');
    const withLate = await siteAnalytics();
    expect(withLate.summary.visits).toBe(before.summary.visits + 1);
    expect(withLate.summary.administrations).toBe(before.summary.administrations + 1);
    expect(withLate.summary.distinctAgents).toBe(before.summary.distinctAgents + 1);

    expect(await rollUp()).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(await siteAnalytics()).toEqual(withLate);

    // Her month is hers to read in « Mes données »; deleting her account erases her from it.
    const exported = await call<MyData>(t, '/api/me/data', { cookie: late.cookie });
    expect(exported.body.statisticsMonths).toEqual([
      {
        siteName: 'AdmZ Paris',
        month: '2027-01',
        visitDays: 1,
        firstDay: '2027-01-13',
        lastDay: '2027-01-13',
      },
    ]);
    const daysOfLate = async () =>
      Number(
        (
          (await t.dataSource.query(
            `SELECT (SELECT count(*) FROM analytics_visitor_years WHERE user_id = $1)
                  + (SELECT count(*) FROM analytics_network_visitor_years WHERE user_id = $1)
                    AS count`,
            [late.id],
          )) as { count: string }[]
        )[0]?.count,
      );
    expect(await daysOfLate()).toBe(2);
    const deleted = await call(t, '/api/me', { method: 'DELETE', cookie: late.cookie });
    expect(deleted.status).toBe(200);
    const [erased] = (await t.dataSource.query(
      `SELECT count(*)::int AS count FROM analytics_visitor_months WHERE user_id = $1`,
      [late.id],
    )) as { count: number }[];
    expect(erased?.count).toBe(0);
    expect(await daysOfLate()).toBe(0);
    // Both ways she now counts for her administration and for nobody by name.
    const fromRollups = await siteAnalytics();
    expect(fromRollups.summary.distinctAgents).toBe(withLate.summary.distinctAgents - 1);
    await t.dataSource.query(`DELETE FROM analytics_rollup_state`);
    expect(await siteAnalytics()).toEqual(fromRollups);
    expect(await rollUp()).toEqual(['2026-12', '2027-01', '2027-02', '2027-03']);
  });

  test('each night rolls the month so far again, one more settled day', async () => {
    const before = {
      network: await networkAnalytics(),
      paris: await siteAnalytics(),
      open: await freshOpenStatistics(),
    };
    const nextNight = new Date('2027-03-10T02:45:00Z');
    expect(await t.app.get(AnalyticsRollupService).rollUp(nextNight)).toEqual(['2027-03']);
    expect(await rolledThrough()).toBe('2027-03-07');
    expect(await t.app.get(AnalyticsRollupService).rollUp(nextNight)).toEqual([]);
    // March's month-grain rows hold March so far, rewritten, not doubled.
    const [march] = (await t.dataSource.query(
      `SELECT count(*)::int AS count FROM analytics_site_months WHERE month = '2027-03-01'`,
    )) as { count: number }[];
    expect(march?.count).toBe(2);
    expect(await networkAnalytics()).toEqual(before.network);
    expect(await siteAnalytics()).toEqual(before.paris);
    expect(await freshOpenStatistics()).toEqual(before.open);
  });

  test('a year later the holders are erased from the rollups, and the open statistics keep their people', async () => {
    const before = await freshOpenStatistics();
    const published = before.rows.filter((row) => !row.suppressed);
    expect(published.length).toBeGreaterThan(0);

    const yearLater = new Date('2028-03-09T07:55:00Z');
    const report = await t.app.get(RetentionService).purge(yearLater);
    expect(report.bookingHolders).toBeGreaterThan(0);
    expect(report.analyticsVisitors).toBeGreaterThan(0);
    const [remaining] = (await t.dataSource.query(
      `SELECT count(*)::int AS count FROM analytics_visitor_months WHERE user_id IS NOT NULL`,
    )) as { count: number }[];
    expect(remaining?.count).toBe(0);
    const [days] = (await t.dataSource.query(
      `SELECT (SELECT count(*) FROM analytics_visitor_years)::int
            + (SELECT count(*) FROM analytics_network_visitor_years)::int AS count`,
    )) as { count: number }[];
    expect(days?.count).toBe(0);

    // The same months, read after the holders are gone: still published, same figures.
    expect(await freshOpenStatistics()).toEqual(before);
  });
});
