import type {
  Availability,
  Booking,
  BookingPass,
  KioskPairing,
  MyBookings,
  PairedKiosk,
} from '@admz/shared';
import { BookingsService } from '../src/bookings/bookings.service';
import type { Clock } from '../src/common/clock';
import { siteToday } from '../src/common/site-time';
import { User } from '../src/users/user.entity';
import { publicHolidayOn } from '../src/sites/public-holidays';
import { call, demoClaims, openSessionFor, startTestApp, type TestApp } from './test-app';
import { addDaysToIsoDate, isoWeekday as isoWeekdayOf } from '@admz/shared';

export type DemoSite = {
  id: string;
  timezone: string;
  deskIds: string[];
  deskLabels: string[];
  /** The id of the site's desk at `index` in label order; a missing desk fails the test. */
  deskId: (index: number) => string;
  deskLabel: (index: number) => string;
};

/** `list[index]`, or a failure naming what was missing. */
export function itemAt<T>(list: readonly T[], index: number, what = 'item'): T {
  const item = list.at(index);
  if (item === undefined) throw new Error(`no ${what} at index ${index} (of ${list.length})`);
  return item;
}

/** The seeded demo sites, with their desks in label order. */
export async function loadDemoSites(
  testApp: TestApp,
): Promise<{ paris: DemoSite; lyon: DemoSite }> {
  const load = async (slug: string): Promise<DemoSite> => {
    const [site] = await testApp.dataSource.query(
      `SELECT id, timezone FROM sites WHERE slug = $1`,
      [slug],
    );
    const desks: { id: string; label: string }[] = await testApp.dataSource.query(
      `SELECT id, label FROM desks WHERE site_id = $1 ORDER BY label`,
      [site.id],
    );
    const deskIds = desks.map((desk) => desk.id);
    const deskLabels = desks.map((desk) => desk.label);
    return {
      id: site.id,
      timezone: site.timezone,
      deskIds,
      deskLabels,
      deskId: (index) => itemAt(deskIds, index, `desk of ${slug}`),
      deskLabel: (index) => itemAt(deskLabels, index, `desk of ${slug}`),
    };
  };
  return { paris: await load('admz-paris'), lyon: await load('admz-lyon') };
}

/**
 * The next date (strictly after the clock's today, site calendar) falling on `isoWeekday`
 * (1 = Monday) that is not a public holiday in France — a week later when it is — so tests get
 * an open day whatever instant the test server starts at (ADMZ_TEST_NOW).
 */
export function nextWeekday(clock: Clock, timezone: string, isoWeekday: number): string {
  const today = siteToday(timezone, clock.now());
  for (let offset = 1; offset <= 7; offset += 1) {
    let date = addDaysToIsoDate(today, offset);
    if (isoWeekdayOf(date) !== isoWeekday) continue;
    while (publicHolidayOn('FR', date)) date = addDaysToIsoDate(date, 7);
    return date;
  }
  throw new Error('unreachable');
}

/**
 * The first `isoWeekday` after the clock's today whose dates `offsets` days on are all free of
 * public holidays (a test that books several days of a week or two), moved on by whole weeks.
 */
export function nextWeekdayWithOpenDates(
  clock: Clock,
  timezone: string,
  isoWeekday: number,
  offsets: number[],
): string {
  let date = nextWeekday(clock, timezone, isoWeekday);
  while (offsets.some((days) => publicHolidayOn('FR', addDays(date, days))))
    date = addDays(date, 7);
  return date;
}

/** `weeks` weeks after `date`, moved on by whole weeks while it falls on a public holiday. */
export function weeksLaterOpen(date: string, weeks: number): string {
  let later = addDays(date, weeks * 7);
  while (publicHolidayOn('FR', later)) later = addDays(later, 7);
  return later;
}

/**
 * The Monday (from `weeksAhead` weeks on) that starts `weeks` weeks whose working days have no
 * public holiday.
 */
export function mondayOfOpenWeek(
  clock: Clock,
  timezone: string,
  weeksAhead: number,
  weeks = 1,
): string {
  let monday = addDays(nextWeekday(clock, timezone, 1), weeksAhead * 7);
  const isOpenWeeks = (start: string) =>
    Array.from({ length: weeks * 7 }, (_, offset) => addDays(start, offset)).every(
      (day, offset) => offset % 7 > 4 || !publicHolidayOn('FR', day),
    );
  while (!isOpenWeeks(monday)) monday = addDays(monday, 7);
  return monday;
}

export function addDays(date: string, days: number): string {
  return addDaysToIsoDate(date, days);
}

export type DemoSessions = Awaited<ReturnType<typeof sessionsFor>>;

/** The real server on a fresh database, its demo sites and a session per demo account. */
export async function startDemoApp(environment: Record<string, string> = {}): Promise<{
  t: TestApp;
  paris: DemoSite;
  lyon: DemoSite;
  cookies: DemoSessions;
}> {
  const t = await startTestApp(environment);
  return { t, ...(await loadDemoSites(t)), cookies: await sessionsFor(t) };
}

export async function sessionsFor(
  testApp: TestApp,
): Promise<Record<'agent' | 'agent2' | 'hote' | 'admin', string>> {
  return {
    agent: await openSessionFor(testApp, demoClaims('agent')),
    agent2: await openSessionFor(testApp, demoClaims('agent2')),
    hote: await openSessionFor(testApp, demoClaims('hote')),
    admin: await openSessionFor(testApp, demoClaims('admin')),
  };
}

export async function book(
  testApp: TestApp,
  cookie: string,
  body: { siteId: string; deskId: string; date: string; slot: string },
) {
  return call<Booking>(testApp, '/api/bookings', { cookie, body });
}

/**
 * Every booking of the person, soonest first: « Mes réservations » read to its last page. For
 * tests that look for a booking whatever its date; my-bookings.spec.ts tests the pages themselves.
 */
export async function listAllMyBookings(testApp: TestApp, cookie: string): Promise<Booking[]> {
  const bookings: Booking[] = [];
  let path = '/api/bookings/mine';
  for (;;) {
    const page = await call<MyBookings>(testApp, path, { cookie });
    if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`);
    bookings.push(...page.body.upcoming, ...page.body.past);
    if (page.body.nextBefore === null) break;
    path = `/api/bookings/mine?before=${encodeURIComponent(page.body.nextBefore)}`;
  }
  return bookings.sort(
    (first, second) =>
      Date.parse(first.startsAt) - Date.parse(second.startsAt) || first.id.localeCompare(second.id),
  );
}

/** A full day at a desk of `site` on `date` for the person, and the booking's current QR pass. */
export async function bookDayWithPass(
  testApp: TestApp,
  cookie: string,
  site: DemoSite,
  deskIndex: number,
  date: string,
): Promise<{ booking: Booking; pass: BookingPass }> {
  const created = await book(testApp, cookie, {
    siteId: site.id,
    deskId: site.deskId(deskIndex),
    date,
    slot: 'day',
  });
  if (created.status !== 201) throw new Error(`not booked: ${JSON.stringify(created.body)}`);
  const pass = await call<BookingPass>(testApp, `/api/bookings/${created.body.id}/pass`, {
    cookie,
  });
  if (pass.status !== 200) throw new Error(`no pass: ${JSON.stringify(pass.body)}`);
  return { booking: created.body, pass: pass.body };
}

export async function availability(testApp: TestApp, cookie: string, siteId: string, date: string) {
  return call<Availability>(testApp, `/api/sites/${siteId}/availability?date=${date}`, { cookie });
}

/** Opens the site all day on the clock's today (site calendar), so check-in windows include now. */
export async function openAllDayToday(
  testApp: TestApp,
  hostCookie: string,
  site: DemoSite,
): Promise<string> {
  const today = siteToday(site.timezone, testApp.clock.now());
  const response = await call(testApp, `/api/sites/${site.id}/opening-hours/exceptions/${today}`, {
    method: 'PUT',
    cookie: hostCookie,
    body: { isClosed: false, opensAt: '00:00', closesAt: '23:59', reason: 'Journée test' },
  });
  if (response.status !== 200)
    throw new Error(`could not open today: ${JSON.stringify(response.body)}`);
  return today;
}

/** The settings code of the kiosks tests create. */
export const testKioskSettingsPin = '2468';

/** A kiosk created by a host and paired the way a tablet pairs: its device credential. */
export async function createKiosk(
  testApp: TestApp,
  hostCookie: string,
  siteId: string,
  name = 'Borne test',
) {
  const created = await call<KioskPairing>(testApp, `/api/sites/${siteId}/kiosks`, {
    cookie: hostCookie,
    body: { name, settingsPin: testKioskSettingsPin },
  });
  if (created.status !== 201)
    throw new Error(`could not create kiosk: ${JSON.stringify(created.body)}`);
  const paired = await call<PairedKiosk>(testApp, '/api/kiosk/pair', {
    body: { pairingCode: created.body.pairingCode, appVersion: 'test' },
  });
  if (paired.status !== 201) throw new Error(`could not pair: ${JSON.stringify(paired.body)}`);
  return { kiosk: created.body.kiosk, credential: paired.body.credential };
}

/** A booking's QR pass as the web app would have shown it at `issuedAt` (same service, chosen instant). */
export async function passIssuedAt(
  testApp: TestApp,
  bookingId: string,
  issuedAt: Date,
): Promise<BookingPass> {
  const rows: { user_id: string }[] = await testApp.dataSource.query(
    `SELECT user_id FROM bookings WHERE id = $1`,
    [bookingId],
  );
  const userId = itemAt(rows, 0, 'booking').user_id;
  const user = await testApp.dataSource.getRepository(User).findOneByOrFail({ id: userId });
  return testApp.app.get(BookingsService).getBookingPass(user, bookingId, issuedAt);
}

/**
 * The server last heard from the kiosk `minutes` ago (its network was down); the heartbeat it
 * sends on its return, as the tablet does before replaying its queue, records the outage.
 */
export async function simulateKioskOutage(
  testApp: TestApp,
  kiosk: { kiosk: { id: string }; credential: string },
  minutes: number,
): Promise<void> {
  await testApp.dataSource.query(
    `UPDATE kiosks SET last_seen_at = $3::timestamptz - make_interval(mins => $2) WHERE id = $1`,
    [kiosk.kiosk.id, minutes, testApp.clock.now()],
  );
  const heartbeat = await call(testApp, '/api/kiosk/me', { bearer: kiosk.credential });
  if (heartbeat.status !== 200) throw new Error(`no heartbeat: ${JSON.stringify(heartbeat.body)}`);
}
