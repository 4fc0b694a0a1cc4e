import type { SiteRules } from '@admz/shared';
import { defaultSiteRules } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  addDays,
  book,
  loadDemoSites,
  mondayOfOpenWeek,
  sessionsFor,
  type DemoSite,
  listAllMyBookings,
} from './fixtures';
import { call, openSessionForNewAgent, startTestApp, type TestApp } from './test-app';

/**
 * Rules that count a person's bookings hold when that person fires many requests at once, on
 * two API processes sharing one database (embedded PostgreSQL, or the server in CI).
 */
let first: TestApp;
let second: TestApp;
let paris: DemoSite;
let hostCookie: string;

beforeAll(async () => {
  first = await startTestApp();
  second = await startTestApp({}, first.database);
  ({ paris } = await loadDemoSites(first));
  hostCookie = (await sessionsFor(first)).hote;
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

const putRules = (rules: Partial<SiteRules>) =>
  call(first, `/api/sites/${paris.id}/rules`, {
    method: 'PUT',
    cookie: hostCookie,
    body: { ...defaultSiteRules, ...rules },
  });

describe('the weekly maximum under concurrency', () => {
  test('20 requests at once from one person, across two processes, give exactly the cap', async () => {
    expect((await putRules({ maxBookingsPerWeek: 2, maxDaysAhead: 365 })).status).toBe(200);
    const cookie = await openSessionForNewAgent(first, 'Rapide');
    const monday = mondayOfOpenWeek(first.clock, paris.timezone, 1);
    // 20 distinct half days and desks of one week: each request alone would be accepted.
    const requests = Array.from({ length: 20 }, (_, index) => ({
      siteId: paris.id,
      deskId: paris.deskId(index),
      date: addDays(monday, index % 5),
      slot: index % 10 < 5 ? 'morning' : 'afternoon',
    }));
    const answers = await Promise.all(
      requests.map((body, index) => book(index % 2 === 0 ? first : second, cookie, body)),
    );

    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(2);
    // The rest are refused by the rule (422) or by the person's own overlap (409), never a 500.
    expect(statuses.every((status) => [201, 409, 422].includes(status))).toBe(true);
    expect(
      answers.some((answer) =>
        /maximum de 2 réservations par semaine/.test(JSON.stringify(answer.body)),
      ),
    ).toBe(true);
    const mine = await listAllMyBookings(first, cookie);
    expect(mine.filter((booking) => booking.status === 'confirmed')).toHaveLength(2);
  });

  test('without a weekly maximum the same storm books every distinct half day', async () => {
    expect((await putRules({ maxBookingsPerWeek: null, maxDaysAhead: 365 })).status).toBe(200);
    const cookie = await openSessionForNewAgent(first, 'Libre');
    const monday = mondayOfOpenWeek(first.clock, paris.timezone, 2);
    const requests = Array.from({ length: 10 }, (_, index) => ({
      siteId: paris.id,
      deskId: paris.deskId(20 + index),
      date: addDays(monday, index % 5),
      slot: index < 5 ? 'morning' : 'afternoon',
    }));
    const answers = await Promise.all(
      requests.map((body, index) => book(index % 2 === 0 ? first : second, cookie, body)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
  });
});
