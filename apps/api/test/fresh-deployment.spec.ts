import type {
  Booking,
  Desk,
  EvacuationList,
  Site,
  SiteAnalytics,
  SiteHosts,
  TodayBoard,
  ZoneSummary,
} from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SESSION_COOKIE } from '../src/auth/sessions.service';
import { Browser, logIn } from './oidc-browser';
import { call, startTestApp, type TestApp } from './test-app';

/**
 * A deployment's first week, without SQL: an empty database (no tables, no demo data), an administrator
 * named by ADMIN_EMAILS, everyone logged in through the OpenID Connect flow of the local
 * provider. The admin creates the site, its hours, a zone of 12 desks and appoints its host by
 * e-mail before she has ever logged in; the host runs the week from her board; the statistics
 * of the week count what happened.
 */
let t: TestApp;
const monday = '2027-03-15';
const wednesday = '2027-03-17';

/** Logs a person in through the whole flow; their session cookie for API calls. */
async function sessionOf(personName: string): Promise<string> {
  const browser = new Browser(t.baseUrl);
  const landing = await logIn(browser, personName);
  expect(landing.location?.pathname).toBe('/');
  const token = browser.cookieValue(SESSION_COOKIE);
  if (!token) throw new Error(`${personName} has no session after logging in`);
  return `${SESSION_COOKIE}=${token}`;
}

beforeAll(async () => {
  t = await startTestApp(
    { SEED_DEMO_DATA: 'false', ADMIN_EMAILS: 'paul.durand@numerique.gouv.fr' },
    undefined,
    // Friday 12 March 2027, 09:00 in Paris; every migration applied by the server at its start.
    { now: new Date('2027-03-12T08:00:00Z'), isEmpty: true },
  );
});
afterAll(async () => {
  await t?.close();
});

describe('a deployment from an empty database', () => {
  test('an admin sets up a site and its host, who runs a week of it, all without SQL', async () => {
    const [sites] = (await t.dataSource.query(`SELECT count(*)::int AS count FROM sites`)) as {
      count: number;
    }[];
    expect(sites?.count).toBe(0);

    // The administrator, by ADMIN_EMAILS, at their first login.
    const admin = await sessionOf('Paul Durand');
    expect((await call<{ isAdmin: boolean }>(t, '/api/me', { cookie: admin })).body.isAdmin).toBe(
      true,
    );

    const created = await call<Site>(t, '/api/sites', {
      cookie: admin,
      body: {
        name: 'AdmZ Rennes',
        slug: 'rennes',
        address: '1 place de la Gare, 35000 Rennes',
        timezone: 'Europe/Paris',
        description: 'Le tiers-lieu breton.',
        accessInfo: 'Badge à l’accueil, 2e étage.',
      },
    });
    expect(created.status).toBe(201);
    const site = created.body;
    const hours = await call(t, `/api/sites/${site.id}/opening-hours/weekly`, {
      method: 'PUT',
      cookie: admin,
      body: {
        weekly: [1, 2, 3, 4, 5].map((weekday) => ({
          weekday,
          opensAt: '08:30',
          closesAt: '18:30',
        })),
      },
    });
    expect(hours.status).toBe(200);

    // The host is appointed by e-mail: she has never logged in.
    const appointed = await call<SiteHosts>(t, `/api/sites/${site.id}/hosts`, {
      cookie: admin,
      body: { email: 'ines.lefevre@numerique.gouv.fr' },
    });
    expect(appointed.status).toBe(200);
    expect(appointed.body.invitations.map((invitation) => invitation.email)).toEqual([
      'ines.lefevre@numerique.gouv.fr',
    ]);

    // At her first login the role is hers: she builds the zone and its desks.
    const host = await sessionOf('Inès Lefèvre');
    const zones = await call<ZoneSummary[]>(t, `/api/sites/${site.id}/zones`, {
      cookie: host,
      body: { name: 'Calme' },
    });
    expect(zones.status).toBe(201);
    const desks = await call<Desk[]>(t, `/api/sites/${site.id}/desks/bulk`, {
      cookie: host,
      body: { prefix: 'A-', first: 1, last: 12, width: 2, zone: 'Calme', attributes: ['quiet'] },
    });
    expect(desks.status).toBe(201);
    expect(desks.body.map((desk) => desk.label)).toEqual(
      Array.from({ length: 12 }, (_, index) => `A-${String(index + 1).padStart(2, '0')}`),
    );
    const [a01, a02] = desks.body;

    // Agents see the site with its access information and book for next week.
    const camille = await sessionOf('Camille Martin');
    const listed = await call<Site[]>(t, '/api/sites', { cookie: camille });
    expect(listed.body.map((candidate) => candidate.name)).toEqual(['AdmZ Rennes']);
    expect(listed.body[0]?.accessInfo).toBe('Badge à l’accueil, 2e étage.');
    const bookings: Booking[] = [];
    for (const date of [monday, wednesday]) {
      const booked = await call<Booking>(t, '/api/bookings', {
        cookie: camille,
        body: { siteId: site.id, deskId: a01!.id, date, slot: 'day' },
      });
      expect(booked.status, JSON.stringify(booked.body)).toBe(201);
      bookings.push(booked.body);
    }
    // Yanis has not logged in yet: the host books for him by e-mail… once he has an account.
    await sessionOf('Yanis Benali');
    const onBehalf = await call<Booking>(t, `/api/sites/${site.id}/bookings`, {
      cookie: host,
      body: { email: 'yanis.benali@dreets.gouv.fr', deskId: a02!.id, date: monday, slot: 'day' },
    });
    expect(onBehalf.status).toBe(201);

    // Monday 09:15: the board expects both; the host marks Camille arrived, then Yanis.
    t.clock.set(new Date('2027-03-15T08:15:00Z'));
    const board = await call<TodayBoard>(t, `/api/sites/${site.id}/today`, { cookie: host });
    expect(board.status).toBe(200);
    expect(board.body.counts).toMatchObject({ expected: 2, arrived: 0, freeDesks: 10 });
    for (const entry of board.body.entries) {
      const arrival = await call(t, `/api/sites/${site.id}/bookings/${entry.bookingId}/arrival`, {
        method: 'POST',
        cookie: host,
      });
      expect(arrival.status).toBe(200);
    }
    const evacuation = await call<EvacuationList>(t, `/api/sites/${site.id}/evacuation`, {
      cookie: host,
    });
    expect(evacuation.body.count).toBe(2);
    expect(evacuation.body.zones.map((zone) => [zone.zone, zone.count])).toEqual([['Calme', 2]]);

    // Camille leaves at noon: the evacuation list has one person left.
    t.clock.set(new Date('2027-03-15T11:00:00Z'));
    const departure = await call(t, `/api/sites/${site.id}/bookings/${bookings[0]!.id}/departure`, {
      method: 'POST',
      cookie: host,
    });
    expect(departure.status).toBe(200);
    const afterDeparture = await call<EvacuationList>(t, `/api/sites/${site.id}/evacuation`, {
      cookie: host,
    });
    expect(afterDeparture.body.count).toBe(1);

    // Wednesday: Camille does not come; the board says so once the day is over.
    t.clock.set(new Date('2027-03-17T19:00:00Z'));
    const wednesdayBoard = await call<TodayBoard>(t, `/api/sites/${site.id}/today`, {
      cookie: host,
    });
    expect(wednesdayBoard.body.counts.noShow).toBe(1);

    // Friday: the week in the statistics — two administrations shared Monday.
    t.clock.set(new Date('2027-03-19T17:00:00Z'));
    const week = await call<SiteAnalytics>(
      t,
      `/api/sites/${site.id}/analytics?from=${monday}&to=2027-03-19`,
      { cookie: host },
    );
    expect(week.status).toBe(200);
    expect(week.body.summary).toMatchObject({
      openDays: 5,
      activeDesks: 12,
      bookings: 3,
      visits: 2,
      noShows: 1,
      distinctAgents: 2,
      administrations: 2,
      sharedDays: 1,
    });
  });
});
