import type {
  Site,
  AuditEvent,
  Booking,
  ErrorResponse,
  NetworkAnalytics,
  SiteAnalytics,
} from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RetentionService } from '../src/privacy/retention.service';
import { SiteRole, User } from '../src/users/user.entity';
import { personOf, pastBooking } from './analytics-fixtures';
import {
  loadDemoSites,
  nextWeekday,
  sessionsFor,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import { call, demoClaims, openSessionFor, startTestApp, type TestApp } from './test-app';

/**
 * A small known week at AdmZ Paris — Monday 1 to Sunday 7 March 2027, seen from Tuesday 9 March —
 * whose every figure is computed by hand below. Paris has 40 active desks, open Monday to Friday:
 * 5 open days, 40 × 2 × 5 = 400 desk half-days.
 */
const from = '2027-03-01';
const to = '2027-03-07';
const period = `from=${from}&to=${to}`;

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let lyonHostCookie: string;
let alice: { id: string; name: string };

beforeAll(async () => {
  // A fixed instant: the dataset is a past week whatever ADMZ_TEST_NOW says.
  t = await startTestApp({}, undefined, { now: new Date('2027-03-09T07:55:00Z') });
  ({ paris, lyon } = await loadDemoSites(t));
  cookies = await sessionsFor(t);
  lyonHostCookie = await openSessionFor(t, {
    sub: 'test-stats-lyon-host',
    given_name: 'Hugo',
    usual_name: 'Roux',
    email: 'hugo.roux@example.gouv.fr',
    roles: ['agent_public'],
  });
  const lyonHost = await t.dataSource
    .getRepository(User)
    .findOneByOrFail({ sub: 'test-stats-lyon-host' });
  await t.dataSource
    .getRepository(SiteRole)
    .insert({ userId: lyonHost.id, siteId: lyon.id, role: 'host' });

  const ministryA = { siret: '11111111100011', label: 'Ministère A' };
  const prefectureB = { siret: '22222222200022', label: 'Préfecture B' };
  alice = await personOf(t, 'Alice', ministryA);
  const bruno = await personOf(t, 'Bruno', prefectureB);
  const chloe = await personOf(t, 'Chloé', ministryA);
  const denis = await personOf(t, 'Denis', { label: 'Mairie C' });
  const at = (deskIndex: number) => ({ siteId: paris.id, deskId: paris.deskId(deskIndex) });

  // Monday: Alice all day, Bruno the morning (Ministère A and Préfecture B: a shared day).
  await pastBooking(t, {
    ...at(0),
    userId: alice.id,
    date: '2027-03-01',
    slot: 'day',
    status: 'checked_out',
  });
  await pastBooking(t, {
    ...at(1),
    userId: bruno.id,
    date: '2027-03-01',
    slot: 'morning',
    status: 'checked_out',
  });
  // Chloé cancelled her Monday afternoon: counted nowhere.
  await pastBooking(t, {
    ...at(2),
    userId: chloe.id,
    date: '2027-03-01',
    slot: 'afternoon',
    status: 'cancelled',
  });
  // Tuesday: Alice the morning, Chloé all day, Denis (Mairie C, no SIRET) the afternoon.
  await pastBooking(t, {
    ...at(0),
    userId: alice.id,
    date: '2027-03-02',
    slot: 'morning',
    status: 'checked_in',
  });
  await pastBooking(t, {
    ...at(2),
    userId: chloe.id,
    date: '2027-03-02',
    slot: 'day',
    status: 'checked_out',
  });
  await pastBooking(t, {
    ...at(3),
    userId: denis.id,
    date: '2027-03-02',
    slot: 'afternoon',
    status: 'checked_in',
  });
  // Wednesday: Alice did not come (released); Thursday: Bruno never scanned (site without release).
  await pastBooking(t, {
    ...at(0),
    userId: alice.id,
    date: '2027-03-03',
    slot: 'day',
    status: 'absent',
  });
  await pastBooking(t, {
    ...at(1),
    userId: bruno.id,
    date: '2027-03-04',
    slot: 'afternoon',
    status: 'confirmed',
  });
  // Friday: an anonymised booking of Préfecture B, checked out.
  await pastBooking(t, {
    ...at(4),
    userId: null,
    date: '2027-03-05',
    slot: 'day',
    status: 'checked_out',
    organisation: prefectureB,
  });
  // Alice at Lyon on Wednesday morning: another site, the same person for the network.
  await pastBooking(t, {
    siteId: lyon.id,
    deskId: lyon.deskId(0),
    userId: alice.id,
    date: '2027-03-03',
    slot: 'morning',
    status: 'checked_out',
  });
});
afterAll(async () => {
  await t?.close();
});

const siteAnalytics = (query = period, cookie = cookies.hote, siteId = paris.id) =>
  call<SiteAnalytics & ErrorResponse>(t, `/api/sites/${siteId}/analytics?${query}`, { cookie });

describe("a site's statistics", () => {
  test('are computed exactly on a known week', async () => {
    const answer = await siteAnalytics();
    expect(answer.status).toBe(200);
    const { summary } = answer.body;
    expect(summary).toEqual({
      openDays: 5,
      activeDesks: 40,
      availableHalfDays: 400,
      // Monday 2 + 1, Tuesday 2 + 2, Thursday 0 + 1, Friday 1 + 1 (the absent Wednesday is released).
      bookedHalfDays: 10,
      occupancyRate: 10 / 400,
      morningRate: 5 / 200,
      afternoonRate: 5 / 200,
      bookings: 8,
      endedBookings: 8,
      noShows: 2,
      noShowRate: 2 / 8,
      visits: 6,
      // Alice, Bruno, Chloé, Denis: the anonymised visit counts for no one.
      distinctAgents: 4,
      // Alice came Monday and Tuesday; Bruno's Thursday was a no-show.
      repeatVisitors: 1,
      administrations: 3,
      // Monday (A, B) and Tuesday (A, C); Friday had Préfecture B alone.
      sharedDays: 2,
    });

    const byDate = new Map(answer.body.days.map((day) => [day.date, day]));
    expect(answer.body.days).toHaveLength(7);
    expect(byDate.get('2027-03-01')).toMatchObject({
      isOpen: true,
      availableHalfDays: 80,
      morningBooked: 2,
      afternoonBooked: 1,
      occupancyRate: 3 / 80,
      visits: 2,
      noShows: 0,
      administrations: 2,
    });
    expect(byDate.get('2027-03-03')).toMatchObject({ morningBooked: 0, noShows: 1, visits: 0 });
    expect(byDate.get('2027-03-06')).toMatchObject({ isOpen: false, availableHalfDays: 0 });
    expect(answer.body.peakDays.map((day) => day.date)).toEqual([
      '2027-03-02',
      '2027-03-01',
      '2027-03-05',
      '2027-03-04',
    ]);

    const zones = new Map(answer.body.zones.map((zone) => [zone.zone, zone]));
    expect(zones.get('Plateau ouvert')).toEqual({
      zone: 'Plateau ouvert',
      activeDesks: 20,
      availableHalfDays: 200,
      bookedHalfDays: 10,
      occupancyRate: 0.05,
    });
    expect(zones.get('Atelier')?.bookedHalfDays).toBe(0);
    const firstDesk = answer.body.desks.find((desk) => desk.label === paris.deskLabel(0));
    // Monday's day and Tuesday's morning: 3 of 10 half-days.
    expect(firstDesk).toMatchObject({ bookedHalfDays: 3, occupancyRate: 0.3 });

    expect(answer.body.administrations).toEqual([
      { siret: '11111111100011', label: 'Ministère A', visits: 3, agents: 2, days: 2 },
      { siret: '22222222200022', label: 'Préfecture B', visits: 2, agents: 1, days: 2 },
      { siret: null, label: 'Mairie C', visits: 1, agents: 1, days: 1 },
    ]);
  });

  test('the network view counts each person and administration once across sites', async () => {
    const answer = await call<NetworkAnalytics>(t, `/api/analytics/network?${period}`, {
      cookie: cookies.admin,
    });
    expect(answer.status).toBe(200);
    const lyonRow = answer.body.sites.find((row) => row.siteId === lyon.id);
    const parisRow = answer.body.sites.find((row) => row.siteId === paris.id);
    expect(parisRow).toMatchObject({ distinctAgents: 4, visits: 6, sharedDays: 2 });
    expect(lyonRow).toMatchObject({
      openDays: 5,
      activeDesks: 12,
      bookedHalfDays: 1,
      distinctAgents: 1,
      administrations: 1,
    });
    expect(answer.body.totals).toMatchObject({
      siteId: null,
      openDays: 10,
      activeDesks: 52,
      availableHalfDays: 400 + 12 * 2 * 5,
      bookedHalfDays: 11,
      visits: 7,
      distinctAgents: 4,
      administrations: 3,
      sharedDays: 2,
      // Alice: Monday, Tuesday at Paris and Wednesday at Lyon.
      repeatVisitors: 1,
    });
    expect(
      (await call(t, `/api/analytics/network?${period}`, { cookie: cookies.hote })).status,
    ).toBe(403);
  });

  test('a temporary site counts as open only between its first and last day', async () => {
    const created = await call<Site>(t, '/api/sites', {
      cookie: cookies.admin,
      body: {
        name: 'AdmZ Tournée Rennes',
        slug: 'admz-tournee-rennes-statistiques',
        address: '1 place de la Mairie, 35000 Rennes',
        timezone: 'Europe/Paris',
        holidayRegion: 'FR',
        kind: 'temporary',
        startsOn: '2027-03-17',
        endsOn: '2027-03-18',
        capacity: 10,
      },
    });
    expect(created.status).toBe(201);
    const weekly = await call(t, `/api/sites/${created.body.id}/opening-hours/weekly`, {
      method: 'PUT',
      cookie: cookies.admin,
      body: {
        weekly: [1, 2, 3, 4, 5].map((weekday) => ({
          weekday,
          opensAt: '09:00',
          closesAt: '18:00',
        })),
      },
    });
    expect(weekly.status).toBe(200);
    // Open every weekday by its hours, but a tour stop only on its two days of that week.
    const answer = await siteAnalytics(
      'from=2027-03-15&to=2027-03-21',
      cookies.admin,
      created.body.id,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.summary.openDays).toBe(2);
  });

  test('a host of another site, or an agent, is refused', async () => {
    const other = await siteAnalytics(period, lyonHostCookie);
    expect(other.status).toBe(403);
    expect(other.body.message).toBe("Vous n'êtes pas gestionnaire de ce site.");
    expect((await siteAnalytics(period, cookies.agent)).status).toBe(403);
    expect((await siteAnalytics(period, cookies.admin)).status).toBe(200);
  });

  test('the period is checked: order, format, at most 366 days', async () => {
    const reversed = await siteAnalytics('from=2027-03-07&to=2027-03-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.issues?.[0]?.message).toBe(
      'La date de fin (to) doit suivre la date de début (from).',
    );
    const malformed = await siteAnalytics('from=2027-3-1&to=2027-03-07');
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues?.[0]?.path).toBe('from');
    const missing = await siteAnalytics('from=2027-03-01');
    expect(missing.status).toBe(400);
    const tooLong = await siteAnalytics('from=2026-03-01&to=2027-03-02');
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.message).toBe(
      'La période (from, to) ne peut dépasser 366 jours : elle en compte 367.',
    );
    const year = await siteAnalytics('from=2026-03-02&to=2027-03-02');
    expect(year.status).toBe(200);
    // Up to Tuesday: Monday's two visits and Tuesday's three.
    expect(year.body.summary.visits).toBe(5);
    const unknownSite = await siteAnalytics(
      period,
      cookies.admin,
      '00000000-0000-4000-8000-000000000000',
    );
    expect(unknownSite.status).toBe(404);
  });

  test('each table downloads as CSV for French spreadsheets', async () => {
    const response = await fetch(
      `${t.baseUrl}/api/sites/${paris.id}/analytics/days.csv?${period}`,
      {
        headers: { cookie: cookies.hote },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe(
      "Date;Ouvert;Demi-journées disponibles;Matins réservés;Après-midi réservés;Taux d'occupation (%);Taux matin (%);Taux après-midi (%);Venues;Absences;Administrations",
    );
    // 3 of 80 half-days: 3.75 % written with a decimal comma, to one decimal.
    expect(lines[1]).toBe('2027-03-01;oui;80;2;1;3,8;5;2,5;2;0;2');
    expect(lines[6]).toBe('2027-03-06;non;0;0;0;;;;0;0;0');
    expect(lines).toHaveLength(9);
    expect(lines[8]).toBe('');

    const administrations = await call<string>(
      t,
      `/api/sites/${paris.id}/analytics/administrations.csv?${period}`,
      { cookie: cookies.hote },
    );
    expect(String(administrations.body)).toContain('Ministère A;11111111100011;3;2;2');
    const unknownTable = await call(t, `/api/sites/${paris.id}/analytics/people.csv?${period}`, {
      cookie: cookies.hote,
    });
    expect(unknownTable.status).toBe(400);
  });
});

describe('the privacy switch', () => {
  test('names are never sent while it is off (the default), and only admins turn it on', async () => {
    const off = await siteAnalytics();
    expect(off.body.showsNames).toBe(false);
    expect(off.body.visitors).toBeNull();
    expect(JSON.stringify(off.body)).not.toContain('Alice');
    const csv = await call<ErrorResponse>(
      t,
      `/api/sites/${paris.id}/analytics/visitors.csv?${period}`,
      {
        cookie: cookies.hote,
      },
    );
    expect(csv.status).toBe(404);
    expect(JSON.stringify(csv.body)).not.toContain('Alice');

    const byHost = await call<ErrorResponse>(t, `/api/sites/${paris.id}/analytics-settings`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { showNames: true },
    });
    expect(byHost.status).toBe(403);
    const invalid = await call<ErrorResponse>(t, `/api/sites/${paris.id}/analytics-settings`, {
      method: 'PUT',
      cookie: cookies.admin,
      body: { showNames: 'oui' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.issues?.[0]?.message).toBe(
      'Le choix « showNames » doit être vrai ou faux.',
    );
    expect((await siteAnalytics()).body.visitors).toBeNull();

    const byAdmin = await call(t, `/api/sites/${paris.id}/analytics-settings`, {
      method: 'PUT',
      cookie: cookies.admin,
      body: { showNames: true },
    });
    expect(byAdmin.status).toBe(200);
    const on = await siteAnalytics();
    expect(on.body.showsNames).toBe(true);
    expect(on.body.visitors).toEqual([{ name: alice.name, days: 2 }]);
    const visitorsCsv = await call<string>(
      t,
      `/api/sites/${paris.id}/analytics/visitors.csv?${period}`,
      { cookie: cookies.hote },
    );
    expect(String(visitorsCsv.body)).toContain(`${alice.name};2`);

    const events = await call<AuditEvent[]>(
      t,
      `/api/admin/audit?siteId=${paris.id}&kind=site.analytics-privacy-changed`,
      { cookie: cookies.admin },
    );
    expect(events.body).toHaveLength(1);
    expect(events.body[0]).toMatchObject({
      actor: { name: 'Paul Durand' },
      subject: 'AdmZ Paris',
      before: { showNames: false },
      after: { showNames: true },
    });

    await call(t, `/api/sites/${paris.id}/analytics-settings`, {
      method: 'PUT',
      cookie: cookies.admin,
      body: { showNames: false },
    });
    expect((await siteAnalytics()).body.visitors).toBeNull();
  });
});

describe('the administration of a booking', () => {
  test('is copied from the holder when booked, and kept when the booking is anonymised', async () => {
    const date = nextWeekday(t.clock, paris.timezone, 4);
    const booked = await call<Booking>(t, '/api/bookings', {
      cookie: cookies.agent,
      body: { siteId: paris.id, deskId: paris.deskId(12), date, slot: 'morning' },
    });
    expect(booked.status).toBe(201);
    const claims = demoClaims('agent');
    const read = async () =>
      (
        (await t.dataSource.query(
          `SELECT user_id, organization_siret, organization_label FROM bookings WHERE id = $1`,
          [booked.body.id],
        )) as { user_id: string | null; organization_siret: string; organization_label: string }[]
      )[0];
    expect(await read()).toMatchObject({
      organization_siret: claims.siret,
      organization_label: claims.organization_label,
    });

    const analytics = await siteAnalytics(`from=${date}&to=${date}`);
    expect(analytics.body.administrations).toEqual([
      { siret: claims.siret, label: claims.organization_label, visits: 1, agents: 1, days: 1 },
    ]);

    // Thirteen months on, the retention job unlinks the person; the administration stays.
    await t.app
      .get(RetentionService)
      .purge(new Date(Date.parse(`${date}T12:00:00Z`) + 400 * 86_400_000));
    expect(await read()).toMatchObject({
      user_id: null,
      organization_siret: claims.siret,
      organization_label: claims.organization_label,
    });
    // The purge ended the sessions too: the host logs in again.
    const host = await openSessionFor(t, demoClaims('hote'));
    const later = await siteAnalytics(`from=${date}&to=${date}`, host);
    expect(later.body.summary).toMatchObject({ administrations: 1, distinctAgents: 0, visits: 1 });
  });
});
