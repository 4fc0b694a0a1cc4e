import type { ErrorResponse, SiteRules } from '@admz/shared';
import { defaultSiteRules } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteToday } from '../src/common/site-time';
import {
  book,
  createKiosk,
  nextWeekday,
  startDemoApp,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import { call, type TestApp } from './test-app';
import { millisecondsPerDay } from '@admz/shared';

/** Input that once reached PostgreSQL and came back as a 500: now a 4xx with a sentence. */
let t: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;

beforeAll(async () => {
  ({ t, paris, cookies } = await startDemoApp());
});
afterAll(async () => {
  await t?.close();
});

const errorOf = (body: unknown) => body as ErrorResponse;

function expectClearRefusal(
  response: { status: number; body: unknown },
  status: number,
  field?: string,
): void {
  expect(response.status).toBe(status);
  const body = errorOf(response.body);
  expect(body.message).toMatch(/[a-zé]{3,}/);
  expect(JSON.stringify(body)).not.toMatch(/QueryFailedError|SQLSTATE|\bat \w+ \(|node_modules/);
  if (field) expect(body.issues?.map((issue) => issue.path)).toContain(field);
}

const putRules = (rules: Partial<SiteRules>) =>
  call(t, `/api/sites/${paris.id}/rules`, {
    method: 'PUT',
    cookie: cookies.hote,
    body: { ...defaultSiteRules, ...rules },
  });

describe('control characters', () => {
  test('a NUL in the anonymous pairing request is refused, naming the field', async () => {
    const response = await call(t, '/api/kiosk/pair', { body: { pairingCode: 'AB\u0000CDEFG' } });
    expectClearRefusal(response, 400, 'pairingCode');
    const version = await call(t, '/api/kiosk/pair', {
      body: { pairingCode: 'ABCDEFGH', appVersion: '1.0\u0000' },
    });
    expectClearRefusal(version, 400, 'appVersion');
  });

  test('a NUL or another control character in any text field of a body is refused', async () => {
    const kiosk = await call(t, `/api/sites/${paris.id}/kiosks`, {
      cookie: cookies.hote,
      body: { name: 'Hall\u0000' },
    });
    expectClearRefusal(kiosk, 400, 'name');
    const site = await call(t, `/api/sites/${paris.id}`, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { description: 'Bienvenue\u0007' },
    });
    expectClearRefusal(site, 400, 'description');
    const desk = await call(t, `/api/sites/${paris.id}/desks`, {
      cookie: cookies.admin,
      body: { label: 'Z-01', zone: 'Calme\u001b[31m' },
    });
    expectClearRefusal(desk, 400, 'zone');
  });

  test('line breaks stay allowed where a text has several lines', async () => {
    const site = await call<{ accessInfo: string }>(t, `/api/sites/${paris.id}`, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { accessInfo: 'Entrée rue de Ségur\n\tbadge à l’accueil' },
    });
    expect(site.status).toBe(200);
    expect(site.body.accessInfo).toBe('Entrée rue de Ségur\n\tbadge à l’accueil');
  });

  test('a NUL in a path segment or a query is refused, never a 500', async () => {
    expectClearRefusal(
      await call(t, `/api/sites/${paris.id}/zones/Calme%00/plan`, { cookie: cookies.agent }),
      400,
      'zone',
    );
    expectClearRefusal(await call(t, `/api/sites/%00/desks`, { cookie: cookies.agent }), 400);
    expectClearRefusal(
      await call(t, `/api/sites/${paris.id}/availability?date=2027-01-0%00`, {
        cookie: cookies.agent,
      }),
      400,
      'date',
    );
    // No schema guards this one: the database's refusal (SQLSTATE 22021) is translated.
    const feed = await call(t, '/api/calendar/abc%00def.ics');
    expect([400, 404]).toContain(feed.status);
    expectClearRefusal(feed, feed.status);
  });

  test('a kiosk check-in with a NUL in the typed code is refused', async () => {
    const { credential } = await createKiosk(t, cookies.hote, paris.id, 'Borne NUL');
    const response = await call(t, '/api/kiosk/check-ins', {
      bearer: credential,
      body: { shortCode: 'ABCD\u0000EFG' },
    });
    expectClearRefusal(response, 400, 'shortCode');
  });
});

describe('dates at the far end of the calendar', () => {
  test('9999-12-27 … 31 are refused with the field named, with a weekly maximum set', async () => {
    expect((await putRules({ maxBookingsPerWeek: 2 })).status).toBe(200);
    for (const date of ['9999-12-27', '9999-12-28', '9999-12-29', '9999-12-30', '9999-12-31']) {
      expectClearRefusal(
        await call(t, `/api/sites/${paris.id}/availability?date=${date}`, {
          cookie: cookies.agent,
        }),
        400,
        'date',
      );
      expectClearRefusal(
        await book(t, cookies.agent, {
          siteId: paris.id,
          deskId: paris.deskId(0),
          date,
          slot: 'day',
        }),
        400,
        'date',
      );
    }
    expectClearRefusal(
      await call(t, '/api/booking-series', {
        cookie: cookies.agent,
        body: {
          siteId: paris.id,
          deskId: paris.deskId(0),
          slot: 'day',
          weekdays: [1],
          from: '9999-06-01',
          until: '9999-12-31',
        },
      }),
      400,
    );
    expectClearRefusal(
      await call(t, `/api/sites/${paris.id}/availability/summary?from=0000-01-01&to=0000-01-31`, {
        cookie: cookies.agent,
      }),
      400,
    );
    expect((await putRules({})).status).toBe(200);
  });
});

/** The next last Sunday of March (the spring DST change in Europe) after `now`'s day. */
function nextSpringForward(now: Date): string {
  const today = siteToday('Europe/Paris', now);
  for (let year = Number(today.slice(0, 4)); ; year += 1) {
    const lastOfMarch = new Date(Date.UTC(year, 2, 31));
    const sunday = new Date(lastOfMarch.getTime() - lastOfMarch.getUTCDay() * millisecondsPerDay);
    const date = sunday.toISOString().slice(0, 10);
    if (date > today) return date;
  }
}

describe('times that do not exist on the site clock', () => {
  test('an hourly booking inside the hour skipped in spring is explained (422)', async () => {
    const day = nextSpringForward(t.clock.now());
    const rules = { allowedSlotTypes: ['half_day', 'full_day', 'hourly'], maxDaysAhead: 365 };
    expect((await putRules(rules as Partial<SiteRules>)).status).toBe(200);
    const opened = await call(t, `/api/sites/${paris.id}/opening-hours/exceptions/${day}`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { isClosed: false, opensAt: '01:00', closesAt: '06:00', reason: 'Nuit test' },
    });
    expect(opened.status).toBe(200);

    const hourly = (startTime: string, endTime: string, deskIndex: number) =>
      call(t, '/api/bookings', {
        cookie: cookies.agent2,
        body: {
          siteId: paris.id,
          deskId: paris.deskId(deskIndex),
          date: day,
          slot: 'hour',
          startTime,
          endTime,
        },
      });
    for (const [start, end] of [
      ['02:00', '03:00'],
      ['01:00', '02:00'],
    ] as const) {
      const refused = await hourly(start, end, 5);
      expectClearRefusal(refused, 422);
      expect(errorOf(refused.body).message).toMatch(/02:00 n'existe pas .*heure d'été/);
    }
    // Around the gap, the hours that exist are booked: 01:00–04:00 lasts two real hours.
    const across = await hourly('01:00', '04:00', 6);
    expect(across.status).toBe(201);
    const booking = across.body as { startsAt: string; endsAt: string };
    expect(new Date(booking.endsAt).getTime() - new Date(booking.startsAt).getTime()).toBe(
      2 * 3_600_000,
    );
    expect((await putRules({})).status).toBe(200);
  });

  test('a half-day booking on an ordinary day still works', async () => {
    const monday = nextWeekday(t.clock, paris.timezone, 1);
    const created = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(3),
      date: monday,
      slot: 'morning',
    });
    expect(created.status).toBe(201);
  });
});
