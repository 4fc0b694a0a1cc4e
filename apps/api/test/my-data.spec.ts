import type {
  AccountDeletion,
  Booking,
  BookingSeriesResult,
  CalendarFeed,
  Desk,
  ErrorResponse,
  Me,
  MyData,
  RetentionPeriods,
  Site,
  WaitlistEntry,
} from '@admz/shared';
import { myDataSchema } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateShortCode } from '../src/bookings/bookings.service';
import type { IdentityClaims } from '../src/users/users.service';
import {
  addDays,
  book,
  createKiosk,
  loadDemoSites,
  nextWeekday,
  sessionsFor,
  type DemoSessions,
  type DemoSite,
  listAllMyBookings,
} from './fixtures';
import { call, openSessionFor, startTestApp, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;

/** The person who leaves: claims of their own, so they can come back with the same identity. */
const leaverClaims: IdentityClaims = {
  sub: 'leaving-agent-louise',
  given_name: 'Louise',
  usual_name: 'Départ',
  email: 'louise.depart@example.gouv.fr',
  organization_label: 'Ministère des Départs',
  roles: ['agent_public'],
};
const stayerClaims: IdentityClaims = {
  sub: 'staying-agent-rene',
  given_name: 'René',
  usual_name: 'Reste',
  email: 'rene.reste@example.gouv.fr',
  roles: ['agent_public'],
};

let leaver: { cookie: string; me: Me };
let stayer: { cookie: string; me: Me };
/** A one-desk site: a booking there fills the slot, so its waiting list is served on cancellation. */
let smallSite: { id: string; deskId: string };
let firstDay: string;
let secondDay: string;
const seeded = { pastBookingId: '', ongoingBookingId: '', ongoingShortCode: '' };
let feedUrl: string;
let futureBooking: Booking;
let stayerWaiting: WaitlistEntry;
let stayerBooking: Booking;

async function poll<T>(read: () => Promise<T>, isDone: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const mailsTo = (email: string): Promise<{ subject: string }[]> =>
  t.dataSource.query(
    `SELECT subject FROM outbox_messages WHERE to_address LIKE '%<' || $1 || '>' ORDER BY created_at`,
    [email],
  );

async function logIn(claims: IdentityClaims) {
  const cookie = await openSessionFor(t, claims);
  const me = (await call<Me>(t, '/api/me', { cookie })).body;
  return { cookie, me };
}

beforeAll(async () => {
  t = await startTestApp({ JOBS_POLLING_SECONDS: '0.5' });
  ({ paris } = await loadDemoSites(t));
  cookies = await sessionsFor(t);
  leaver = await logIn(leaverClaims);
  stayer = await logIn(stayerClaims);

  const site = await call<Site>(t, '/api/sites', {
    cookie: cookies.admin,
    body: { name: 'AdmZ Essai', slug: 'admz-essai', address: '1 rue du Test, 75001 Paris' },
  });
  expect(site.status).toBe(201);
  const desk = await call<Desk>(t, `/api/sites/${site.body.id}/desks`, {
    cookie: cookies.admin,
    body: { label: 'E-01', zone: 'Essai' },
  });
  smallSite = { id: site.body.id, deskId: desk.body.id };
  firstDay = nextWeekday(t.clock, paris.timezone, 3);
  secondDay = nextWeekday(t.clock, paris.timezone, 4);
  for (const day of [firstDay, secondDay]) {
    const opened = await call(t, `/api/sites/${smallSite.id}/opening-hours/exceptions/${day}`, {
      method: 'PUT',
      cookie: cookies.admin,
      body: { isClosed: false, opensAt: '08:00', closesAt: '18:00', reason: 'Journée test' },
    });
    expect(opened.status).toBe(200);
  }

  // The leaver holds the only desk on the first day; the stayer waits for it.
  const booked = await book(t, leaver.cookie, {
    siteId: smallSite.id,
    deskId: smallSite.deskId,
    date: firstDay,
    slot: 'morning',
  });
  expect(booked.status).toBe(201);
  futureBooking = booked.body;
  const waiting = await call<WaitlistEntry>(t, '/api/waitlist', {
    cookie: stayer.cookie,
    body: { siteId: smallSite.id, date: firstDay, slot: 'morning' },
  });
  expect(waiting.status).toBe(201);
  stayerWaiting = waiting.body;
  // The other way round on the second day.
  const stayerBooked = await book(t, stayer.cookie, {
    siteId: smallSite.id,
    deskId: smallSite.deskId,
    date: secondDay,
    slot: 'morning',
  });
  expect(stayerBooked.status).toBe(201);
  stayerBooking = stayerBooked.body;
  const leaverWaiting = await call(t, '/api/waitlist', {
    cookie: leaver.cookie,
    body: { siteId: smallSite.id, date: secondDay, slot: 'morning' },
  });
  expect(leaverWaiting.status).toBe(201);

  const series = await call<BookingSeriesResult>(t, '/api/booking-series', {
    cookie: leaver.cookie,
    body: {
      siteId: paris.id,
      deskId: paris.deskId(20),
      slot: 'afternoon',
      weekdays: [2],
      from: nextWeekday(t.clock, paris.timezone, 2),
      until: addDays(nextWeekday(t.clock, paris.timezone, 2), 14),
    },
  });
  expect(series.status).toBe(201);
  expect(series.body.booked.length).toBeGreaterThan(0);

  const keyHolder = await call(t, `/api/sites/${paris.id}/key-holders`, {
    method: 'PUT',
    cookie: cookies.hote,
    body: { email: leaverClaims.email },
  });
  expect(keyHolder.status).toBe(200);
  const assigned = await call(t, `/api/sites/${paris.id}/desk-assignments/${paris.deskId(25)}`, {
    method: 'PUT',
    cookie: cookies.hote,
    body: { email: leaverClaims.email },
  });
  expect(assigned.status).toBe(200);
  const feed = await call<CalendarFeed>(t, '/api/me/calendar-feed/regenerate', {
    method: 'POST',
    cookie: leaver.cookie,
  });
  feedUrl = feed.body.url;

  // Last week at Paris, checked in and out by the door kiosk (also sent offline); today, there now.
  const [{ id: kioskId }] = await t.dataSource.query(`SELECT id FROM kiosks WHERE site_id = $1`, [
    paris.id,
  ]);
  [{ id: seeded.pastBookingId }] = await t.dataSource.query(
    `INSERT INTO bookings (site_id, desk_id, user_id, slot, local_date, starts_at, ends_at, status,
                           short_code, checked_in_at, checked_in_kiosk_id, checked_out_at)
     VALUES ($1, $2, $3, 'morning', ($6::timestamptz - interval '7 days')::date,
             $6::timestamptz - interval '7 days 4 hours', $6::timestamptz - interval '7 days',
             'checked_out', $4, $6::timestamptz - interval '7 days 3 hours', $5,
             $6::timestamptz - interval '7 days 10 minutes')
     RETURNING id`,
    [paris.id, paris.deskId(21), leaver.me.id, generateShortCode(), kioskId, t.clock.now()],
  );
  await t.dataSource.query(
    `INSERT INTO offline_check_ins (kiosk_id, client_id, booking_id, outcome, scanned_at)
     VALUES ($1, 'scan-hors-ligne-1', $2, 'applied', $3::timestamptz - interval '7 days 3 hours')`,
    [kioskId, seeded.pastBookingId, t.clock.now()],
  );
  seeded.ongoingShortCode = generateShortCode();
  [{ id: seeded.ongoingBookingId }] = await t.dataSource.query(
    `INSERT INTO bookings (site_id, desk_id, user_id, slot, local_date, starts_at, ends_at, status,
                           short_code, checked_in_at, checked_in_kiosk_id)
     VALUES ($1, $2, $3, 'hour', ($6::timestamptz AT TIME ZONE 'Europe/Paris')::date,
             $6::timestamptz - interval '1 hour', $6::timestamptz + interval '2 hours', 'checked_in',
             $4, $6::timestamptz - interval '55 minutes', $5)
     RETURNING id`,
    [paris.id, paris.deskId(22), leaver.me.id, seeded.ongoingShortCode, kioskId, t.clock.now()],
  );

  // Confirmation mails are composed by a worker: wait for them, so none arrives mid-test.
  await poll(
    () => mailsTo(leaverClaims.email!),
    (mails) => mails.length >= 2,
  );
});
afterAll(async () => {
  await t?.close();
});

describe('« Mes données »: what AdmZ holds about me', () => {
  test("the export holds the person's data, and nobody else's", async () => {
    const exported = await call<MyData>(t, '/api/me/data', { cookie: leaver.cookie });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('cache-control')).toBe('no-store');
    expect(myDataSchema.safeParse(exported.body).success).toBe(true);
    const data = exported.body;
    expect(data.identity).toMatchObject({
      id: leaver.me.id,
      sub: leaverClaims.sub,
      givenName: 'Louise',
      usualName: 'Départ',
      email: leaverClaims.email,
      organizationLabel: 'Ministère des Départs',
      isAdmin: false,
    });
    expect(data.siteRoles).toEqual([
      { siteId: paris.id, siteName: 'AdmZ Paris', role: 'key_holder' },
    ]);
    expect(data.assignedDesks).toHaveLength(1);
    const bookingIds = data.bookings.map((booking) => booking.id);
    expect(bookingIds).toEqual(
      expect.arrayContaining([futureBooking.id, seeded.pastBookingId, seeded.ongoingBookingId]),
    );
    expect(bookingIds).not.toContain(stayerBooking.id);
    const past = data.bookings.find((booking) => booking.id === seeded.pastBookingId)!;
    expect(past.checkedInKioskName).toBe('Borne de l’entrée');
    expect(past.checkedInAt).not.toBeNull();
    expect(data.bookingSeries).toHaveLength(1);
    expect(data.waitlistEntries).toHaveLength(1);
    expect(data.waitlistEntries[0]).toMatchObject({ date: secondDay, status: 'waiting' });
    expect(data.offlineScans).toEqual([
      expect.objectContaining({ bookingId: seeded.pastBookingId, outcome: 'applied' }),
    ]);
    expect(data.calendarFeed.isActive).toBe(true);
    expect(data.sessions).toEqual([expect.objectContaining({ isCurrent: true })]);
    expect(data.keptMails.length).toBeGreaterThanOrEqual(2);
    // What hosts did about me is in the audit log, and so in my export.
    expect(data.auditEvents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'key-holder.added',
          role: 'subject',
          siteName: 'AdmZ Paris',
        }),
        expect.objectContaining({
          kind: 'desk.assigned',
          role: 'subject',
          subject: paris.deskLabel(25),
        }),
      ]),
    );
    expect(data.auditEvents.every((event) => event.role === 'subject')).toBe(true);
    expect(data.retention).toMatchObject({ presenceMonths: 3, bookingsMonths: 12 });

    // Nothing of the other person, and no secret (session or feed hashes).
    const text = JSON.stringify(data);
    expect(text).not.toContain(stayerClaims.email);
    expect(text).not.toContain(stayer.me.id);
    expect(text).not.toContain(stayerWaiting.id);
    const [{ calendar_token_hash: feedHash }] = await t.dataSource.query(
      `SELECT calendar_token_hash FROM users WHERE id = $1`,
      [leaver.me.id],
    );
    const sessionHashes: { token_hash: string }[] = await t.dataSource.query(
      `SELECT token_hash FROM sessions WHERE user_id = $1`,
      [leaver.me.id],
    );
    for (const secret of [feedHash, ...sessionHashes.map((row) => row.token_hash)]) {
      expect(text).not.toContain(secret);
    }
  });

  test('the same, as a file to download', async () => {
    const download = await call<MyData>(t, '/api/me/data/download', { cookie: leaver.cookie });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(
      'attachment; filename="admz-mes-donnees.json"',
    );
    expect(download.headers.get('content-type')).toMatch(/^application\/json/);
    expect(download.body.identity.email).toBe(leaverClaims.email);
    expect((await call(t, '/api/me/data')).status).toBe(401);
  });

  test('the retention periods are public: the personal data page states them', async () => {
    const periods = await call<RetentionPeriods>(t, '/api/privacy/retention');
    expect(periods.status).toBe(200);
    expect(periods.body).toEqual({
      presenceMonths: 3,
      bookingsMonths: 12,
      sessionDays: 14,
      expiredSessionsDays: 0,
      outboxDays: 30,
      jobsDays: 7,
    });
  });
});

describe('deleting my account', () => {
  test('a request from another site is refused, and nothing is deleted', async () => {
    const forged = await call<ErrorResponse>(t, '/api/me', {
      method: 'DELETE',
      cookie: leaver.cookie,
      headers: { origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect((await call(t, '/api/me', { cookie: leaver.cookie })).status).toBe(200);
  });

  test('cancels, serves the waiting list, anonymises, removes roles, feed and sessions, then the person', async () => {
    const deleted = await call<AccountDeletion>(t, '/api/me', {
      method: 'DELETE',
      cookie: leaver.cookie,
    });
    expect(deleted.status).toBe(200);
    const seriesBookings: { count: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM bookings WHERE desk_id = $1 AND status = 'cancelled'`,
      [paris.deskId(20)],
    );
    expect(deleted.body).toMatchObject({
      cancelledBookings: 1 + (seriesBookings[0]?.count ?? 0),
      checkedOutBookings: 1,
      endedSeries: 1,
      leftWaitlists: 1,
      removedSiteRoles: 1,
      releasedDesks: 1,
      endedSessions: 1,
    });
    expect(deleted.body.anonymisedBookings).toBe(3 + (seriesBookings[0]?.count ?? 0));
    expect(deleted.headers.get('set-cookie')).toMatch(/admz_session=;.*Expires=Thu, 01 Jan 1970/);

    // Logged out, and gone.
    expect((await call(t, '/api/me', { cookie: leaver.cookie })).status).toBe(401);
    const people = await t.dataSource.query(`SELECT id FROM users WHERE sub = $1`, [
      leaverClaims.sub,
    ]);
    expect(people).toEqual([]);
    for (const [table, column] of [
      ['site_roles', 'user_id'],
      ['sessions', 'user_id'],
      ['waitlist_entries', 'user_id'],
      ['booking_series', 'user_id'],
      ['bookings', 'user_id'],
      ['desks', 'assigned_user_id'],
    ]) {
      const rows = await t.dataSource.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [
        leaver.me.id,
      ]);
      expect(rows, table).toEqual([]);
    }
    expect((await fetch(feedUrl)).status).toBe(404);
    expect(await mailsTo(leaverClaims.email!)).toEqual([]);

    // Past bookings stay, unlinked: they count for statistics, nobody can tell whose they were.
    const past = await t.dataSource.query(
      `SELECT user_id, status FROM bookings WHERE id = ANY($1::uuid[]) ORDER BY starts_at`,
      [[seeded.pastBookingId, seeded.ongoingBookingId, futureBooking.id]],
    );
    expect(past).toEqual([
      { user_id: null, status: 'checked_out' },
      { user_id: null, status: 'checked_out' },
      { user_id: null, status: 'cancelled' },
    ]);
  });

  test('the freed desk goes to the first person waiting, who is told by mail', async () => {
    const entries = await poll(
      async () =>
        (await call<WaitlistEntry[]>(t, '/api/waitlist/mine', { cookie: stayer.cookie })).body,
      (list) => list.find((entry) => entry.id === stayerWaiting.id)?.status === 'promoted',
    );
    const promoted = entries.find((entry) => entry.id === stayerWaiting.id)!;
    expect(promoted.status).toBe('promoted');
    const mine = await listAllMyBookings(t, stayer.cookie);
    expect(mine.find((booking) => booking.id === promoted.promotedBookingId)).toMatchObject({
      status: 'confirmed',
      date: firstDay,
      desk: { id: smallSite.deskId },
    });
    const mails = await poll(
      () => mailsTo(stayerClaims.email!),
      (list) => list.some((mail) => mail.subject.startsWith("Un poste s'est libéré")),
    );
    expect(mails.map((mail) => mail.subject)).toContainEqual(
      expect.stringMatching(/^Un poste s'est libéré/),
    );
  });

  test('hosts still see the day counted, without a name; the door no longer knows the code', async () => {
    const today = (
      await t.dataSource.query(`SELECT local_date::text AS day FROM bookings WHERE id = $1`, [
        seeded.ongoingBookingId,
      ])
    )[0].day;
    const presence = await call<{ entries: { bookingId: string; person: unknown }[] }>(
      t,
      `/api/sites/${paris.id}/presence?date=${today}`,
      { cookie: cookies.hote },
    );
    expect(presence.status).toBe(200);
    expect(
      presence.body.entries.find((entry) => entry.bookingId === seeded.ongoingBookingId),
    ).toMatchObject({ person: null });

    const { credential } = await createKiosk(t, cookies.hote, paris.id, 'Borne RGPD');
    const typed = await call<ErrorResponse>(t, '/api/kiosk/check-ins', {
      bearer: credential,
      body: { shortCode: seeded.ongoingShortCode },
    });
    expect(typed.status).toBe(422);
    expect(typed.body.message).toMatch(/Code inconnu/);
  });

  test('logging in again later creates a fresh, empty account', async () => {
    const again = await logIn(leaverClaims);
    expect(again.me.id).not.toBe(leaver.me.id);
    expect(again.me.hostedSiteIds).toEqual([]);
    expect(await listAllMyBookings(t, again.cookie)).toEqual([]);
    const data = (await call<MyData>(t, '/api/me/data', { cookie: again.cookie })).body;
    expect(data).toMatchObject({
      siteRoles: [],
      assignedDesks: [],
      bookings: [],
      bookingSeries: [],
      waitlistEntries: [],
      calendarFeed: { isActive: false },
    });
  });
});
