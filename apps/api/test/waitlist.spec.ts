import type { Booking, ErrorResponse, WaitlistEntry } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test, vi, type MockInstance } from 'vitest';
import { jobQueues, type WaitlistPromoteJob } from '../src/jobs/job-queues';
import { JobsService } from '../src/jobs/jobs.service';
import { NotificationsService } from '../src/notifications/notifications.service';
import { WaitlistService } from '../src/waitlist/waitlist.service';
import {
  book,
  loadDemoSites,
  nextWeekday,
  sessionsFor,
  type DemoSite,
  type DemoSessions,
  listAllMyBookings,
} from './fixtures';
import { call, demoClaims, openSessionFor, startTestApp, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions & { third: string };
let promotedSpy: MockInstance<NotificationsService['waitlistPromoted']>;
/** Paris is made small: two bookable desks. */
let deskA: string;
let deskB: string;

beforeAll(async () => {
  t = await startTestApp({ JOBS_POLLING_SECONDS: '0.5' });
  ({ paris, lyon } = await loadDemoSites(t));
  cookies = {
    ...(await sessionsFor(t)),
    third: await openSessionFor(
      t,
      demoClaims('agent', {
        sub: 'third-agent',
        email: 'claire.petit@interieur.gouv.fr',
        given_name: 'Claire',
        usual_name: 'Petit',
      }),
    ),
  };
  [deskA, deskB] = [paris.deskId(0), paris.deskId(1)];
  for (const deskId of paris.deskIds.slice(2)) {
    const response = await call(t, `/api/sites/${paris.id}/desks/${deskId}`, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { isActive: false },
    });
    expect(response.status).toBe(200);
  }
  promotedSpy = vi.spyOn(t.app.get(NotificationsService), 'waitlistPromoted');
});
afterAll(async () => {
  await t?.close();
});

const join = (cookie: string, body: Record<string, unknown>) =>
  call<WaitlistEntry & ErrorResponse>(t, '/api/waitlist', { cookie, body });
const myEntries = async (cookie: string) =>
  (await call<WaitlistEntry[]>(t, '/api/waitlist/mine', { cookie })).body;

async function poll<T>(read: () => Promise<T>, isDone: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function fillSlot(date: string, slot: string) {
  const first = await book(t, cookies.agent, { siteId: paris.id, deskId: deskA, date, slot });
  const second = await book(t, cookies.admin, { siteId: paris.id, deskId: deskB, date, slot });
  expect([first.status, second.status]).toEqual([201, 201]);
  return { agentBooking: first.body, adminBooking: second.body };
}

describe('desks assigned to a person', () => {
  test('do not count as free for others, and are never given to the waiting list', async () => {
    const thursday = nextWeekday(t.clock, paris.timezone, 4);
    const assign = (email: string | null) =>
      call(t, `/api/sites/${paris.id}/desk-assignments/${deskB}`, {
        method: 'PUT',
        cookie: cookies.hote,
        body: { email },
      });
    expect((await assign(demoClaims('admin').email ?? null)).status).toBe(200);
    try {
      const taken = await book(t, cookies.agent, {
        siteId: paris.id,
        deskId: deskA,
        date: thursday,
        slot: 'afternoon',
      });
      expect(taken.status).toBe(201);
      // Desk B is free but assigned to the administrator: for Claire the slot is full.
      const joined = await join(cookies.third, {
        siteId: paris.id,
        date: thursday,
        slot: 'afternoon',
      });
      expect(joined.status, JSON.stringify(joined.body)).toBe(201);

      const cancelled = await call<Booking>(t, `/api/bookings/${taken.body.id}/cancel`, {
        method: 'POST',
        cookie: cookies.agent,
      });
      expect(cancelled.status).toBe(200);
      const entries = await poll(
        () => myEntries(cookies.third),
        (list) => list.find((entry) => entry.id === joined.body.id)?.status === 'promoted',
      );
      const promoted = entries.find((entry) => entry.id === joined.body.id);
      expect(promoted?.status).toBe('promoted');
      const mine = await listAllMyBookings(t, cookies.third);
      const given = mine.find((booking) => booking.id === promoted?.promotedBookingId);
      expect(given?.desk.id).toBe(deskA);
      await call(t, `/api/bookings/${given!.id}/cancel`, { method: 'POST', cookie: cookies.third });
    } finally {
      expect((await assign(null)).status).toBe(200);
    }
  });
});

describe('joining a waitlist', () => {
  test('is refused while a desk is free, accepted once the slot is full, once per person', async () => {
    const monday = nextWeekday(t.clock, paris.timezone, 1);
    const free = await join(cookies.agent2, { siteId: paris.id, date: monday, slot: 'morning' });
    expect(free.status).toBe(409);
    expect(free.body.message).toBe('Un poste est libre sur ce créneau : réservez-le directement.');

    await fillSlot(monday, 'morning');
    const joined = await join(cookies.agent2, { siteId: paris.id, date: monday, slot: 'morning' });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({
      status: 'waiting',
      date: monday,
      slot: 'morning',
      zone: null,
      position: 1,
      promotedBookingId: null,
      site: { id: paris.id, name: 'AdmZ Paris' },
    });
    const twice = await join(cookies.agent2, { siteId: paris.id, date: monday, slot: 'morning' });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe("Vous êtes déjà sur la liste d'attente de ce créneau.");

    const holder = await join(cookies.agent, { siteId: paris.id, date: monday, slot: 'day' });
    expect(holder.status).toBe(409);
    expect(holder.body.message).toBe(
      `Vous avez déjà un poste sur ce créneau : ${paris.deskLabel(0)} (AdmZ Paris).`,
    );
    const noZone = await join(cookies.third, {
      siteId: paris.id,
      date: monday,
      slot: 'morning',
      zone: 'Sous-sol',
    });
    expect(noZone.status).toBe(422);
    expect(noZone.body.message).toBe("Le site AdmZ Paris n'a pas de zone « Sous-sol ».");
    const second = await join(cookies.third, { siteId: paris.id, date: monday, slot: 'morning' });
    expect(second.body.position).toBe(2);

    const sunday = nextWeekday(t.clock, paris.timezone, 7);
    const closed = await join(cookies.third, { siteId: paris.id, date: sunday, slot: 'morning' });
    expect(closed.status).toBe(422);
    const malformed = await join(cookies.third, { siteId: paris.id, date: 'demain', slot: 'x' });
    expect(malformed.status).toBe(400);

    // Leaving: only one's own entry; leaving twice is harmless.
    const byOther = await call<ErrorResponse>(t, `/api/waitlist/${second.body.id}`, {
      method: 'DELETE',
      cookie: cookies.agent2,
    });
    expect(byOther.status).toBe(404);
    const left = await call<WaitlistEntry>(t, `/api/waitlist/${second.body.id}`, {
      method: 'DELETE',
      cookie: cookies.third,
    });
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({ status: 'cancelled', position: null });
    const again = await call<WaitlistEntry>(t, `/api/waitlist/${second.body.id}`, {
      method: 'DELETE',
      cookie: cookies.third,
    });
    expect(again.body.status).toBe('cancelled');
  });
});

describe('promotion by the pg-boss worker', () => {
  test('a cancellation gives the desk to the first person waiting, who is told', async () => {
    const tuesday = nextWeekday(t.clock, paris.timezone, 2);
    const { agentBooking } = await fillSlot(tuesday, 'afternoon');
    const first = await join(cookies.agent2, {
      siteId: paris.id,
      date: tuesday,
      slot: 'afternoon',
    });
    const second = await join(cookies.third, { siteId: paris.id, date: tuesday, slot: 'day' });
    expect([first.status, second.status]).toEqual([201, 201]);

    const cancelled = await call<Booking>(t, `/api/bookings/${agentBooking.id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent,
    });
    expect(cancelled.body.status).toBe('cancelled');

    const entries = await poll(
      () => myEntries(cookies.agent2),
      (list) => list.find((entry) => entry.id === first.body.id)?.status === 'promoted',
    );
    const promoted = entries.find((entry) => entry.id === first.body.id)!;
    expect(promoted.status).toBe('promoted');
    expect(promoted.position).toBeNull();
    const mine = await listAllMyBookings(t, cookies.agent2);
    const given = mine.find((booking) => booking.id === promoted.promotedBookingId);
    expect(given).toMatchObject({
      status: 'confirmed',
      date: tuesday,
      slot: 'afternoon',
      desk: { id: deskA },
    });
    expect(promotedSpy).toHaveBeenCalledWith(given!.id);
    // The second person (whole day) still waits, now first in line for their slot.
    const third = (await myEntries(cookies.third)).find((entry) => entry.id === second.body.id);
    expect(third).toMatchObject({ status: 'waiting', position: 1 });
  });

  test('skips a person who meanwhile booked elsewhere, and serves the next one', async () => {
    const wednesday = nextWeekday(t.clock, paris.timezone, 3);
    const { adminBooking } = await fillSlot(wednesday, 'morning');
    const first = await join(cookies.agent2, {
      siteId: paris.id,
      date: wednesday,
      slot: 'morning',
    });
    const next = await join(cookies.third, { siteId: paris.id, date: wednesday, slot: 'morning' });
    expect([first.status, next.status]).toEqual([201, 201]);
    const elsewhere = await book(t, cookies.agent2, {
      siteId: lyon.id,
      deskId: lyon.deskId(0),
      date: wednesday,
      slot: 'morning',
    });
    expect(elsewhere.status).toBe(201);

    await call(t, `/api/bookings/${adminBooking.id}/cancel`, {
      method: 'POST',
      cookie: cookies.admin,
    });
    const entries = await poll(
      () => myEntries(cookies.third),
      (list) => list.find((entry) => entry.id === next.body.id)?.status === 'promoted',
    );
    const served = entries.find((entry) => entry.id === next.body.id)!;
    expect(served.status).toBe('promoted');
    const skipped = (await myEntries(cookies.agent2)).find((entry) => entry.id === first.body.id);
    expect(skipped?.status).toBe('cancelled');
    const desks = await t.dataSource.query(
      `SELECT user_id FROM bookings WHERE desk_id = $1 AND local_date = $2 AND status = 'confirmed'`,
      [deskB, wednesday],
    );
    expect(desks).toHaveLength(1);
  });

  test('two cancellations racing through two workers never give a desk twice', async () => {
    const thursday = nextWeekday(t.clock, paris.timezone, 4);
    const { agentBooking, adminBooking } = await fillSlot(thursday, 'day');
    const waiting: WaitlistEntry[] = [];
    for (const cookie of [cookies.agent2, cookies.third, cookies.hote]) {
      const entry = await join(cookie, { siteId: paris.id, date: thursday, slot: 'day' });
      expect(entry.status).toBe(201);
      waiting.push(entry.body);
    }
    // A second worker on the same queue, as another API process would run.
    const waitlist = t.app.get(WaitlistService);
    await t.app
      .get(JobsService)
      .work<WaitlistPromoteJob>(jobQueues.waitlistPromote, async (job) => {
        await waitlist.promoteWaiting(job);
      });

    await Promise.all([
      call(t, `/api/bookings/${agentBooking.id}/cancel`, { method: 'POST', cookie: cookies.agent }),
      call(t, `/api/bookings/${adminBooking.id}/cancel`, { method: 'POST', cookie: cookies.admin }),
    ]);
    const readEntries = () =>
      t.dataSource.query(
        `SELECT id, status, booking_id FROM waitlist_entries WHERE id = ANY($1::uuid[]) ORDER BY created_at`,
        [waiting.map((entry) => entry.id)],
      ) as Promise<{ id: string; status: string; booking_id: string | null }[]>;
    await poll(readEntries, (rows) => rows.filter((row) => row.status === 'promoted').length >= 2);
    // More workers racing on the same day find nothing left to give.
    const extra = await Promise.all(
      [1, 2, 3].map(() =>
        waitlist.promoteWaiting({ siteId: paris.id, date: thursday, slot: 'day' }),
      ),
    );
    expect(extra.flat()).toEqual([]);

    const rows = await readEntries();
    expect(rows.map((row) => row.status)).toEqual(['promoted', 'promoted', 'waiting']);
    const active: { desk_id: string; user_id: string; id: string }[] = await t.dataSource.query(
      `SELECT id, desk_id, user_id FROM bookings
       WHERE site_id = $1 AND local_date = $2 AND status IN ('confirmed', 'checked_in')`,
      [paris.id, thursday],
    );
    expect(active.map((booking) => booking.desk_id).sort()).toEqual([deskA, deskB].sort());
    expect(new Set(active.map((booking) => booking.user_id)).size).toBe(2);
    expect(
      rows
        .slice(0, 2)
        .map((row) => row.booking_id)
        .sort(),
    ).toEqual(active.map((booking) => booking.id).sort());
    const told = promotedSpy.mock.calls.map(([id]) => id);
    for (const booking of active) expect(told.filter((id) => id === booking.id)).toHaveLength(1);
  });
});

describe('expiry', () => {
  test('entries expire once no released desk can serve them any more (pg-boss job), others keep waiting', async () => {
    const friday = nextWeekday(t.clock, paris.timezone, 5);
    await fillSlot(friday, 'morning');
    const startingNow = await join(cookies.agent2, {
      siteId: paris.id,
      date: friday,
      slot: 'morning',
    });
    const later = await join(cookies.third, { siteId: paris.id, date: friday, slot: 'morning' });
    expect([startingNow.status, later.status]).toEqual([201, 201]);
    // Two entries of one slot at different ages: their starts are moved against the clock. With
    // the default rule no-shows are released 30 minutes after the start (by a sweep every
    // minute), so the list serves until 32 minutes after it.
    await t.dataSource.query(
      `UPDATE waitlist_entries SET starts_at = $2::timestamptz - interval '33 minutes' WHERE id = $1`,
      [startingNow.body.id, t.clock.now()],
    );
    await t.dataSource.query(
      `UPDATE waitlist_entries SET starts_at = $2::timestamptz - interval '5 minutes' WHERE id = $1`,
      [later.body.id, t.clock.now()],
    );
    const schedules: { name: string; cron: string }[] = await t.dataSource.query(
      `SELECT name, cron FROM pgboss.schedule`,
    );
    expect(schedules).toContainEqual({ name: jobQueues.waitlistExpire, cron: '* * * * *' });
    await t.app.get(JobsService).send(jobQueues.waitlistExpire, {});

    const entries = await poll(
      () => myEntries(cookies.agent2),
      (list) => list.find((entry) => entry.id === startingNow.body.id)?.status === 'expired',
    );
    expect(entries.find((entry) => entry.id === startingNow.body.id)?.status).toBe('expired');
    const other = (await myEntries(cookies.third)).find((entry) => entry.id === later.body.id);
    expect(other?.status).toBe('waiting');
    const leaveExpired = await call<ErrorResponse>(t, `/api/waitlist/${startingNow.body.id}`, {
      method: 'DELETE',
      cookie: cookies.agent2,
    });
    expect(leaveExpired.status).toBe(409);
  });
});
