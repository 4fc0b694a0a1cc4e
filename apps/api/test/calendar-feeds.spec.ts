import type { Booking, CalendarFeed, Desk, ErrorResponse, Site } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  addDays,
  book,
  nextWeekday,
  weeksLaterOpen,
  type DemoSite,
  startDemoApp,
  type DemoSessions,
} from './fixtures';
import { call, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;

beforeAll(async () => {
  ({ t, paris, cookies } = await startDemoApp());
});
afterAll(async () => {
  await t?.close();
});

/** What a calendar client does: a plain GET of the address, no cookie. */
async function subscribe(url: string) {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
  };
}

/** iCalendar content lines, unfolded (RFC 5545 §3.1). */
const icsLines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

/** The unfolded properties of each VEVENT. */
function events(ics: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of icsLines(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      found.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return found;
}

const utcStamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** RFC 5545: CRLF line endings, and no line longer than 75 octets. */
function expectValidLines(ics: string) {
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics).not.toMatch(/[^\r]\n/);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
}

describe('my bookings feed', () => {
  let feedUrl: string;
  let parisBooking: Booking;
  let cayenneBooking: Booking;

  test('my subscription address is created once and stays the same', async () => {
    const first = await call<CalendarFeed>(t, '/api/me/calendar-feed', { cookie: cookies.agent });
    expect(first.status).toBe(200);
    expect(first.body.url).toMatch(
      new RegExp(`^${t.baseUrl}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`),
    );
    const again = await call<CalendarFeed>(t, '/api/me/calendar-feed', { cookie: cookies.agent });
    expect(again.body.url).toBe(first.body.url);
    const someoneElse = await call<CalendarFeed>(t, '/api/me/calendar-feed', {
      cookie: cookies.agent2,
    });
    expect(someoneElse.body.url).not.toBe(first.body.url);
    feedUrl = first.body.url;
  });

  test('the feed lists my active bookings at the right instants, in any timezone', async () => {
    const date = nextWeekday(paris.timezone, 2);
    parisBooking = (
      await book(t, cookies.agent, {
        siteId: paris.id,
        deskId: paris.deskIds[0],
        date,
        slot: 'morning',
      })
    ).body;
    const cancelled = (
      await book(t, cookies.agent, {
        siteId: paris.id,
        deskId: paris.deskIds[0],
        date,
        slot: 'afternoon',
      })
    ).body;
    await call(t, `/api/bookings/${cancelled.id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent,
    });
    const otherPersons = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskIds[1],
      date,
      slot: 'day',
    });
    expect(otherPersons.status).toBe(201);

    // A site in French Guiana (UTC−3): open 08:00–12:00 there on the next Wednesday.
    const cayenne = await call<Site>(t, '/api/sites', {
      cookie: cookies.admin,
      body: {
        name: 'AdmZ Cayenne',
        slug: 'admz-cayenne',
        address: '1 rue de Rémire, 97300 Cayenne',
        timezone: 'America/Cayenne',
      },
    });
    expect(cayenne.status).toBe(201);
    const desk = await call<Desk>(t, `/api/sites/${cayenne.body.id}/desks`, {
      cookie: cookies.admin,
      body: { label: 'G-01', zone: 'Carbet' },
    });
    const cayenneDate = nextWeekday('America/Cayenne', 3);
    const opened = await call(
      t,
      `/api/sites/${cayenne.body.id}/opening-hours/exceptions/${cayenneDate}`,
      {
        method: 'PUT',
        cookie: cookies.admin,
        body: { isClosed: false, opensAt: '08:00', closesAt: '12:00', reason: 'Journée test' },
      },
    );
    expect(opened.status).toBe(200);
    const created = await book(t, cookies.agent, {
      siteId: cayenne.body.id,
      deskId: desk.body.id,
      date: cayenneDate,
      slot: 'day',
    });
    expect(created.status).toBe(201);
    cayenneBooking = created.body;

    const feed = await subscribe(feedUrl);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    expectValidLines(feed.body);
    const listed = events(feed.body);
    expect(listed.map((event) => event.UID).sort()).toEqual(
      [parisBooking.id, cayenneBooking.id]
        .map((id) => `reservation-${id}@admz.beta.gouv.fr`)
        .sort(),
    );

    const inParis = listed.find((event) => event.UID.includes(parisBooking.id))!;
    expect(inParis.SUMMARY).toBe(`AdmZ — poste ${parisBooking.desk.label} (AdmZ Paris)`);
    expect(inParis.DTSTART).toBe(utcStamp(parisBooking.startsAt));
    expect(inParis.DTEND).toBe(utcStamp(parisBooking.endsAt));
    expect(inParis.LOCATION).toBe('AdmZ Paris\\, 20 avenue de Ségur\\, 75007 Paris');

    // 08:00 in Cayenne is 11:00 UTC.
    const inCayenne = listed.find((event) => event.UID.includes(cayenneBooking.id))!;
    expect(inCayenne.DTSTART).toBe(`${cayenneDate.replace(/-/g, '')}T110000Z`);
    expect(inCayenne.DTEND).toBe(`${cayenneDate.replace(/-/g, '')}T150000Z`);
    expect(inCayenne.SUMMARY).toBe('AdmZ — poste G-01 (AdmZ Cayenne)');
  });

  test('regenerating the address makes the old one stop working', async () => {
    const regenerated = await call<CalendarFeed>(t, '/api/me/calendar-feed/regenerate', {
      method: 'POST',
      cookie: cookies.agent,
    });
    expect(regenerated.status).toBe(200);
    expect(regenerated.body.url).not.toBe(feedUrl);

    const old = await fetch(feedUrl);
    expect(old.status).toBe(404);
    expect(((await old.json()) as ErrorResponse).message).toMatch(/régénéré/);

    const fresh = await subscribe(regenerated.body.url);
    expect(fresh.status).toBe(200);
    expect(events(fresh.body)).toHaveLength(2);
    const shown = await call<CalendarFeed>(t, '/api/me/calendar-feed', { cookie: cookies.agent });
    expect(shown.body.url).toBe(regenerated.body.url);
  });

  test('an unknown or malformed token is a 404, and the address needs a session to read', async () => {
    for (const token of ['A'.repeat(43), 'not-a-token', "'; DROP TABLE users; --"]) {
      const response = await fetch(`${t.baseUrl}/api/calendar/${encodeURIComponent(token)}.ics`);
      expect(response.status, token).toBe(404);
    }
    const anonymous = await call(t, '/api/me/calendar-feed');
    expect(anonymous.status).toBe(401);
  });
});

describe("a site's closures feed", () => {
  test('lists dated closures as all-day events, publicly', async () => {
    const closedOn = weeksLaterOpen(nextWeekday(paris.timezone, 1), 1);
    const closed = await call(t, `/api/sites/${paris.id}/opening-hours/exceptions/${closedOn}`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { isClosed: true, reason: 'Inventaire annuel' },
    });
    expect(closed.status).toBe(200);

    const feed = await subscribe(`${t.baseUrl}/api/sites/${paris.id}/closures.ics`);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    expectValidLines(feed.body);
    const closure = events(feed.body).find((event) => event.SUMMARY.includes('Inventaire annuel'));
    expect(closure).toMatchObject({
      'DTSTART;VALUE=DATE': closedOn.replace(/-/g, ''),
      'DTEND;VALUE=DATE': addDays(closedOn, 1).replace(/-/g, ''),
      SUMMARY: 'AdmZ Paris fermé — Inventaire annuel',
    });
    // Public holidays of the site's region are closures too (e.g. Christmas Day).
    expect(events(feed.body).some((event) => event.SUMMARY.includes('Jour férié'))).toBe(true);
  });

  test('an unknown site is a 404', async () => {
    const response = await fetch(
      `${t.baseUrl}/api/sites/00000000-0000-4000-8000-000000000000/closures.ics`,
    );
    expect(response.status).toBe(404);
  });
});
