import { randomBytes } from 'node:crypto';
import {
  addDaysToIsoDate,
  myPastBookingsPageSize,
  type Booking,
  type ErrorResponse,
  type MyBookings,
} from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteLocalToInstant, siteToday } from '../src/common/site-time';
import { book, loadDemoSites, nextWeekday, type DemoSite } from './fixtures';
import { call, openSessionFor, startTestApp, type TestApp } from './test-app';

// « Mes réservations » over years of history: the upcoming bookings whole, the past a page at a
// time, latest first, each booking once, nobody else's.

let t: TestApp;
let paris: DemoSite;
let person: { id: string; cookie: string };
let neighbour: { id: string; cookie: string };
/** The person's bookings as the pages must show them. */
let expectedUpcomingIds: string[];
let expectedPastIds: string[];
let neighbourIds: string[];

type Person = { id: string; cookie: string };

async function newPerson(name: string): Promise<Person> {
  const suffix = randomBytes(6).toString('hex');
  const email = `${name.toLowerCase()}-${suffix}@example.gouv.fr`;
  const cookie = await openSessionFor(t, {
    sub: `my-bookings-${suffix}`,
    given_name: name,
    usual_name: 'Historique',
    email,
    roles: ['agent_public'],
  });
  const [row] = await t.dataSource.query<{ id: string }[]>(
    'SELECT id FROM users WHERE email = $1',
    [email],
  );
  return { id: row!.id, cookie };
}

type StoredInsert = {
  userId: string;
  date: string;
  slot: 'morning' | 'day';
  status: 'checked_out' | 'cancelled' | 'absent' | 'checked_in';
  startsAt?: Date;
  endsAt?: Date;
};

/** A booking written straight into the table: years of history without years of clock. */
async function insertBooking(booking: StoredInsert): Promise<{ id: string; startsAt: Date }> {
  const startsAt = booking.startsAt ?? siteLocalToInstant(booking.date, '09:00', paris.timezone);
  const endsAt =
    booking.endsAt ??
    siteLocalToInstant(booking.date, booking.slot === 'day' ? '18:00' : '13:00', paris.timezone);
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO bookings (site_id, desk_id, user_id, slot, local_date, starts_at, ends_at, status,
                           short_code, cancelled_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $8 = 'cancelled' THEN $6::timestamptz END)
     RETURNING id`,
    [
      paris.id,
      paris.deskId(3),
      booking.userId,
      booking.slot,
      booking.date,
      startsAt,
      endsAt,
      booking.status,
      randomBytes(6).toString('hex').toUpperCase(),
    ],
  );
  return { id: row!.id, startsAt };
}

/** Latest first, the tie on the start broken by the id (as PostgreSQL orders uuids). */
const latestFirst = (bookings: { id: string; startsAt: Date }[]) =>
  [...bookings]
    .sort(
      (first, second) =>
        second.startsAt.getTime() - first.startsAt.getTime() ||
        (second.id < first.id ? -1 : second.id > first.id ? 1 : 0),
    )
    .map((booking) => booking.id);

const mine = (cookie: string, before?: string, headers: Record<string, string> = {}) =>
  call<MyBookings & ErrorResponse>(
    t,
    `/api/bookings/mine${before === undefined ? '' : `?before=${encodeURIComponent(before)}`}`,
    { cookie, headers },
  );

beforeAll(async () => {
  t = await startTestApp();
  ({ paris } = await loadDemoSites(t));
  person = await newPerson('Maëlle');
  neighbour = await newPerson('Ilan');
  const now = t.clock.now();
  const today = siteToday(paris.timezone, now);

  // Two years of weekly history, latest first from last week; at the 20th, a cancelled morning
  // and the day booked instead start at the same instant: the first page ends between them.
  const past: { id: string; startsAt: Date }[] = [];
  for (let week = 1; week <= 2 * 52; week += 1) {
    const date = addDaysToIsoDate(today, -7 * week);
    past.push(
      await insertBooking({
        userId: person.id,
        date,
        slot: 'day',
        status: week % 5 === 0 ? 'absent' : 'checked_out',
      }),
    );
    if (week === myPastBookingsPageSize) {
      past.push(
        await insertBooking({ userId: person.id, date, slot: 'morning', status: 'cancelled' }),
      );
    }
  }
  // Began 25 hours ago: yesterday's, over, past.
  const yesterdayStart = new Date(now.getTime() - 25 * 60 * 60 * 1000);
  past.push(
    await insertBooking({
      userId: person.id,
      date: addDaysToIsoDate(today, -1),
      slot: 'day',
      status: 'checked_out',
      startsAt: yesterdayStart,
      endsAt: new Date(yesterdayStart.getTime() + 4 * 60 * 60 * 1000),
    }),
  );
  expectedPastIds = latestFirst(past);

  // Began an hour ago and not over: upcoming, whatever its start.
  const ongoing = await insertBooking({
    userId: person.id,
    date: today,
    slot: 'morning',
    status: 'checked_in',
    startsAt: new Date(now.getTime() - 60 * 60 * 1000),
    endsAt: new Date(now.getTime() + 3 * 60 * 60 * 1000),
  });
  const coming: Booking[] = [];
  for (const weekday of [2, 4]) {
    const booked = await book(t, person.cookie, {
      siteId: paris.id,
      deskId: paris.deskId(4),
      date: nextWeekday(t.clock, paris.timezone, weekday),
      slot: 'day',
    });
    expect(booked.status).toBe(201);
    coming.push(booked.body);
  }
  expectedUpcomingIds = [
    ongoing.id,
    ...[...coming]
      .sort((first, second) => Date.parse(first.startsAt) - Date.parse(second.startsAt))
      .map((booking) => booking.id),
  ];

  // The neighbour's own history, interleaved with the person's.
  neighbourIds = [];
  for (let week = 1; week <= 30; week += 1) {
    const booking = await insertBooking({
      userId: neighbour.id,
      date: addDaysToIsoDate(today, -7 * week + 1),
      slot: 'day',
      status: 'checked_out',
    });
    neighbourIds.push(booking.id);
  }
});
afterAll(async () => {
  await t?.close();
});

describe('« Mes réservations », a page at a time', () => {
  test('the first page holds every upcoming booking, soonest first, and the latest past ones', async () => {
    const first = await mine(person.cookie);
    expect(first.status).toBe(200);
    expect(first.body.upcoming.map((booking) => booking.id)).toEqual(expectedUpcomingIds);
    expect(first.body.past.map((booking) => booking.id)).toEqual(
      expectedPastIds.slice(0, myPastBookingsPageSize),
    );
    expect(first.body.nextBefore).toEqual(expect.any(String));
  });

  test('the pages are disjoint, in order, and end with the oldest booking', async () => {
    const pages: MyBookings[] = [];
    let before: string | undefined;
    do {
      const page = await mine(person.cookie, before);
      expect(page.status).toBe(200);
      pages.push(page.body);
      before = page.body.nextBefore ?? undefined;
    } while (before !== undefined && pages.length < 20);

    const pastIds = pages.flatMap((page) => page.past.map((booking) => booking.id));
    expect(pastIds).toEqual(expectedPastIds);
    expect(new Set(pastIds).size).toBe(pastIds.length);
    expect(pages.map((page) => page.past.length)).toEqual([20, 20, 20, 20, 20, 6]);
    // Upcoming bookings come with the first page only.
    expect(pages.slice(1).every((page) => page.upcoming.length === 0)).toBe(true);
    expect(pages.at(-1)?.nextBefore).toBeNull();
  });

  test("another person's bookings never appear, even given the person's cursor", async () => {
    const first = await mine(person.cookie);
    const seen = [...first.body.upcoming, ...first.body.past].map((booking) => booking.id);
    expect(seen.some((id) => neighbourIds.includes(id))).toBe(false);

    const borrowed = await mine(neighbour.cookie, first.body.nextBefore!);
    expect(borrowed.status).toBe(200);
    const borrowedIds = borrowed.body.past.map((booking) => booking.id);
    expect(borrowedIds.length).toBeGreaterThan(0);
    expect(borrowedIds.every((id) => neighbourIds.includes(id))).toBe(true);
  });

  test('a cursor that is not a nextBefore is refused with a sentence', async () => {
    const booking = expectedPastIds[0]!;
    for (const before of [
      'plus-anciennes',
      booking,
      `2027-02-30T08:00:00.000Z_${booking}`,
      `2027-02-03T08:00:00Z_${booking}`,
      `2027-02-03T08:00:00.000Z_${booking}'; DROP TABLE bookings; --`,
      '',
    ]) {
      const refused = await mine(person.cookie, before);
      expect(refused.status, before).toBe(400);
      expect(refused.body.message).toBe(
        'Requête invalide : vérifiez before. Le paramètre « before » reprend la valeur nextBefore de la page précédente.',
      );
    }
    const twice = await call<ErrorResponse>(t, '/api/bookings/mine?before=a&before=b', {
      cookie: person.cookie,
    });
    expect(twice.status).toBe(400);
    const inEnglish = await mine(person.cookie, 'plus-anciennes', { 'accept-language': 'en' });
    expect(inEnglish.body.message).toContain(
      'The “before” parameter takes the nextBefore value of the previous page.',
    );
  });
});
