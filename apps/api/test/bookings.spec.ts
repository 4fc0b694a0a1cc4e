import type { AvailabilitySummary, Booking, ErrorResponse } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteToday } from '../src/common/site-time';
import {
  addDays,
  availability,
  book,
  nextWeekday,
  nextWeekdayWithOpenDates,
  type DemoSite,
  startDemoApp,
  type DemoSessions,
  itemAt,
  listAllMyBookings,
} from './fixtures';
import { call, openSessionFor, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let monday: string;

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
  // A Monday whose Tuesday is open too: the tests below use both.
  monday = nextWeekdayWithOpenDates(t.clock, paris.timezone, 1, [0, 1]);
});
afterAll(async () => {
  await t?.close();
});

describe('booking a desk', () => {
  test('books a half day, lists it as mine, shows it on the availability, cancels it', async () => {
    const created = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(0),
      date: monday,
      slot: 'morning',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'confirmed',
      slot: 'morning',
      date: monday,
      desk: { label: paris.deskLabel(0) },
    });

    const mine = await listAllMyBookings(t, cookies.agent);
    expect(mine.map((booking) => booking.id)).toContain(created.body.id);

    const seenByAgent = await availability(t, cookies.agent, paris.id, monday);
    const seenByOther = await availability(t, cookies.agent2, paris.id, monday);
    const desk = (body: typeof seenByAgent.body) =>
      body.desks.find((candidate) => candidate.id === paris.deskId(0))!;
    expect(desk(seenByAgent.body).states).toEqual({
      morning: 'mine',
      afternoon: 'free',
      day: 'mine',
    });
    expect(desk(seenByOther.body).states).toEqual({
      morning: 'taken',
      afternoon: 'free',
      day: 'taken',
    });

    const cancelled = await call<Booking>(t, `/api/bookings/${created.body.id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const again = await call<Booking>(t, `/api/bookings/${created.body.id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent,
    });
    expect(again.status).toBe(200);
    const after = await availability(t, cookies.agent2, paris.id, monday);
    expect(desk(after.body).states.morning).toBe('free');
  });

  test("someone else's booking cannot be cancelled nor its QR read: it does not exist for them", async () => {
    const created = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(1),
      date: monday,
      slot: 'afternoon',
    });
    expect(created.status).toBe(201);
    const cancel = await call(t, `/api/bookings/${created.body.id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent2,
    });
    expect(cancel.status).toBe(404);
    const pass = await call(t, `/api/bookings/${created.body.id}/pass`, { cookie: cookies.agent2 });
    expect(pass.status).toBe(404);
  });
});

describe('calendar summary', () => {
  test('counts free desks per day and slot over a week, with my booking and the closed days', async () => {
    const from = nextWeekday(t.clock, paris.timezone, 1);
    const to = addDays(from, 6);
    const before = await call<AvailabilitySummary>(
      t,
      `/api/sites/${lyon.id}/availability/summary?from=${from}&to=${to}`,
      { cookie: cookies.agent },
    );
    expect(before.status).toBe(200);
    expect(before.body.days).toHaveLength(7);
    expect(before.body.deskCount).toBe(lyon.deskIds.length);
    const mondayMorning = () => before.body.days[0]?.slots.find((slot) => slot.slot === 'morning');
    expect(mondayMorning()).toMatchObject({
      freeDeskCount: 12,
      myBookingId: null,
      localStart: '09:00',
    });

    const booked = await book(t, cookies.agent, {
      siteId: lyon.id,
      deskId: lyon.deskId(3),
      date: from,
      slot: 'morning',
    });
    expect(booked.status).toBe(201);
    const after = await call<AvailabilitySummary>(
      t,
      `/api/sites/${lyon.id}/availability/summary?from=${from}&to=${to}`,
      { cookie: cookies.agent },
    );
    const slotsOfMonday = Object.fromEntries(
      (after.body.days[0]?.slots ?? []).map((slot) => [slot.slot, slot]),
    );
    expect(slotsOfMonday.morning).toMatchObject({ freeDeskCount: 11, myBookingId: booked.body.id });
    expect(slotsOfMonday.afternoon).toMatchObject({ freeDeskCount: 12, myBookingId: null });
    expect(slotsOfMonday.day).toMatchObject({ freeDeskCount: 11, myBookingId: booked.body.id });
    const sunday = after.body.days[6];
    expect(sunday).toMatchObject({ isOpen: false, slots: [] });
    expect(sunday?.closedReason).toContain('fermé');

    const seenByOther = await call<AvailabilitySummary>(
      t,
      `/api/sites/${lyon.id}/availability/summary?from=${from}&to=${from}`,
      { cookie: cookies.agent2 },
    );
    expect(seenByOther.body.days[0]?.slots[0]).toMatchObject({
      freeDeskCount: 11,
      myBookingId: null,
    });
  });

  test('refuses a reversed or too long range with the reason', async () => {
    const from = nextWeekday(t.clock, paris.timezone, 1);
    const reversed = await call<ErrorResponse>(
      t,
      `/api/sites/${paris.id}/availability/summary?from=${from}&to=${addDays(from, -1)}`,
      { cookie: cookies.agent },
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body.message).toMatch(/date de fin/);
    const tooLong = await call<ErrorResponse>(
      t,
      `/api/sites/${paris.id}/availability/summary?from=${from}&to=${addDays(from, 70)}`,
      { cookie: cookies.agent },
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toMatch(/62 jours/);
  });
});

describe('refusals, each with a reason', () => {
  const expectRefusal = async (
    promise: Promise<{ status: number; body: unknown }>,
    status: number,
    fragment: string | RegExp,
  ) => {
    const response = await promise;
    expect(response.status).toBe(status);
    expect((response.body as ErrorResponse).message).toMatch(fragment);
  };

  test('in the past', async () => {
    await expectRefusal(
      book(t, cookies.agent, {
        siteId: paris.id,
        deskId: paris.deskId(2),
        date: addDays(siteToday(paris.timezone, t.clock.now()), -7),
        slot: 'day',
      }),
      422,
      /déjà passé|fermé/,
    );
    // The latest Monday strictly before today (site calendar).
    const today = siteToday(paris.timezone, t.clock.now());
    const daysSinceMonday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7 || 7;
    const lastMonday = addDays(today, -daysSinceMonday);
    await expectRefusal(
      book(t, cookies.agent, {
        siteId: paris.id,
        deskId: paris.deskId(2),
        date: lastMonday,
        slot: 'day',
      }),
      422,
      'déjà passé',
    );
  });

  test('site closed that day (weekend, and a dated closure)', async () => {
    const sunday = nextWeekday(t.clock, paris.timezone, 7);
    await expectRefusal(
      book(t, cookies.agent, {
        siteId: paris.id,
        deskId: paris.deskId(2),
        date: sunday,
        slot: 'day',
      }),
      422,
      'fermé',
    );
    const tuesday = nextWeekday(t.clock, paris.timezone, 2);
    const closure = await call(t, `/api/sites/${paris.id}/opening-hours/exceptions/${tuesday}`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { isClosed: true, reason: 'Travaux' },
    });
    expect(closure.status).toBe(200);
    await expectRefusal(
      book(t, cookies.agent, {
        siteId: paris.id,
        deskId: paris.deskId(2),
        date: tuesday,
        slot: 'morning',
      }),
      422,
      /fermé.*Travaux/,
    );
    const seen = await availability(t, cookies.agent, paris.id, tuesday);
    expect(seen.body).toMatchObject({ isOpen: false });
  });

  test('outside opening hours', async () => {
    const wednesday = nextWeekday(t.clock, paris.timezone, 3);
    const shortDay = await call(t, `/api/sites/${paris.id}/opening-hours/exceptions/${wednesday}`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { isClosed: false, opensAt: '09:00', closesAt: '12:00', reason: 'Matinée seulement' },
    });
    expect(shortDay.status).toBe(200);
    await expectRefusal(
      book(t, cookies.agent, {
        siteId: paris.id,
        deskId: paris.deskId(2),
        date: wednesday,
        slot: 'afternoon',
      }),
      422,
      /en dehors des horaires.*09:00 à 12:00/,
    );
    const fullMorning = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(2),
      date: wednesday,
      slot: 'day',
    });
    expect(fullMorning.status).toBe(201);
    expect(
      new Date(fullMorning.body.endsAt).getTime() - new Date(fullMorning.body.startsAt).getTime(),
    ).toBe(3 * 3_600_000);
  });

  test('desk inactive', async () => {
    const deskId = paris.deskId(3);
    const deactivate = await call(t, `/api/sites/${paris.id}/desks/${deskId}`, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { isActive: false },
    });
    expect(deactivate.status).toBe(200);
    await expectRefusal(
      book(t, cookies.agent, { siteId: paris.id, deskId, date: monday, slot: 'day' }),
      422,
      "n'est pas ouvert à la réservation",
    );
    const seen = await availability(t, cookies.agent, paris.id, monday);
    expect(seen.body.desks.map((desk) => desk.id)).not.toContain(deskId);
  });

  test('desk of another site', async () => {
    await expectRefusal(
      book(t, cookies.agent, {
        siteId: paris.id,
        deskId: lyon.deskId(0),
        date: monday,
        slot: 'day',
      }),
      422,
      "n'appartient pas au site AdmZ Paris",
    );
  });

  test('desk taken, by overlap of a half day with a full day', async () => {
    const deskId = paris.deskId(4);
    const tuesday = addDays(monday, 1);
    await call(t, `/api/sites/${paris.id}/opening-hours/exceptions/${tuesday}`, {
      method: 'DELETE',
      cookie: cookies.hote,
    });
    expect(
      (await book(t, cookies.agent, { siteId: paris.id, deskId, date: tuesday, slot: 'afternoon' }))
        .status,
    ).toBe(201);
    await expectRefusal(
      book(t, cookies.agent2, { siteId: paris.id, deskId, date: tuesday, slot: 'day' }),
      409,
      'déjà réservé',
    );
    await expectRefusal(
      book(t, cookies.agent2, { siteId: paris.id, deskId, date: tuesday, slot: 'afternoon' }),
      409,
      'déjà réservé',
    );
    expect(
      (await book(t, cookies.agent2, { siteId: paris.id, deskId, date: tuesday, slot: 'morning' }))
        .status,
    ).toBe(201);
  });

  test('the person already has a desk then, even at another site', async () => {
    const thursday = nextWeekday(t.clock, paris.timezone, 4);
    expect(
      (
        await book(t, cookies.agent2, {
          siteId: lyon.id,
          deskId: lyon.deskId(0),
          date: thursday,
          slot: 'morning',
        })
      ).status,
    ).toBe(201);
    await expectRefusal(
      book(t, cookies.agent2, {
        siteId: paris.id,
        deskId: paris.deskId(5),
        date: thursday,
        slot: 'day',
      }),
      409,
      /déjà un poste.*AdmZ Lyon/,
    );
  });

  test('unknown desk and unknown site', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expectRefusal(
      book(t, cookies.agent, { siteId: paris.id, deskId: unknown, date: monday, slot: 'day' }),
      404,
      "n'existe pas",
    );
    await expectRefusal(
      book(t, cookies.agent, {
        siteId: unknown,
        deskId: paris.deskId(6),
        date: monday,
        slot: 'day',
      }),
      404,
      "n'existe pas",
    );
    await expectRefusal(availability(t, cookies.agent, unknown, monday), 404, "n'existe pas");
  });

  test('bad input: 400 naming the field, never a 500', async () => {
    const cases: [unknown, string][] = [
      [{ siteId: paris.id, deskId: paris.deskId(6), date: '2026-02-30', slot: 'day' }, 'date'],
      [{ siteId: paris.id, deskId: paris.deskId(6), date: monday, slot: 'evening' }, 'slot'],
      [{ siteId: paris.id, date: monday, slot: 'day' }, 'deskId'],
      [{ siteId: 'paris', deskId: paris.deskId(6), date: monday, slot: 'day' }, 'siteId'],
    ];
    for (const [body, field] of cases) {
      const response = await call<ErrorResponse>(t, '/api/bookings', {
        cookie: cookies.agent,
        body,
      });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.issues?.map((issue) => issue.path)).toContain(field);
      expect(response.body.message).toContain(field);
    }
    const malformed = await call<ErrorResponse>(t, '/api/bookings', {
      cookie: cookies.agent,
      body: '{"siteId": ',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toMatch(/JSON/);
    const badDate = await call<ErrorResponse>(
      t,
      `/api/sites/${paris.id}/availability?date=demain`,
      { cookie: cookies.agent },
    );
    expect(badDate.status).toBe(400);
    expect(badDate.body.issues?.[0]?.path).toBe('date');
    const badId = await call<ErrorResponse>(t, '/api/bookings/not-a-uuid/cancel', {
      method: 'POST',
      cookie: cookies.agent,
    });
    expect(badId.status).toBe(400);
    const unknownRoute = await call<ErrorResponse>(t, '/api/nothing-here', {
      cookie: cookies.agent,
    });
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.body.message).toBe("Cette ressource n'existe pas.");
  });
});

describe('concurrency', () => {
  test('200 simultaneous requests for 20 desks of one slot: exactly 20 bookings, the rest 409, no 5xx', async () => {
    const friday = nextWeekday(t.clock, paris.timezone, 5);
    const desks = paris.deskIds.slice(10, 30);
    const people = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        openSessionFor(t, {
          sub: `race-${index}`,
          given_name: 'Agent',
          usual_name: `N${index}`,
          email: `race${index}@example.gouv.fr`,
          roles: ['agent_public'],
        }),
      ),
    );
    const responses = await Promise.all(
      people.map((cookie, index) =>
        book(t, cookie, {
          siteId: paris.id,
          deskId: itemAt(desks, index % desks.length, 'desk'),
          date: friday,
          slot: 'morning',
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(20);
    expect(statuses.filter((status) => status === 409)).toHaveLength(180);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM bookings WHERE local_date = $1 AND status <> 'cancelled' AND desk_id = ANY($2)`,
      [friday, desks],
    );
    expect(count).toBe(20);
  });

  test('the database itself refuses an overlap that skips the API checks (exclusion constraints)', async () => {
    const friday = nextWeekday(t.clock, paris.timezone, 5);
    const [existing] = await t.dataSource.query(
      `SELECT desk_id, site_id, user_id, starts_at, ends_at FROM bookings WHERE local_date = $1 AND status = 'confirmed' LIMIT 1`,
      [friday],
    );
    const [{ id: otherUser }] = await t.dataSource.query(
      `SELECT id FROM users WHERE id <> $1 LIMIT 1`,
      [existing.user_id],
    );
    const insert = (deskId: string, userId: string) =>
      t.dataSource.query(
        `INSERT INTO bookings (site_id, desk_id, user_id, slot, local_date, starts_at, ends_at, short_code)
         VALUES ($1, $2, $3, 'day', $4, $5::timestamptz - interval '1 hour', $6, substr(md5(random()::text), 1, 8))`,
        [existing.site_id, deskId, userId, friday, existing.starts_at, existing.ends_at],
      );
    await expect(insert(existing.desk_id, otherUser)).rejects.toMatchObject({
      driverError: { code: '23P01', constraint: 'bookings_no_desk_overlap' },
    });
    await expect(insert(paris.deskId(0), existing.user_id)).rejects.toMatchObject({
      driverError: { code: '23P01', constraint: 'bookings_no_person_overlap' },
    });
  });

  test('one person racing for ten desks at once gets exactly one', async () => {
    const friday = nextWeekday(t.clock, paris.timezone, 5);
    const desks = paris.deskIds.slice(30, 40);
    const responses = await Promise.all(
      desks.map((deskId) =>
        book(t, cookies.admin, { siteId: paris.id, deskId, date: friday, slot: 'afternoon' }),
      ),
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 409)).toHaveLength(9);
  });
});
