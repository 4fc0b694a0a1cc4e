import type { ErrorResponse, OfflineCheckInsResult, PersonPass, Presence } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  bookDayWithPass,
  createKiosk,
  openAllDayToday,
  type DemoSessions,
  type DemoSite,
  startDemoApp,
} from './fixtures';
import { call, openSessionForNewAgent, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let kiosk: { credential: string };
let today: string;

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
  today = await openAllDayToday(t, cookies.hote, paris);
  // Lyon too: a test books there today, whatever day (or public holiday) it is.
  await openAllDayToday(t, cookies.admin, lyon);
  kiosk = await createKiosk(t, cookies.hote, paris.id);
});
afterAll(async () => {
  await t?.close();
});

/** A person of their own per test: one desk at a time per person. */
const newAgent = (givenName: string, app: TestApp = t) => openSessionForNewAgent(app, givenName);

async function bookWithPass(cookie: string, deskIndex: number, site = paris) {
  const { booking, pass } = await bookDayWithPass(t, cookie, site, deskIndex, today);
  return { bookingId: booking.id, token: pass.token };
}

const replay = (checkIns: { clientId: string; token: string; scannedAt: string }[]) =>
  call<OfflineCheckInsResult & ErrorResponse>(t, '/api/kiosk/check-ins/offline', {
    bearer: kiosk.credential,
    body: { checkIns },
  });

describe('check-ins queued by a kiosk while offline', () => {
  test('are applied at their scan time, once, duplicates answered, a cancelled booking refused', async () => {
    const scannedAt = new Date(Date.now() - 20_000).toISOString();
    const ada = await newAgent('Ada');
    const first = await bookWithPass(ada, 1);
    const ben = await newAgent('Ben');
    const second = await bookWithPass(ben, 2);
    const cancelledHolder = await newAgent('Cléo');
    const cancelled = await bookWithPass(cancelledHolder, 3);
    expect(
      (
        await call(t, `/api/bookings/${cancelled.bookingId}/cancel`, {
          method: 'POST',
          cookie: cancelledHolder,
        })
      ).status,
    ).toBe(200);
    const walker = await call<PersonPass>(t, '/api/me/pass', { cookie: await newAgent('Dan') });

    const queue = [
      { clientId: 'q-1', token: first.token, scannedAt },
      // The same person scanned twice while offline (the kiosk queued both).
      { clientId: 'q-2', token: first.token, scannedAt: new Date().toISOString() },
      { clientId: 'q-3', token: second.token, scannedAt },
      { clientId: 'q-4', token: cancelled.token, scannedAt },
      { clientId: 'q-5', token: walker.body.token, scannedAt },
    ];
    const sent = await replay(queue);
    expect(sent.status).toBe(200);
    expect(sent.body.results).toEqual([
      { clientId: 'q-1', outcome: 'applied', bookingId: first.bookingId, message: null },
      { clientId: 'q-2', outcome: 'already_checked_in', bookingId: first.bookingId, message: null },
      { clientId: 'q-3', outcome: 'applied', bookingId: second.bookingId, message: null },
      {
        clientId: 'q-4',
        outcome: 'refused',
        bookingId: cancelled.bookingId,
        message: 'Cette réservation a été annulée.',
      },
      {
        clientId: 'q-5',
        outcome: 'refused',
        bookingId: null,
        message: expect.stringMatching(/pass personnel/),
      },
    ]);
    // Arrival time is the scan, not the replay.
    const presence = await call<Presence>(t, `/api/sites/${paris.id}/presence`, {
      cookie: cookies.hote,
    });
    const arrived = presence.body.entries.find((entry) => entry.bookingId === first.bookingId);
    expect(arrived).toMatchObject({ status: 'checked_in', checkedInAt: scannedAt });

    // The network dropped before the answer reached the kiosk: it sends the same items again.
    const resent = await replay(queue.slice(0, 4));
    expect(resent.body.results).toEqual(sent.body.results.slice(0, 4));
  });

  test('a booking released while the kiosk was offline is given back if its desk is still free', async () => {
    const eve = await newAgent('Eve');
    const { bookingId, token } = await bookWithPass(eve, 4);
    const scannedAt = new Date(Date.now() - 60_000).toISOString();
    await t.dataSource.query(
      `UPDATE bookings SET status = 'absent', released_at = now() WHERE id = $1`,
      [bookingId],
    );
    const sent = await replay([{ clientId: 'released-1', token, scannedAt }]);
    expect(sent.body.results[0]).toMatchObject({ outcome: 'applied', bookingId });
    const [row] = await t.dataSource.query(
      `SELECT status, released_at FROM bookings WHERE id = $1`,
      [bookingId],
    );
    expect(row).toEqual({ status: 'checked_in', released_at: null });
  });

  test('scans from the future, too old, of another site or forged are refused with a reason', async () => {
    const fay = await newAgent('Fay');
    const { token } = await bookWithPass(fay, 5);
    const lyonBooking = await bookWithPass(await newAgent('Gus'), 0, lyon);
    const results = (
      await replay([
        { clientId: 'f-1', token, scannedAt: new Date(Date.now() + 3_600_000).toISOString() },
        {
          clientId: 'f-2',
          token,
          scannedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
        },
        { clientId: 'f-3', token: lyonBooking.token, scannedAt: new Date().toISOString() },
        {
          clientId: 'f-4',
          token: `${token.slice(0, -4)}AAAA`,
          scannedAt: new Date().toISOString(),
        },
      ])
    ).body.results;
    expect(results.map((result) => result.outcome)).toEqual([
      'refused',
      'refused',
      'refused',
      'refused',
    ]);
    expect(results[0].message).toMatch(/futur/);
    expect(results[1].message).toMatch(/plus de 48 heures/);
    expect(results[2].message).toMatch(/autre site : AdmZ Lyon/);
    expect(results[3].message).toMatch(/non reconnu/);
  });

  test('bad replay requests get a 400; other devices and people get 401', async () => {
    const empty = await replay([]);
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/Aucun enregistrement/);
    const anonymous = await call(t, '/api/kiosk/check-ins/offline', {
      body: { checkIns: [{ clientId: 'x', token: 'y'.repeat(30), scannedAt: today }] },
    });
    expect(anonymous.status).toBe(401);
    const withCookie = await call(t, '/api/kiosk/check-ins/offline', {
      cookie: cookies.admin,
      body: { checkIns: [] },
    });
    expect(withCookie.status).toBe(401);
  });
});
