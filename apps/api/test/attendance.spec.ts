import type {
  Availability,
  CheckInResult,
  CheckOutResult,
  ErrorResponse,
  PersonPass,
  Presence,
} from '@admz/shared';
import { Client } from 'pg';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AttendanceJobsService } from '../src/check-ins/attendance-jobs.service';
import { jobQueues } from '../src/jobs/job-queues';
import { siteLocalToInstant, siteToday } from '../src/common/site-time';
import {
  addDays,
  book,
  bookDayWithPass,
  createKiosk,
  loadDemoSites,
  nextWeekday,
  openAllDayToday,
  type DemoSessions,
  type DemoSite,
  sessionsFor,
  startDemoApp,
} from './fixtures';
import {
  call,
  createTestDatabase,
  openSessionForNewAgent,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './test-app';

let t: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;
let kiosk: { credential: string };
let otherKiosk: { credential: string };
let today: string;

beforeAll(async () => {
  ({ t, paris, cookies } = await startDemoApp());
  today = await openAllDayToday(t, cookies.hote, paris);
  kiosk = await createKiosk(t, cookies.hote, paris.id);
  otherKiosk = await createKiosk(t, cookies.hote, paris.id, 'Borne du fond');
});
afterAll(async () => {
  await t?.close();
});

const newAgent = (givenName: string, app: TestApp = t) => openSessionForNewAgent(app, givenName);

const scan = (body: unknown, credential = kiosk.credential, app: TestApp = t) =>
  call<CheckInResult & ErrorResponse>(app, '/api/kiosk/check-ins', { bearer: credential, body });

async function bookAndPass(cookie: string, deskIndex: number) {
  const { booking, pass } = await bookDayWithPass(t, cookie, paris, deskIndex, today);
  return { booking, token: pass.token };
}

async function presenceOf(bookingId: string) {
  const presence = await call<Presence>(t, `/api/sites/${paris.id}/presence`, {
    cookie: cookies.hote,
  });
  return presence.body.entries.find((entry) => entry.bookingId === bookingId);
}

describe('arrival and departure', () => {
  test('a scan after check-in offers check-out; leaving frees the desk for the rest of the day', async () => {
    const holder = await newAgent('Chloé');
    const { booking, token } = await bookAndPass(holder, 20);
    expect((await scan({ token })).body.outcome).toBe('checked_in');
    const again = await scan({ token });
    expect(again.body.outcome).toBe('already_checked_in');
    const checkOutToken = (again.body as Extract<CheckInResult, { outcome: 'already_checked_in' }>)
      .checkOutToken;

    // Only the kiosk that offered it may use the check-out token.
    const elsewhere = await call<ErrorResponse>(t, '/api/kiosk/check-outs', {
      bearer: otherKiosk.credential,
      body: { checkOutToken },
    });
    expect(elsewhere.status).toBe(422);

    const left = await call<CheckOutResult>(t, '/api/kiosk/check-outs', {
      bearer: kiosk.credential,
      body: { checkOutToken },
    });
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({
      outcome: 'checked_out',
      bookingId: booking.id,
      person: { givenName: 'Chloé' },
    });
    const twice = await call<CheckOutResult>(t, '/api/kiosk/check-outs', {
      bearer: kiosk.credential,
      body: { checkOutToken },
    });
    expect(twice.body.outcome).toBe('already_checked_out');
    expect(twice.body.checkedOutAt).toBe(left.body.checkedOutAt);

    expect(await presenceOf(booking.id)).toMatchObject({
      status: 'checked_out',
      hasArrived: true,
      checkedOutAt: left.body.checkedOutAt,
    });
    const seen = await call<Availability>(t, `/api/sites/${paris.id}/availability?date=${today}`, {
      cookie: cookies.agent2,
    });
    expect(seen.body.desks.find((desk) => desk.id === paris.deskId(20))?.states.day).toBe('free');
    const rescanned = await scan({ token });
    expect(rescanned.status).toBe(422);
    expect(rescanned.body.message).toMatch(/départ a déjà été enregistré/);
  });

  test("the greeting says where the desk is: its zone and its spot on the zone's plan", async () => {
    const zone = 'Espace calme';
    const deskIndex = 34;
    const png = PNG.sync.write(new PNG({ width: 400, height: 300 }));
    const uploaded = await fetch(
      `${t.baseUrl}/api/sites/${paris.id}/zones/${encodeURIComponent(zone)}/plan`,
      {
        method: 'PUT',
        headers: { 'content-type': 'image/png', cookie: cookies.hote, origin: t.baseUrl },
        body: png,
      },
    );
    expect(uploaded.status).toBe(200);
    const placed = await call(
      t,
      `/api/sites/${paris.id}/desks/${paris.deskId(deskIndex)}/plan-position`,
      { method: 'PUT', cookie: cookies.hote, body: { position: { x: 0.25, y: 0.75 } } },
    );
    expect(placed.status).toBe(200);
    const { token } = await bookAndPass(await newAgent('Iris'), deskIndex);
    const greeted = await scan({ token });
    expect(greeted.body).toMatchObject({
      outcome: 'checked_in',
      desk: { label: paris.deskLabel(deskIndex), zone, planPosition: { x: 0.25, y: 0.75 } },
    });
    const { planUrl } = (greeted.body as Extract<CheckInResult, { outcome: 'checked_in' }>).desk;
    expect(planUrl).toMatch(/^\/api\/kiosk\/zones\/Espace%20calme\/plan\?v=\d+$/);
    const image = await fetch(`${t.baseUrl}${planUrl}`, {
      headers: { authorization: `Bearer ${kiosk.credential}` },
    });
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true);
    expect((await fetch(`${t.baseUrl}${planUrl}`)).status).toBe(401);
  });

  test('at closing time the people still in are checked out (job), the others stay', async () => {
    const yesterday = addDays(today, -1);
    const gone = await newAgent('Paul');
    const { booking: lastNight, token } = await bookAndPass(gone, 21);
    expect((await scan({ token })).body.outcome).toBe('checked_in');
    // Moved to yesterday: its day is over.
    await t.dataSource.query(
      `UPDATE bookings SET local_date = $2, starts_at = starts_at - interval '1 day',
              ends_at = ends_at - interval '1 day', checked_in_at = checked_in_at - interval '1 day'
       WHERE id = $1`,
      [lastNight.id, yesterday],
    );
    const stays = await newAgent('Anna');
    const present = await bookAndPass(stays, 22);
    expect((await scan({ token: present.token })).body.outcome).toBe('checked_in');

    const swept = await t.app.get(AttendanceJobsService).checkOutAtClosing();
    expect(swept).toContain(lastNight.id);
    expect(swept).not.toContain(present.booking.id);
    const [row] = await t.dataSource.query(
      `SELECT status, checked_out_at >= ends_at AND checked_out_at <= $2 AS is_at_closing
       FROM bookings WHERE id = $1`,
      [lastNight.id, t.clock.now()],
    );
    expect(row).toEqual({ status: 'checked_out', is_at_closing: true });
    expect((await presenceOf(present.booking.id))?.status).toBe('checked_in');
  });
});

describe('walk-ins', () => {
  test('a personal pass with no booking gets the free desks; one touch books and checks in', async () => {
    await bookAndPass(await newAgent('Taken'), 31);
    const walker = await newAgent('Elsa');
    const pass = await call<PersonPass>(t, '/api/me/pass', { cookie: walker });
    const offered = await scan({ token: pass.body.token });
    expect(offered.status).toBe(200);
    expect(offered.body.outcome).toBe('walk_in');
    const offer = offered.body as Extract<CheckInResult, { outcome: 'walk_in' }>;
    expect(offer.person.givenName).toBe('Elsa');
    const day = offer.options.find((option) => option.slot === 'day');
    expect(day?.localEnd).toBe('23:59');
    expect(Date.parse(day!.startsAt)).toBeLessThanOrEqual(t.clock.now().getTime());
    const desk = day!.desks.find((candidate) => candidate.id === paris.deskId(30));
    expect(desk).toBeDefined();
    // Taken desks are not offered.
    expect(day!.desks.some((candidate) => candidate.id === paris.deskId(31))).toBe(false);

    const walkedIn = await call<CheckInResult & ErrorResponse>(t, '/api/kiosk/walk-ins', {
      bearer: kiosk.credential,
      body: { offerToken: offer.offerToken, deskId: desk!.id, slot: 'day' },
    });
    expect(walkedIn.status).toBe(201);
    expect(walkedIn.body).toMatchObject({
      outcome: 'checked_in',
      person: { givenName: 'Elsa' },
      desk: { label: paris.deskLabel(30) },
    });
    const entry = await presenceOf((walkedIn.body as { bookingId: string }).bookingId);
    expect(entry).toMatchObject({ status: 'checked_in', hasArrived: true });

    // Someone else offered the same desk a moment earlier finds it gone.
    const late = await newAgent('Théo');
    const latePass = await call<PersonPass>(t, '/api/me/pass', { cookie: late });
    const lateOffer = (await scan({ token: latePass.body.token })).body as Extract<
      CheckInResult,
      { outcome: 'walk_in' }
    >;
    const gone = await call<ErrorResponse>(t, '/api/kiosk/walk-ins', {
      bearer: kiosk.credential,
      body: { offerToken: lateOffer.offerToken, deskId: paris.deskId(30), slot: 'day' },
    });
    expect(gone.status).toBe(409);
    expect(gone.body.message).toMatch(/vient d’être pris/);
    const forged = await call(t, '/api/kiosk/walk-ins', {
      bearer: otherKiosk.credential,
      body: { offerToken: lateOffer.offerToken, deskId: paris.deskId(32), slot: 'day' },
    });
    expect(forged.status).toBe(422);
  });

  test('a personal pass finds the booking of the person and checks it in', async () => {
    const holder = await newAgent('Nour');
    const { booking } = await bookAndPass(holder, 23);
    const pass = await call<PersonPass>(t, '/api/me/pass', { cookie: holder });
    const scanned = await scan({ token: pass.body.token });
    expect(scanned.body).toMatchObject({ outcome: 'checked_in', bookingId: booking.id });
    const walkAgain = await scan({ token: pass.body.token });
    expect(walkAgain.body.outcome).toBe('already_checked_in');
  });
});

describe('no-show release', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    // Two API processes on one database, as behind a load balancer.
    database = await createTestDatabase();
    const signingKey = (await import('node:crypto'))
      .generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    first = await startTestApp({ QR_SIGNING_KEY: signingKey }, database);
    second = await startTestApp({ QR_SIGNING_KEY: signingKey }, database);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await database?.drop();
  });

  test('a booking nobody checked in is released exactly once with two API processes; the waiting list gets the desk', async () => {
    const { paris: site } = await loadDemoSites(first);
    const sessions = await sessionsFor(first);
    const day = await openAllDayToday(first, sessions.hote, site);
    // Mid-morning of that day, whatever the instant the suite runs at: an hour ahead stays today.
    first.clock.set(siteLocalToInstant(day, '10:00', site.timezone));
    // A one-desk slot: every other desk is made inactive for this database.
    await first.dataSource.query(`UPDATE desks SET is_active = (id = $1) WHERE site_id = $2`, [
      site.deskId(0),
      site.id,
    ]);
    const holder = await newAgent('Absent', first);
    const booked = await book(first, holder, {
      siteId: site.id,
      deskId: site.deskId(0),
      date: day,
      slot: 'day',
    });
    expect(booked.status).toBe(201);
    // The waiting list needs a slot that has not started: it is made to start in an hour.
    const waiter = await newAgent('Patient', first);
    await first.dataSource.query(
      `UPDATE bookings SET starts_at = $2::timestamptz + interval '1 hour' WHERE id = $1`,
      [booked.body.id, first.clock.now()],
    );
    await first.dataSource.query(
      `UPDATE opening_exceptions SET opens_at = ($3::timestamptz AT TIME ZONE 'Europe/Paris' + interval '1 hour')::time
       WHERE site_id = $1 AND date = $2`,
      [site.id, day, first.clock.now()],
    );
    const joined = await call<{ id: string } & ErrorResponse>(first, '/api/waitlist', {
      cookie: waiter,
      body: { siteId: site.id, date: day, slot: 'day' },
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    // Then the clock « moves »: the booking started 31 minutes ago and nobody came.
    await first.dataSource.query(
      `UPDATE bookings SET starts_at = $2::timestamptz - interval '31 minutes',
              created_at = $2::timestamptz - interval '2 hours'
       WHERE id = $1`,
      [booked.body.id, first.clock.now()],
    );
    await first.dataSource.query(
      `UPDATE waitlist_entries SET starts_at = $2::timestamptz - interval '20 minutes' WHERE id = $1`,
      [joined.body.id, first.clock.now()],
    );

    const [a, b] = await Promise.all([
      first.app.get(AttendanceJobsService).releaseNoShows(),
      second.app.get(AttendanceJobsService).releaseNoShows(),
    ]);
    expect([...a, ...b]).toEqual([booked.body.id]);
    const [released] = await first.dataSource.query(
      `SELECT status, released_at IS NOT NULL AS is_released FROM bookings WHERE id = $1`,
      [booked.body.id],
    );
    expect(released).toEqual({ status: 'absent', is_released: true });

    // The holder is told once; the first person waiting gets the desk (pg-boss, any process).
    const deadline = Date.now() + 20_000;
    let promoted: { status: string }[] = [];
    while (Date.now() < deadline) {
      promoted = await first.dataSource.query(
        `SELECT status FROM waitlist_entries WHERE id = $1 AND status = 'promoted'`,
        [joined.body.id],
      );
      if (promoted.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(promoted).toHaveLength(1);
    // Mails are jobs too: once none is left to send, the holder's is there, once.
    while (Date.now() < deadline) {
      const [pending]: { count: number }[] = await first.dataSource.query(
        `SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1 AND state <> 'completed'`,
        [jobQueues.notify],
      );
      if (pending?.count === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const mails: { subject: string }[] = await first.dataSource.query(
      `SELECT subject FROM outbox_messages WHERE subject LIKE 'Réservation libérée%'`,
    );
    expect(mails).toHaveLength(1);
    const [{ count }] = await first.dataSource.query(
      `SELECT count(*)::int AS count FROM bookings WHERE desk_id = $1 AND status = 'confirmed'`,
      [site.deskId(0)],
    );
    expect(count).toBe(1);
  });

  test('a desk released for want of arrival serves the waiting list, on a clock that only moves forward', async () => {
    const { paris: site } = await loadDemoSites(first);
    const date = nextWeekday(first.clock, site.timezone, 2);
    const at = (time: string) => siteLocalToInstant(date, time, site.timezone);
    first.clock.set(at('08:00'));
    // One desk on the site, booked before its 09:00 opening; someone waits for it.
    await first.dataSource.query(`UPDATE desks SET is_active = (id = $1) WHERE site_id = $2`, [
      site.deskId(1),
      site.id,
    ]);
    const holder = await newAgent('Absente', first);
    const booked = await book(first, holder, {
      siteId: site.id,
      deskId: site.deskId(1),
      date,
      slot: 'day',
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const waiter = await newAgent('Suivante', first);
    const joined = await call<{ id: string } & ErrorResponse>(first, '/api/waitlist', {
      cookie: waiter,
      body: { siteId: site.id, date, slot: 'day' },
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);

    // 09:30 and a few seconds: the every-minute sweep finds nobody came.
    first.clock.set(new Date(at('09:30').getTime() + 5_000));
    const { releasedIds } = await first.app.get(AttendanceJobsService).sweep();
    expect(releasedIds).toContain(booked.body.id);
    const deadline = Date.now() + 20_000;
    let entry: { status: string } | undefined;
    while (Date.now() < deadline) {
      [entry] = await first.dataSource.query(`SELECT status FROM waitlist_entries WHERE id = $1`, [
        joined.body.id,
      ]);
      if (entry?.status !== 'waiting') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(entry?.status).toBe('promoted');
  });

  test('a booking checked in in time is not released; one booked late gets its own delay', async () => {
    const { paris: site } = await loadDemoSites(first);
    const day = siteToday(site.timezone, first.clock.now());
    await first.dataSource.query(`UPDATE desks SET is_active = true WHERE site_id = $1`, [site.id]);
    const late = await newAgent('Retard', first);
    const booked = await book(first, late, {
      siteId: site.id,
      deskId: site.deskId(5),
      date: day,
      slot: 'day',
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    // Started long ago, but booked 10 minutes ago: still within its 30 minutes.
    await first.dataSource.query(
      `UPDATE bookings SET starts_at = $2::timestamptz - interval '3 hours',
              created_at = $2::timestamptz - interval '10 minutes'
       WHERE id = $1`,
      [booked.body.id, first.clock.now()],
    );
    const released = await first.app.get(AttendanceJobsService).releaseNoShows();
    expect(released).not.toContain(booked.body.id);
  });
});

describe('catching up after downtime', () => {
  test('bookings that should have been released while the API was down are released at start-up', async () => {
    const database = await createTestDatabase();
    const before = await startTestApp({}, database);
    let bookingId: string;
    try {
      const { paris: site } = await loadDemoSites(before);
      const sessions = await sessionsFor(before);
      const day = await openAllDayToday(before, sessions.hote, site);
      const booked = await book(before, sessions.agent, {
        siteId: site.id,
        deskId: site.deskId(2),
        date: day,
        slot: 'day',
      });
      expect(booked.status).toBe(201);
      bookingId = booked.body.id;
      // This process's own catch-up has run (before the downtime): the next start must still
      // run one, however soon it comes.
      await waitForCompletedSweep(before);
    } finally {
      await before.close();
    }
    // While no API runs, the booking's start goes 40 minutes by.
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      `UPDATE bookings SET starts_at = $2::timestamptz - interval '40 minutes',
              created_at = $2::timestamptz - interval '1 day'
       WHERE id = $1`,
      [bookingId, database.clock.now()],
    );
    await client.end();

    const after = await startTestApp({}, database);
    try {
      const deadline = Date.now() + 20_000;
      let status = 'confirmed';
      while (status !== 'absent' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        [{ status }] = await after.dataSource.query(`SELECT status FROM bookings WHERE id = $1`, [
          bookingId,
        ]);
      }
      expect(status).toBe('absent');
    } finally {
      await after.close();
      await database.drop();
    }
  });
});

/** Resolves once a sweep of the attendance queue has completed on this database (30 s at most). */
async function waitForCompletedSweep(testApp: TestApp): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [row] = (await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
      [jobQueues.attendanceSweep],
    )) as { count: number }[];
    if ((row?.count ?? 0) > 0) return;
    if (Date.now() > deadline) throw new Error('no attendance sweep completed within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
