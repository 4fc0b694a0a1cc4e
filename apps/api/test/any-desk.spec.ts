import type { Booking, ErrorResponse } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  addDays,
  availability,
  book,
  nextWeekdayWithOpenDates,
  startDemoApp,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import { call, openSessionForNewAgent, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let monday: string;

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
  monday = nextWeekdayWithOpenDates(t.clock, paris.timezone, 1, [0, 1, 2, 3]);
});
afterAll(async () => {
  await t?.close();
});

const bookAny = (cookie: string, body: { siteId: string; date: string; slot: string }) =>
  call<Booking & ErrorResponse>(t, '/api/bookings/any-desk', { cookie, body });

async function deskOf(siteId: string, deskId: string) {
  const [desk] = await t.dataSource.query(`SELECT zone, attributes FROM desks WHERE id = $1`, [
    deskId,
  ]);
  return desk as { zone: string; attributes: string[] };
}

describe('« Un poste libre »', () => {
  test('books a free desk of the usual zone, with the usual equipment first', async () => {
    const cookie = await openSessionForNewAgent(t, 'Habitué');
    // Habits: two bookings at the last desk of Paris (its zone and equipment).
    const usualDeskId = paris.deskId(paris.deskIds.length - 1);
    const usual = await deskOf(paris.id, usualDeskId);
    for (const date of [addDays(monday, 1), addDays(monday, 2)]) {
      const made = await book(t, cookie, {
        siteId: paris.id,
        deskId: usualDeskId,
        date,
        slot: 'day',
      });
      expect(made.status).toBe(201);
    }
    const picked = await bookAny(cookie, { siteId: paris.id, date: monday, slot: 'morning' });
    expect(picked.status).toBe(201);
    expect(picked.body).toMatchObject({ status: 'confirmed', slot: 'morning', date: monday });
    const pickedDesk = await deskOf(paris.id, picked.body.desk.id);
    expect(pickedDesk.zone).toBe(usual.zone);
    for (const attribute of usual.attributes) expect(pickedDesk.attributes).toContain(attribute);

    // A second « any desk » on the same slot: the person already has one.
    const again = await bookAny(cookie, { siteId: paris.id, date: monday, slot: 'day' });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain(picked.body.desk.label);
  });

  test('the site rules apply as for a chosen desk: closed days and the booking window', async () => {
    const sunday = addDays(monday, 6);
    const closed = await bookAny(cookies.agent2, { siteId: paris.id, date: sunday, slot: 'day' });
    expect(closed.status).toBe(422);
    const far = addDays(monday, 7 * 20);
    const tooFar = await bookAny(cookies.agent2, { siteId: paris.id, date: far, slot: 'day' });
    expect(tooFar.status).toBe(422);
    const chosen = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskId(0),
      date: far,
      slot: 'day',
    });
    expect(tooFar.body.message).toBe((chosen.body as unknown as ErrorResponse).message);
    const bad = await call(t, '/api/bookings/any-desk', {
      cookie: cookies.agent2,
      body: { siteId: paris.id, date: monday, slot: 'hour' },
    });
    expect(bad.status).toBe(400);
  });

  test('a storm of requests for fewer desks: each desk booked once, the others told in a 409', async () => {
    const date = addDays(monday, 3);
    const before = await availability(t, cookies.agent, lyon.id, date);
    const freeCount = before.body.desks.filter((desk) => desk.states.afternoon === 'free').length;
    expect(freeCount).toBeGreaterThan(3);
    const people = await Promise.all(
      Array.from({ length: freeCount + 6 }, (_, index) =>
        openSessionForNewAgent(t, `Tempête ${index}`),
      ),
    );
    const answers = await Promise.all(
      people.map((cookie) => bookAny(cookie, { siteId: lyon.id, date, slot: 'afternoon' })),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(freeCount);
    expect(statuses.filter((status) => status === 409)).toHaveLength(6);
    const bookedDesks = answers
      .filter((answer) => answer.status === 201)
      .map((answer) => answer.body.desk.id);
    expect(new Set(bookedDesks).size).toBe(freeCount);
    const refusal = answers.find((answer) => answer.status === 409);
    expect(refusal?.body.message).toMatch(/Plus aucun poste n’est libre/);
    const after = await availability(t, cookies.agent, lyon.id, date);
    expect(after.body.desks.filter((desk) => desk.states.afternoon === 'free')).toHaveLength(0);
  });
});
