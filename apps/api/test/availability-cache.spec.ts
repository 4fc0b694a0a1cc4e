import type { Availability, Booking } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deskClaimKey } from '../src/availability-cache/availability-cache';
import { AvailabilityCacheService } from '../src/availability-cache/availability-cache.service';
import {
  availability,
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
  type ApiResponse,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './test-app';

/**
 * Issue 13, point 2: availability answers are cached per process and emptied by the database's
 * NOTIFY whatever changed them. Two API processes on one database: each change is made on one
 * (or in SQL) and read on both, and every cached answer equals the one computed afresh.
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

const path = (date: string) => `/api/sites/${paris.id}/availability?date=${date}`;

async function read(app: TestApp, cookie: string, date = monday): Promise<Availability> {
  const response = await availability(app, cookie, paris.id, date);
  expect(response.status).toBe(200);
  return response.body;
}

/** Both processes' answers to both people, read twice so the second comes from the cache. */
async function warm(date = monday): Promise<void> {
  for (const app of [first, second]) {
    for (const cookie of [cookies.agent, cookies.agent2]) {
      await read(app, cookie, date);
      await read(app, cookie, date);
    }
  }
}

/** What a process answers now, checked against its answer with the cache emptied. */
async function readChecked(app: TestApp, cookie: string, date = monday): Promise<Availability> {
  const answered = await read(app, cookie, date);
  app.app.get(AvailabilityCacheService).cache.clear();
  expect(answered).toEqual(await read(app, cookie, date));
  return answered;
}

const deskOf = (seen: Availability, deskId: string) => {
  const desk = seen.desks.find((candidate) => candidate.id === deskId);
  if (!desk) throw new Error(`desk ${deskId} not in the availability`);
  return desk;
};

describe('availability cache, every change seen at once on both processes', () => {
  test('a booking made on one process is taken on the other, mine for its holder', async () => {
    await warm();
    // The answers are held in memory: what follows checks they are emptied, not bypassed.
    for (const app of [first, second]) {
      expect(app.app.get(AvailabilityCacheService).cache.readDay(paris.id, monday)).toBeDefined();
    }
    const created = await book(first, cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskId(0),
      date: monday,
      slot: 'morning',
    });
    expect(created.status).toBe(201);
    expect(deskOf(await readChecked(second, cookies.agent), paris.deskId(0)).states.morning).toBe(
      'taken',
    );
    expect(deskOf(await readChecked(second, cookies.agent2), paris.deskId(0)).states.morning).toBe(
      'mine',
    );
    expect(deskOf(await readChecked(first, cookies.agent), paris.deskId(0)).states.morning).toBe(
      'taken',
    );

    await warm();
    const cancelled = await call<Booking>(second, `/api/bookings/${created.body.id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent2,
    });
    expect(cancelled.status).toBe(200);
    for (const app of [first, second]) {
      for (const cookie of [cookies.agent, cookies.agent2]) {
        expect(deskOf(await readChecked(app, cookie), paris.deskId(0)).states.morning).toBe('free');
      }
    }
  });

  test('a desk refused on one process stays known there while others are booked, and is bookable there once freed', async () => {
    const [deskId, otherDeskId] = (
      (await first.dataSource.query(
        `SELECT d.id FROM desks d
        WHERE d.site_id = $1 AND d.is_active AND NOT EXISTS (
          SELECT 1 FROM bookings b WHERE b.desk_id = d.id AND b.local_date = $2::date)
        ORDER BY d.label DESC LIMIT 2`,
        [paris.id, monday],
      )) as { id: string }[]
    ).map((desk) => desk.id);
    if (!deskId || !otherDeskId) throw new Error('two free desks expected');
    const late = await openSessionForNewAgent(first, 'Tardive');
    const third = await openSessionForNewAgent(first, 'Tierce');
    const slot = { siteId: paris.id, date: monday, slot: 'morning' };
    const held = await book(first, cookies.agent2, { ...slot, deskId });
    expect(held.status).toBe(201);
    const claim = deskClaimKey(deskId, new Date(held.body.startsAt), new Date(held.body.endsAt));
    const { cache } = second.app.get(AvailabilityCacheService);

    expect((await book(second, late, { ...slot, deskId })).status).toBe(409);
    expect(cache.isKnownTaken(paris.id, monday, claim)).toBe(true);
    // Another desk booked that morning, on the other process: it frees nothing.
    expect((await book(first, third, { ...slot, deskId: otherDeskId })).status).toBe(201);
    expect(deskOf(await read(second, late), otherDeskId).states.morning).toBe('taken');
    expect(cache.isKnownTaken(paris.id, monday, claim)).toBe(true);
    const refused = await book(second, late, { ...slot, deskId });
    expect(refused.status).toBe(409);
    expect(JSON.stringify(refused.body)).toContain('déjà réservé');

    // Cancelled on the first process: bookable on the second at once.
    const cancelled = await call<Booking>(first, `/api/bookings/${held.body.id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent2,
    });
    expect(cancelled.status).toBe(200);
    expect(cache.isKnownTaken(paris.id, monday, claim)).toBe(false);
    expect((await book(second, late, { ...slot, deskId })).status).toBe(201);
  });

  test('a booking written in SQL, by no API process, is taken on both', async () => {
    await warm();
    const [{ id: userId }] = await first.dataSource.query(
      `INSERT INTO users (sub, given_name, usual_name, email)
       VALUES ('sql-only', 'Directe', 'Sql', 'sql-only@example.gouv.fr') RETURNING id`,
    );
    await first.dataSource.query(
      `INSERT INTO bookings (site_id, desk_id, user_id, slot, local_date, starts_at, ends_at, short_code)
       SELECT $1, $2, $3, 'afternoon', $4::date, a.starts_at, a.ends_at, 'SQLBK234'
       FROM (SELECT ($4::date + time '14:00') AT TIME ZONE $5 AS starts_at,
                    ($4::date + time '18:00') AT TIME ZONE $5 AS ends_at) a`,
      [paris.id, paris.deskId(1), userId, monday, paris.timezone],
    );
    for (const app of [first, second]) {
      expect(deskOf(await readChecked(app, cookies.agent), paris.deskId(1)).states.afternoon).toBe(
        'taken',
      );
    }
  });

  test('closing the day (an opening exception) closes it on both', async () => {
    const tuesday = nextWeekday(first.clock, paris.timezone, 2);
    await warm(tuesday);
    const closed = await call(first, `/api/sites/${paris.id}/opening-hours/exceptions/${tuesday}`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { isClosed: true, reason: 'Travaux' },
    });
    expect(closed.status).toBe(200);
    for (const app of [first, second]) {
      const seen = await readChecked(app, cookies.agent, tuesday);
      expect(seen.isOpen).toBe(false);
      expect(seen.closedReason).toContain('Travaux');
    }
  });

  test('a desk deactivated in SQL leaves the availability of both', async () => {
    await warm();
    await first.dataSource.query(`UPDATE desks SET is_active = false WHERE id = $1`, [
      paris.deskId(2),
    ]);
    for (const app of [first, second]) {
      const seen = await readChecked(app, cookies.agent2);
      expect(seen.desks.map((desk) => desk.id)).not.toContain(paris.deskId(2));
    }
    await first.dataSource.query(`UPDATE desks SET is_active = true WHERE id = $1`, [
      paris.deskId(2),
    ]);
    expect((await readChecked(second, cookies.agent2)).desks.map((desk) => desk.id)).toContain(
      paris.deskId(2),
    );
  });

  test('an approved event holding a zone makes its desks unavailable on both', async () => {
    const wednesday = nextWeekday(first.clock, paris.timezone, 3);
    await warm(wednesday);
    const seenBefore = await read(second, cookies.agent, wednesday);
    const zone = deskOf(seenBefore, paris.deskId(3)).zone;
    expect(deskOf(seenBefore, paris.deskId(3)).states.morning).toBe('free');
    await first.dataSource.query(
      `INSERT INTO events (site_id, zone_id, title, description, type, local_date, starts_at, ends_at,
                           capacity, audience, status, created_at)
       SELECT $1, z.id, 'Atelier', '', 'workshop', $3::date,
              ($3::date + time '09:00') AT TIME ZONE $4, ($3::date + time '12:00') AT TIME ZONE $4,
              20, 'agents', 'approved', now()
       FROM zones z WHERE z.site_id = $1 AND z.name = $2`,
      [paris.id, zone, wednesday, paris.timezone],
    );
    for (const app of [first, second]) {
      const seen = await readChecked(app, cookies.agent, wednesday);
      expect(deskOf(seen, paris.deskId(3)).states.morning).toBe('unavailable');
      expect(seen.heldZones.map((held) => held.title)).toContain('Atelier');
    }
  });

  test("a change of the site's rules applies on both", async () => {
    const farDay = nextWeekday(first.clock, paris.timezone, 4);
    await warm(farDay);
    expect(
      (await read(second, cookies.agent, farDay)).desks.some((desk) => desk.states.day === 'free'),
    ).toBe(true);
    // Booking no more than 0 days ahead: the day shown is no longer bookable.
    await first.dataSource.query(
      `INSERT INTO site_rules (site_id, max_days_ahead) VALUES ($1, 0)
       ON CONFLICT (site_id) DO UPDATE SET max_days_ahead = 0`,
      [paris.id],
    );
    for (const app of [first, second]) {
      const seen = await readChecked(app, cookies.agent, farDay);
      expect(seen.desks.every((desk) => desk.states.day !== 'free')).toBe(true);
    }
    await first.dataSource.query(`UPDATE site_rules SET max_days_ahead = 30 WHERE site_id = $1`, [
      paris.id,
    ]);
  });
});

describe('ETag and 304', () => {
  // As a browser revalidating its copy: Node's fetch would otherwise add `no-cache`, which asks
  // the server for the whole answer whatever the ETag.
  const get = (app: TestApp, headers: Record<string, string> = {}) =>
    call<Availability>(app, path(monday), {
      cookie: cookies.agent,
      headers: { 'cache-control': 'max-age=0', ...headers },
    });

  test('the same answer is not sent again; a change gives a new ETag', async () => {
    const sent: ApiResponse<Availability> = await get(first);
    expect(sent.status).toBe(200);
    const etag = sent.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(sent.headers.get('cache-control')).toBe('private, no-cache');
    expect(sent.headers.get('content-type')).toContain('application/json');

    const notModified = await get(first, { 'if-none-match': etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeNull();
    // The other process computes the same document, hence the same ETag.
    expect((await get(second, { 'if-none-match': etag! })).status).toBe(304);

    const created = await book(second, cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskId(4),
      date: monday,
      slot: 'afternoon',
    });
    expect(created.status).toBe(201);
    const changed = await get(first, { 'if-none-match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(deskOf(changed.body, paris.deskId(4)).states.afternoon).toBe('taken');
  });
});
