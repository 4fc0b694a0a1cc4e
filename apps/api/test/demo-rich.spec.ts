import { addDaysToIsoDate, siteToday, type SiteAnalytics } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDemoSites, sessionsFor, type DemoSessions, type DemoSite } from './fixtures';
import {
  call,
  createTestDatabase,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './test-app';

let database: TestDatabase;
let first: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;

beforeAll(async () => {
  database = await createTestDatabase();
  first = await startTestApp({ SEED_DEMO_RICH: 'true' }, database);
  ({ paris } = await loadDemoSites(first));
  cookies = await sessionsFor(first);
});
afterAll(async () => {
  await first?.close();
  await database?.drop();
});

const count = async (app: TestApp, sql: string, parameters: unknown[] = []) =>
  Number((await app.dataSource.query<{ count: string }[]>(sql, parameters))[0]?.count);

/** What the rich demo seeds, counted: a second start must find the same. */
const snapshot = async (app: TestApp) => ({
  users: await count(app, `SELECT count(*) AS count FROM users`),
  bookings: await count(app, `SELECT count(*) AS count FROM bookings`),
  plans: await count(app, `SELECT count(*) AS count FROM zone_plans`),
  waiting: await count(app, `SELECT count(*) AS count FROM waitlist_entries`),
  guests: await count(app, `SELECT count(*) AS count FROM guest_invitations`),
  events: await count(app, `SELECT count(*) AS count FROM events`),
});

describe('the rich demo (SEED_DEMO_RICH)', () => {
  test('every Paris zone has a plan, every Paris desk is pinned on it', async () => {
    const zones = await first.dataSource.query<{ name: string; has_plan: boolean }[]>(
      `SELECT z.name, EXISTS (SELECT 1 FROM zone_plans p WHERE p.site_id = z.site_id AND p.zone = z.name) AS has_plan
       FROM zones z WHERE z.site_id = $1 ORDER BY z.name`,
      [paris.id],
    );
    expect(zones.map((zone) => zone.name)).toEqual(['Atelier', 'Espace calme', 'Plateau ouvert']);
    expect(zones.every((zone) => zone.has_plan)).toBe(true);
    expect(
      await count(
        first,
        `SELECT count(*) AS count FROM desks WHERE site_id = $1 AND (plan_x IS NULL OR plan_y IS NULL
           OR plan_x NOT BETWEEN 0 AND 1 OR plan_y NOT BETWEEN 0 AND 1)`,
        [paris.id],
      ),
    ).toBe(0);
    // The plan is served as any uploaded one.
    const plan = await call(first, `/api/sites/${paris.id}/zones/Atelier/plan`, {
      cookie: cookies.agent,
    });
    expect(plan.status).toBe(200);
  });

  test('a full day at Paris with people on its waiting list', async () => {
    const days = await first.dataSource.query<{ local_date: string; booked: string }[]>(
      `SELECT to_char(b.local_date, 'YYYY-MM-DD') AS local_date, count(*) AS booked
       FROM bookings b WHERE b.site_id = $1 AND b.status = 'confirmed'
       GROUP BY b.local_date
       HAVING count(*) = (SELECT count(*) FROM desks WHERE site_id = $1 AND is_active)`,
      [paris.id],
    );
    expect(days).toHaveLength(1);
    const fullDay = days[0]?.local_date ?? '';
    expect(
      await count(
        first,
        `SELECT count(*) AS count FROM waitlist_entries
         WHERE site_id = $1 AND local_date = $2 AND status = 'waiting'`,
        [paris.id, fullDay],
      ),
    ).toBe(4);
  });

  test('eight weeks of past visits with check-ins: the statistics have curves', async () => {
    const today = siteToday(paris.timezone, first.clock.now());
    const from = addDaysToIsoDate(today, -56);
    const to = addDaysToIsoDate(today, -1);
    const analytics = await call<SiteAnalytics>(
      first,
      `/api/sites/${paris.id}/analytics?from=${from}&to=${to}`,
      { cookie: cookies.hote },
    );
    expect(analytics.status).toBe(200);
    const { summary, days } = analytics.body;
    expect(summary.visits).toBeGreaterThan(500);
    expect(summary.noShows).toBeGreaterThan(0);
    expect(summary.administrations).toBeGreaterThanOrEqual(10);
    expect(summary.repeatVisitors).toBeGreaterThan(20);
    const openDaysWithVisits = days.filter((day) => day.isOpen && day.visits > 0);
    expect(openDaysWithVisits.length).toBeGreaterThanOrEqual(35);
  });

  test('a guest invited for today, approved', async () => {
    const today = siteToday(paris.timezone, first.clock.now());
    expect(
      await count(
        first,
        `SELECT count(*) AS count FROM guest_invitations
         WHERE site_id = $1 AND local_date = $2 AND status = 'approved'`,
        [paris.id, today],
      ),
    ).toBe(1);
  });

  test('a second start on the same database adds nothing', async () => {
    const before = await snapshot(first);
    const second = await startTestApp({ SEED_DEMO_RICH: 'true' }, database);
    try {
      expect(await snapshot(second)).toEqual(before);
    } finally {
      await second.close();
    }
  });
});
