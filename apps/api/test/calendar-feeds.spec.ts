import { createHash, randomBytes } from 'node:crypto';
import type {
  Booking,
  CalendarFeed,
  CalendarFeedStatus,
  Desk,
  ErrorResponse,
  Site,
} from '@admz/shared';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDataSourceOptions, migrations } from '../src/database/data-source';
import { PrivacyRetentionAndHashedFeeds1764607140000 } from '../src/database/migrations/1764607140000-privacy-retention-and-hashed-feeds';
import {
  addDays,
  book,
  nextWeekday,
  weeksLaterOpen,
  type DemoSite,
  startDemoApp,
  type DemoSessions,
} from './fixtures';
import { call, createTestDatabase, demoClaims, startTestApp, type TestApp } from './test-app';

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

  test('my subscription address is shown once, when created; only its hash is stored', async () => {
    const before = await call<CalendarFeedStatus>(t, '/api/me/calendar-feed', {
      cookie: cookies.agent,
    });
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ isActive: false, createdAt: null });

    const created = await call<CalendarFeed>(t, '/api/me/calendar-feed/regenerate', {
      method: 'POST',
      cookie: cookies.agent,
    });
    expect(created.status).toBe(200);
    expect(created.body.url).toMatch(
      new RegExp(`^${t.baseUrl}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`),
    );
    const [, token = 'missing'] = /\/api\/calendar\/(.+)\.ics$/.exec(created.body.url) ?? [];

    // Afterwards, the status only: the address is not kept, so it cannot be shown again.
    const after = await call(t, '/api/me/calendar-feed', { cookie: cookies.agent });
    expect(after.body).toEqual({ isActive: true, createdAt: created.body.createdAt });
    expect(JSON.stringify(after.body)).not.toContain(token);
    const [stored] = await t.dataSource.query(
      `SELECT calendar_token_hash FROM users WHERE email = $1`,
      [demoClaims('agent').email],
    );
    expect(stored?.calendar_token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM users WHERE row_to_json(users)::text LIKE '%' || $1 || '%'`,
      [token],
    );
    expect(count).toBe(0);

    const someoneElse = await call<CalendarFeed>(t, '/api/me/calendar-feed/regenerate', {
      method: 'POST',
      cookie: cookies.agent2,
    });
    expect(someoneElse.body.url).not.toBe(created.body.url);
    feedUrl = created.body.url;
  });

  test('the feed lists my active bookings at the right instants, in any timezone', async () => {
    const date = nextWeekday(t.clock, paris.timezone, 2);
    parisBooking = (
      await book(t, cookies.agent, {
        siteId: paris.id,
        deskId: paris.deskId(0),
        date,
        slot: 'morning',
      })
    ).body;
    const cancelled = (
      await book(t, cookies.agent, {
        siteId: paris.id,
        deskId: paris.deskId(0),
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
      deskId: paris.deskId(1),
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
    const cayenneDate = nextWeekday(t.clock, 'America/Cayenne', 3);
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

    const inParis = listed.find((event) => event.UID?.includes(parisBooking.id));
    expect(inParis?.SUMMARY).toBe(`AdmZ — poste ${parisBooking.desk.label} (AdmZ Paris)`);
    expect(inParis?.DTSTART).toBe(utcStamp(parisBooking.startsAt));
    expect(inParis?.DTEND).toBe(utcStamp(parisBooking.endsAt));
    expect(inParis?.LOCATION).toBe('AdmZ Paris\\, 20 avenue de Ségur\\, 75007 Paris');

    // 08:00 in Cayenne is 11:00 UTC.
    const inCayenne = listed.find((event) => event.UID?.includes(cayenneBooking.id));
    expect(inCayenne?.DTSTART).toBe(`${cayenneDate.replace(/-/g, '')}T110000Z`);
    expect(inCayenne?.DTEND).toBe(`${cayenneDate.replace(/-/g, '')}T150000Z`);
    expect(inCayenne?.SUMMARY).toBe('AdmZ — poste G-01 (AdmZ Cayenne)');
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
    feedUrl = regenerated.body.url;
  });

  test('turning the feed off makes its address answer 404', async () => {
    const revoked = await call<CalendarFeedStatus>(t, '/api/me/calendar-feed', {
      method: 'DELETE',
      cookie: cookies.agent,
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toEqual({ isActive: false, createdAt: null });
    expect((await fetch(feedUrl)).status).toBe(404);
    const status = await call(t, '/api/me/calendar-feed', { cookie: cookies.agent });
    expect(status.body).toEqual({ isActive: false, createdAt: null });
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
    const closedOn = weeksLaterOpen(nextWeekday(t.clock, paris.timezone, 1), 1);
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
    const closure = events(feed.body).find((event) => event.SUMMARY?.includes('Inventaire annuel'));
    expect(closure).toMatchObject({
      'DTSTART;VALUE=DATE': closedOn.replace(/-/g, ''),
      'DTEND;VALUE=DATE': addDays(closedOn, 1).replace(/-/g, ''),
      SUMMARY: 'AdmZ Paris fermé — Inventaire annuel',
    });
    // Public holidays of the site's region are closures too (e.g. Christmas Day).
    expect(events(feed.body).some((event) => event.SUMMARY?.includes('Jour férié'))).toBe(true);
  });

  test('an unknown site is a 404', async () => {
    const response = await fetch(
      `${t.baseUrl}/api/sites/00000000-0000-4000-8000-000000000000/closures.ics`,
    );
    expect(response.status).toBe(404);
  });
});

describe('addresses created before tokens were hashed', () => {
  test('keep working after the migration that hashes them', async () => {
    // Empty: the migrations up to the hashing are applied here, the rest by the server's start.
    const database = await createTestDatabase({ isEmpty: true });
    const hashing = migrations.indexOf(PrivacyRetentionAndHashedFeeds1764607140000);
    const before = new DataSource({
      ...buildDataSourceOptions(database.url, 2),
      migrations: migrations.slice(0, hashing),
    } as DataSourceOptions);
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    const token = randomBytes(32).toString('base64url');
    await before.query(
      `INSERT INTO users (sub, given_name, usual_name, email, calendar_token)
       VALUES ('feed-before-hashing', 'Ancien', 'Lien', 'ancien.lien@example.gouv.fr', $1)`,
      [token],
    );
    await before.destroy();

    const upgraded = await startTestApp({ SEED_DEMO_DATA: 'false' }, database);
    try {
      const feed = await fetch(`${upgraded.baseUrl}/api/calendar/${token}.ics`);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('BEGIN:VCALENDAR');
      const [row] = await upgraded.dataSource.query(
        `SELECT calendar_token_hash, calendar_token_created_at FROM users WHERE sub = 'feed-before-hashing'`,
      );
      expect(row.calendar_token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(row.calendar_token_created_at).not.toBeNull();
    } finally {
      await upgraded.close();
      await database.drop();
    }
  });
});
