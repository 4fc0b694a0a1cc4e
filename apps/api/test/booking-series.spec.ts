import type {
  Booking,
  BookingSeriesResult,
  CancelledBookingSeries,
  ErrorResponse,
} from '@admz/shared';
import { defaultSiteRules } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { siteToday } from '../src/common/site-time';
import { jobQueues } from '../src/jobs/job-queues';
import { JobsService } from '../src/jobs/jobs.service';
import { BookingRemindersService } from '../src/jobs/booking-reminders.service';
import { NotificationsService } from '../src/notifications/notifications.service';
import {
  addDays,
  availability,
  book,
  mondayOfOpenWeek,
  nextWeekday,
  nextWeekdayWithOpenDates,
  type DemoSite,
  startDemoApp,
  type DemoSessions,
  listAllMyBookings,
} from './fixtures';
import { call, demoClaims, openSessionFor, openSessionForNewAgent, type TestApp } from './test-app';
import { millisecondsPerDay } from '@admz/shared';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;

beforeAll(async () => {
  // Reminders from midnight on, so the test does not depend on the hour it runs at.
  ({ t, paris, lyon, cookies } = await startDemoApp({
    JOBS_POLLING_SECONDS: '0.5',
    REMINDER_HOUR: '0',
  }));
});
afterAll(async () => {
  await t?.close();
});

const createSeries = (cookie: string, body: unknown) =>
  call<BookingSeriesResult & ErrorResponse>(t, '/api/booking-series', { cookie, body });

async function poll<T>(read: () => Promise<T>, isDone: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('recurring bookings', () => {
  test('every Tuesday and Thursday: books the free dates, refuses a taken and a closed one with their reasons', async () => {
    // Every date below is an open day (no public holiday).
    const firstTuesday = nextWeekdayWithOpenDates(t.clock, paris.timezone, 2, [0, 2, 7, 9, 14]);
    const until = addDays(firstTuesday, 14);
    const [tue1, thu1, tue2, thu2, tue3] = [0, 2, 7, 9, 14].map((days) =>
      addDays(firstTuesday, days),
    ) as [string, string, string, string, string];
    const deskId = paris.deskId(3);
    const deskLabel = paris.deskLabel(3);
    // Someone else holds the desk on the second Thursday; the site closes on the first Thursday.
    const taken = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId,
      date: thu2,
      slot: 'day',
    });
    expect(taken.status).toBe(201);
    const closed = await call(t, `/api/sites/${paris.id}/opening-hours/exceptions/${thu1}`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { isClosed: true, reason: 'Séminaire' },
    });
    expect(closed.status).toBe(200);

    const response = await createSeries(cookies.agent, {
      siteId: paris.id,
      deskId,
      slot: 'morning',
      weekdays: [2, 4],
      from: firstTuesday,
      until,
    });
    expect(response.status).toBe(201);
    expect(response.body.booked.map((entry) => entry.date)).toEqual([tue1, tue2, tue3]);
    for (const entry of response.body.booked) {
      expect(entry.booking).toMatchObject({
        date: entry.date,
        slot: 'morning',
        status: 'confirmed',
        desk: { label: deskLabel },
        seriesId: response.body.seriesId,
      });
    }
    expect(response.body.refused).toEqual([
      { date: thu1, reason: expect.stringMatching(/exceptionnellement fermé.*Séminaire/) },
      { date: thu2, reason: `Le poste ${deskLabel} est déjà réservé sur ce créneau.` },
    ]);

    const mine = await listAllMyBookings(t, cookies.agent);
    const inSeries = mine.filter((booking) => booking.seriesId === response.body.seriesId);
    expect(inSeries.map((booking) => booking.date)).toEqual([tue1, tue2, tue3]);
    // Each booking carried its series from its own insert: none is left outside it.
    const [orphans] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM bookings
       WHERE user_id = (SELECT user_id FROM booking_series WHERE id = $1)
         AND desk_id = $2 AND series_id IS NULL`,
      [response.body.seriesId, deskId],
    );
    expect(orphans?.count).toBe(0);
    const single = mine.find((booking) => booking.seriesId === null);
    expect(single === undefined || single.seriesId === null).toBe(true);
  });

  test('a series is all or nothing: a failure midway leaves neither the series nor any booking of it', async () => {
    const person = await openSessionForNewAgent(t, 'Série interrompue');
    const monday = nextWeekday(t.clock, paris.timezone, 1);
    const lastDate = addDays(monday, 7);
    // A fault the API cannot explain (the disk is full), on the insert of the last date only.
    await t.dataSource.query(
      `CREATE FUNCTION fail_series_insert() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.local_date = '${lastDate}' AND NEW.desk_id = '${paris.deskId(12)}' THEN
           RAISE EXCEPTION 'could not extend file' USING ERRCODE = '53100';
         END IF;
         RETURN NEW;
       END $$`,
    );
    await t.dataSource.query(
      `CREATE TRIGGER fail_series_insert BEFORE INSERT ON bookings
       FOR EACH ROW EXECUTE FUNCTION fail_series_insert()`,
    );
    try {
      const response = await createSeries(person, {
        siteId: paris.id,
        deskId: paris.deskId(12),
        slot: 'day',
        weekdays: [1],
        from: monday,
        until: lastDate,
      });
      expect(response.status).toBeGreaterThanOrEqual(500);
    } finally {
      await t.dataSource.query(`DROP TRIGGER fail_series_insert ON bookings`);
      await t.dataSource.query(`DROP FUNCTION fail_series_insert()`);
    }
    const [left] = await t.dataSource.query<{ series: number; bookings: number }[]>(
      `SELECT (SELECT count(*)::int FROM booking_series WHERE desk_id = $1) AS series,
              (SELECT count(*)::int FROM bookings WHERE desk_id = $1 AND local_date BETWEEN $2 AND $3) AS bookings`,
      [paris.deskId(12), monday, lastDate],
    );
    expect(left).toEqual({ series: 0, bookings: 0 });
  });

  test('a date the person already holds elsewhere is refused with the usual sentence', async () => {
    // A Wednesday followed by another open one.
    const wednesday = nextWeekdayWithOpenDates(t.clock, paris.timezone, 3, [0, 7]);
    const held = await book(t, cookies.admin, {
      siteId: paris.id,
      deskId: paris.deskId(10),
      date: wednesday,
      slot: 'afternoon',
    });
    expect(held.status).toBe(201);
    const response = await createSeries(cookies.admin, {
      siteId: paris.id,
      deskId: paris.deskId(11),
      slot: 'day',
      weekdays: [3],
      from: wednesday,
      until: addDays(wednesday, 7),
    });
    expect(response.status).toBe(201);
    expect(response.body.booked.map((entry) => entry.date)).toEqual([addDays(wednesday, 7)]);
    expect(response.body.refused).toEqual([
      {
        date: wednesday,
        reason: `Vous avez déjà un poste sur ce créneau : ${paris.deskLabel(10)} (AdmZ Paris).`,
      },
    ]);
  });

  test('cancels one occurrence, then the whole series; only the holder can', async () => {
    // Two weeks without a public holiday may lie beyond 30 days (around Christmas).
    const opened = await call(t, `/api/sites/${paris.id}/rules`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { ...defaultSiteRules, maxDaysAhead: 90 },
    });
    expect(opened.status).toBe(200);
    const monday = mondayOfOpenWeek(t.clock, paris.timezone, 0, 2);
    const created = await createSeries(cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskId(5),
      slot: 'afternoon',
      weekdays: [1, 5],
      from: monday,
      until: addDays(monday, 11),
    });
    expect(created.status).toBe(201);
    expect(created.body.booked).toHaveLength(4);
    const [first, ...rest] = created.body.booked.map((entry) => entry.booking);
    if (!first) throw new Error('the series booked nothing');

    const one = await call<Booking>(t, `/api/bookings/${first.id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent2,
    });
    expect(one.body.status).toBe('cancelled');
    let mine = await listAllMyBookings(t, cookies.agent2);
    const statusOf = (id: string) => mine.find((booking) => booking.id === id)?.status;
    expect(rest.map((booking) => statusOf(booking.id))).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
    ]);

    const byOther = await call<ErrorResponse>(
      t,
      `/api/booking-series/${created.body.seriesId}/cancel`,
      { method: 'POST', cookie: cookies.agent },
    );
    expect(byOther.status).toBe(404);
    expect(byOther.body.message).toBe("Cette série de réservations n'existe pas.");

    const all = await call<CancelledBookingSeries>(
      t,
      `/api/booking-series/${created.body.seriesId}/cancel`,
      { method: 'POST', cookie: cookies.agent2 },
    );
    expect(all.status).toBe(200);
    expect(all.body.cancelled.map((booking) => booking.id)).toEqual(rest.map((b) => b.id));
    mine = await listAllMyBookings(t, cookies.agent2);
    expect([first, ...rest].map((booking) => statusOf(booking.id))).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    const again = await call<CancelledBookingSeries>(
      t,
      `/api/booking-series/${created.body.seriesId}/cancel`,
      { method: 'POST', cookie: cookies.agent2 },
    );
    expect(again.body.cancelled).toEqual([]);
  });

  test('dates beyond the booking window are refused by name; a whole-series cancel keeps only what the deadline holds', async () => {
    const today = siteToday(lyon.timezone, t.clock.now());
    // A person of their own: the occurrences kept by the deadline must not meet other tests.
    const holder = await openSessionFor(t, {
      ...demoClaims('agent'),
      sub: 'series-deadline-agent',
      email: 'echeance@example.gouv.fr',
    });
    const setLyonRules = (rules: object) =>
      call(t, `/api/sites/${lyon.id}/rules`, {
        method: 'PUT',
        cookie: cookies.admin,
        body: {
          maxDaysAhead: 30,
          maxBookingsPerWeek: null,
          allowedSlotTypes: ['half_day', 'full_day'],
          cancellationDeadlineMinutes: 0,
          ...rules,
        },
      });
    const created = await createSeries(holder, {
      siteId: lyon.id,
      deskId: lyon.deskId(2),
      slot: 'morning',
      weekdays: [1, 2, 3, 4, 5],
      from: addDays(today, 1),
      until: addDays(today, 40),
    });
    expect(created.status).toBe(201);
    // Beyond the window each date is refused by the rule, or first by a public holiday.
    const beyond = created.body.refused.filter((entry) => entry.date > addDays(today, 30));
    expect(beyond.some((entry) => /plus de 30 jours.*règle du site/.test(entry.reason))).toBe(true);
    for (const entry of beyond) {
      expect(entry.reason).toMatch(/plus de 30 jours.*règle du site|\(Jour férié : /);
    }
    const booked = created.body.booked.map((entry) => entry.booking);
    expect(booked.length).toBeGreaterThan(10);

    // Now cancelling needs 6 days' notice: the occurrences of the coming week stay booked.
    const strict = await setLyonRules({ cancellationDeadlineMinutes: 6 * 1440 });
    expect(strict.status, JSON.stringify(strict.body)).toBe(200);
    try {
      const result = await call<CancelledBookingSeries>(
        t,
        `/api/booking-series/${created.body.seriesId}/cancel`,
        { method: 'POST', cookie: holder },
      );
      expect(result.status).toBe(200);
      const limit = t.clock.now().getTime() + 6 * millisecondsPerDay;
      const tooSoon = booked.filter((booking) => Date.parse(booking.startsAt) < limit);
      expect(result.body.kept.map((entry) => entry.booking.id).sort()).toEqual(
        tooSoon.map((booking) => booking.id).sort(),
      );
      for (const entry of result.body.kept) expect(entry.reason).toMatch(/Annulation impossible/);
      expect(result.body.cancelled).toHaveLength(booked.length - tooSoon.length);
    } finally {
      expect((await setLyonRules({})).status).toBe(200);
    }
  });

  test('refuses a malformed series with a sentence per field', async () => {
    const monday = nextWeekday(t.clock, paris.timezone, 1);
    const base = {
      siteId: paris.id,
      deskId: paris.deskId(0),
      slot: 'day',
      weekdays: [1],
      from: monday,
    };
    const backwards = await createSeries(cookies.agent, { ...base, until: addDays(monday, -1) });
    expect(backwards.status).toBe(400);
    expect(backwards.body.issues).toContainEqual({
      path: 'until',
      message: 'La date de fin doit être postérieure ou égale à la date de début.',
    });
    const noDay = await createSeries(cookies.agent, { ...base, weekdays: [], until: monday });
    expect(noDay.status).toBe(400);
    expect(noDay.body.issues?.[0]?.message).toBe('Choisissez au moins un jour de la semaine.');
    const tooLong = await createSeries(cookies.agent, { ...base, until: addDays(monday, 200) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.issues?.[0]?.message).toBe(
      'Une série couvre au plus six mois : rapprochez la date de fin.',
    );
    const noMatch = await createSeries(cookies.agent, {
      ...base,
      weekdays: [3],
      until: addDays(monday, 1),
    });
    expect(noMatch.status).toBe(400);
    const unknownDesk = await createSeries(cookies.agent, {
      ...base,
      deskId: '00000000-0000-4000-8000-000000000000',
      until: monday,
    });
    expect(unknownDesk.status).toBe(404);
    expect(unknownDesk.body.message).toBe("Ce poste n'existe pas.");
  });
});

describe('reminder the day before (pg-boss job)', () => {
  test('reminds each of tomorrow’s bookings once, however many runs and processes', async () => {
    const today = siteToday(paris.timezone, t.clock.now());
    const tomorrow = addDays(today, 1);
    const later = addDays(today, 2);
    for (const date of [tomorrow, later]) {
      // Weekends are closed: open the day when needed (an open day keeps its hours and bookings).
      if ((await availability(t, cookies.agent, paris.id, date)).body.isOpen) continue;
      const opened = await call(t, `/api/sites/${paris.id}/opening-hours/exceptions/${date}`, {
        method: 'PUT',
        cookie: cookies.hote,
        body: { isClosed: false, opensAt: '08:00', closesAt: '20:00', reason: 'Test rappel' },
      });
      expect(opened.status).toBe(200);
    }
    // People of their own: earlier tests may have booked the demo people tomorrow.
    const first = await openSessionForNewAgent(t, 'Rappel');
    const second = await openSessionForNewAgent(t, 'Annule');
    const third = await openSessionForNewAgent(t, 'Apres');
    const tomorrowBooking = await book(t, first, {
      siteId: paris.id,
      deskId: paris.deskId(20),
      date: tomorrow,
      slot: 'morning',
    });
    const cancelledTomorrow = await book(t, second, {
      siteId: paris.id,
      deskId: paris.deskId(21),
      date: tomorrow,
      slot: 'morning',
    });
    await call(t, `/api/bookings/${cancelledTomorrow.body.id}/cancel`, {
      method: 'POST',
      cookie: second,
    });
    const laterBooking = await book(t, third, {
      siteId: paris.id,
      deskId: paris.deskId(20),
      date: later,
      slot: 'morning',
    });
    expect([tomorrowBooking.status, laterBooking.status]).toEqual([201, 201]);

    const notifications = t.app.get(NotificationsService);
    const reminded = vi.spyOn(notifications, 'bookingReminder');
    const jobs = t.app.get(JobsService);
    // The hourly cron is registered in PostgreSQL (one schedule, whatever the number of processes).
    const schedules: { name: string; cron: string }[] = await t.dataSource.query(
      `SELECT name, cron FROM pgboss.schedule ORDER BY name`,
    );
    expect(schedules).toContainEqual({ name: jobQueues.bookingReminders, cron: '0 * * * *' });

    await jobs.send(jobQueues.bookingReminders, {});
    await jobs.send(jobQueues.bookingReminders, {});
    const reminders = t.app.get(BookingRemindersService);
    await Promise.all([reminders.sendDayBeforeReminders(), reminders.sendDayBeforeReminders()]);
    await poll(
      async () =>
        (await t.dataSource.query(
          `SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
          [jobQueues.bookingReminders],
        )) as { count: number }[],
      ([row]) => (row?.count ?? 0) >= 2,
    );
    const remindedIds = reminded.mock.calls.map(([id]) => id);
    expect(remindedIds.filter((id) => id === tomorrowBooking.body.id)).toHaveLength(1);
    expect(remindedIds).not.toContain(cancelledTomorrow.body.id);
    expect(remindedIds).not.toContain(laterBooking.body.id);
    reminded.mockRestore();
  });
});
