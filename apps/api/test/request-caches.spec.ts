import type { Booking, Me } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deskClaimKey } from '../src/availability-cache/availability-cache';
import { AvailabilityCacheService } from '../src/availability-cache/availability-cache.service';
import { hashToken, SessionsService } from '../src/auth/sessions.service';
import { jobQueues } from '../src/jobs/job-queues';
import {
  addDays,
  book,
  loadDemoSites,
  nextWeekday,
  sessionsFor,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import {
  call,
  createTestDatabase,
  openSessionForNewAgent,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './test-app';

/**
 * Issue 13, point 1: what a booking request reads before its INSERT — the session, the site's
 * day (hours, exceptions, rules), its desks and key holders — is kept per process and emptied by
 * the database's NOTIFY. Two API processes on one database: each change is made on one (or in
 * SQL) and the very next request on the other sees it.
 */
let database: TestDatabase;
let first: TestApp;
let second: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;
let monday: string;

beforeAll(async () => {
  database = await createTestDatabase();
  first = await startTestApp({}, database);
  second = await startTestApp({}, database);
  ({ paris } = await loadDemoSites(first));
  cookies = await sessionsFor(first);
  monday = nextWeekday(first.clock, paris.timezone, 1);
});
afterAll(async () => {
  await second?.close();
  await first?.close();
  await database?.drop();
});

const me = (app: TestApp, cookie: string) => call<Me>(app, '/api/me', { cookie });

/** Asked twice on `app`, so that the session is now held in that process's memory. */
async function warmSession(app: TestApp, cookie: string): Promise<Me> {
  expect((await me(app, cookie)).status).toBe(200);
  const seen = await me(app, cookie);
  expect(seen.status).toBe(200);
  const token = cookie.slice(cookie.indexOf('=') + 1);
  // Held in memory: what follows checks it is emptied, not bypassed.
  expect(app.app.get(SessionsService).cache.read(hashToken(token), app.clock.now())).toBeDefined();
  return seen.body;
}

describe('sessions cached per process, every change seen at once on both', () => {
  test('a logout on one process refuses the session on the other', async () => {
    const cookie = await openSessionForNewAgent(first, 'Déconnexion');
    await warmSession(first, cookie);
    await warmSession(second, cookie);
    const logout = await call(first, '/api/auth/logout', { method: 'POST', cookie });
    expect(logout.status).toBe(303);
    expect((await me(second, cookie)).status).toBe(401);
    expect((await me(first, cookie)).status).toBe(401);
  });

  test('a session deleted in SQL, by no API process, is refused on both', async () => {
    const cookie = await openSessionForNewAgent(first, 'Révocation');
    await warmSession(first, cookie);
    await warmSession(second, cookie);
    await first.dataSource.query(`DELETE FROM sessions WHERE token_hash = $1`, [
      hashToken(cookie.slice(cookie.indexOf('=') + 1)),
    ]);
    for (const app of [first, second]) expect((await me(app, cookie)).status).toBe(401);
  });

  test('a host role granted then taken back opens then closes the site’s pages on both', async () => {
    const cookie = await openSessionForNewAgent(first, 'Rôle');
    const { id: userId } = await warmSession(second, cookie);
    const presence = (app: TestApp) =>
      call(app, `/api/sites/${paris.id}/presence?date=${monday}`, { cookie });
    expect((await presence(second)).status).toBe(403);
    await first.dataSource.query(
      `INSERT INTO site_roles (user_id, site_id, role) VALUES ($1, $2, 'host')`,
      [userId, paris.id],
    );
    expect((await me(second, cookie)).body.hostedSiteIds).toEqual([paris.id]);
    expect((await presence(second)).status).toBe(200);
    await first.dataSource.query(`DELETE FROM site_roles WHERE user_id = $1`, [userId]);
    expect((await presence(second)).status).toBe(403);
    expect((await presence(first)).status).toBe(403);
  });

  test('an administrator who is one no longer is refused on both', async () => {
    const cookie = await openSessionForNewAgent(first, 'Admin');
    const { id: userId } = await warmSession(second, cookie);
    await first.dataSource.query(`UPDATE users SET is_admin = true WHERE id = $1`, [userId]);
    expect((await call(second, '/api/admin/audit', { cookie })).status).toBe(200);
    await warmSession(first, cookie);
    await first.dataSource.query(`UPDATE users SET is_admin = false WHERE id = $1`, [userId]);
    for (const app of [first, second]) {
      expect((await call(app, '/api/admin/audit', { cookie })).status).toBe(403);
    }
  });
});

/** An attempt to book on `app`, as `cookie`: its status and sentence. */
async function attempt(
  app: TestApp,
  cookie: string,
  date: string,
  deskIndex: number,
  slot = 'morning',
) {
  const answer = await book(app, cookie, {
    siteId: paris.id,
    deskId: paris.deskId(deskIndex),
    date,
    slot,
  });
  return {
    status: answer.status,
    body: answer.body,
    message: (answer.body as { message?: string }).message ?? '',
  };
}

async function cancel(app: TestApp, cookie: string, bookingId: string): Promise<void> {
  const cancelled = await call(app, `/api/bookings/${bookingId}/cancel`, {
    method: 'POST',
    cookie,
  });
  expect(cancelled.status).toBe(200);
}

/** A booking made and cancelled on `app`: its site's day and places are then in its memory. */
async function warmSiteDay(app: TestApp, date: string): Promise<void> {
  const made = await attempt(app, cookies.agent2, date, 9, 'afternoon');
  expect(made.status).toBe(201);
  await cancel(app, cookies.agent2, (made.body as Booking).id);
  const { cache } = app.app.get(AvailabilityCacheService);
  expect(cache.readSchedule(paris.id, date)).toBeDefined();
  expect(cache.readPlaces(paris.id)).toBeDefined();
}

describe('a booking’s checks cached per process, every change seen at once on both', () => {
  test('a desk booked on one process is refused on the other, and free again once cancelled', async () => {
    const date = addDays(monday, 7);
    await warmSiteDay(first, date);
    await warmSiteDay(second, date);
    const made = await attempt(first, cookies.agent, date, 0);
    expect(made.status).toBe(201);
    const refused = await attempt(second, cookies.agent2, date, 0);
    expect(refused.status).toBe(409);
    expect(refused.message).toBe(`Le poste ${paris.deskLabel(0)} est déjà réservé sur ce créneau.`);
    // Refused again from the second process's memory of that refusal, in the same words; the
    // holder asking again gets on both processes the answer the database gives the first.
    const again = await attempt(second, cookies.agent2, date, 0);
    expect(again).toMatchObject({ status: 409, message: refused.message });
    expect(
      second.app
        .get(AvailabilityCacheService)
        .cache.isKnownTaken(
          paris.id,
          date,
          deskClaimKey(paris.deskId(0), new Date(made.body.startsAt), new Date(made.body.endsAt)),
        ),
    ).toBe(true);
    const holderOnFirst = await attempt(first, cookies.agent, date, 0);
    expect(holderOnFirst.status).toBe(409);
    expect(await attempt(second, cookies.agent, date, 0)).toMatchObject({
      status: 409,
      message: holderOnFirst.message,
    });
    // The same person on another desk of the same slot: their own booking is in the way.
    const twice = await attempt(second, cookies.agent, date, 1);
    expect(twice.status).toBe(409);
    expect(twice.message).toContain(paris.deskLabel(0));
    await cancel(first, cookies.agent, (made.body as Booking).id);
    expect((await attempt(second, cookies.agent2, date, 0)).status).toBe(201);
  });

  test('closing the day on one process refuses it on the other; reopening it accepts again', async () => {
    const date = addDays(monday, 1);
    await warmSiteDay(second, date);
    const exception = `/api/sites/${paris.id}/opening-hours/exceptions/${date}`;
    const closed = await call(first, exception, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { isClosed: true, reason: 'Travaux' },
    });
    expect(closed.status).toBe(200);
    const refused = await attempt(second, cookies.agent, date, 2);
    expect(refused.status).toBe(422);
    expect(refused.message).toContain('Travaux');
    const reopened = await call(first, exception, { method: 'DELETE', cookie: cookies.hote });
    expect(reopened.status).toBeLessThan(300);
    expect((await attempt(second, cookies.agent, date, 2)).status).toBe(201);
  });

  test('a desk withdrawn in SQL is refused as not bookable on both, then offered again', async () => {
    const date = addDays(monday, 2);
    await warmSiteDay(first, date);
    await warmSiteDay(second, date);
    await first.dataSource.query(`UPDATE desks SET is_active = false WHERE id = $1`, [
      paris.deskId(3),
    ]);
    for (const app of [first, second]) {
      const refused = await attempt(app, cookies.agent, date, 3);
      // The check's sentence, from the desk read afresh (not the insert's guard, a 409).
      expect(refused.status).toBe(422);
      expect(refused.message).toBe(
        `Le poste ${paris.deskLabel(3)} n'est pas ouvert à la réservation.`,
      );
    }
    await first.dataSource.query(`UPDATE desks SET is_active = true WHERE id = $1`, [
      paris.deskId(3),
    ]);
    expect((await attempt(second, cookies.agent, date, 3)).status).toBe(201);
  });

  test('a change of the site’s rules applies on the other process at once', async () => {
    const date = addDays(monday, 3);
    await warmSiteDay(second, date);
    await first.dataSource.query(
      `INSERT INTO site_rules (site_id, max_days_ahead) VALUES ($1, 0)
       ON CONFLICT (site_id) DO UPDATE SET max_days_ahead = 0`,
      [paris.id],
    );
    const refused = await attempt(second, cookies.agent, date, 4);
    expect(refused.status).toBe(422);
    expect(refused.message).toContain('plus de 0 jours');
    await first.dataSource.query(`UPDATE site_rules SET max_days_ahead = 30 WHERE site_id = $1`, [
      paris.id,
    ]);
    expect((await attempt(second, cookies.agent, date, 4)).status).toBe(201);
  });

  test('the confirmation mail is queued with the booking, and a refusal queues none', async () => {
    const date = addDays(monday, 4);
    const countJobs = async (bookingId?: string) => {
      const [{ count }] = await first.dataSource.query(
        `SELECT count(*)::int AS count FROM pgboss.job
         WHERE name = $1 AND ($2::text IS NULL OR data->>'bookingId' = $2)`,
        [jobQueues.notify, bookingId ?? null],
      );
      return count as number;
    };
    const made = await attempt(second, cookies.agent, date, 5);
    expect(made.status).toBe(201);
    expect(await countJobs((made.body as Booking).id)).toBe(1);
    const before = await countJobs();
    expect((await attempt(first, cookies.agent2, date, 5)).status).toBe(409);
    expect(await countJobs()).toBe(before);
  });
});
