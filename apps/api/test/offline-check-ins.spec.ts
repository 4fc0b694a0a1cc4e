import type { ErrorResponse, OfflineCheckInsResult, PersonPass, Presence } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  bookDayWithPass,
  createKiosk,
  openAllDayToday,
  passIssuedAt,
  simulateKioskOutage,
  type DemoSessions,
  type DemoSite,
  startDemoApp,
} from './fixtures';
import { call, openSessionForNewAgent, type TestApp } from './test-app';
import { millisecondsPerDay } from '@admz/shared';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let kiosk: Awaited<ReturnType<typeof createKiosk>>;
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

const secondsAgo = (seconds: number) => new Date(t.clock.now().getTime() - seconds * 1000);
/** The rotating code the person's phone showed at that instant. */
const codeShownAt = async (bookingId: string, issuedAt: Date) =>
  (await passIssuedAt(t, bookingId, issuedAt)).token;

const replay = (
  checkIns: { clientId: string; token: string; scannedAt: string }[],
  by: { credential: string } = kiosk,
) =>
  call<OfflineCheckInsResult & ErrorResponse>(t, '/api/kiosk/check-ins/offline', {
    bearer: by.credential,
    body: { checkIns },
  });

describe('check-ins queued by a kiosk while offline', () => {
  test('are applied at their scan time, once, duplicates answered, a cancelled booking refused', async () => {
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
    // The network went down 10 minutes ago; people scanned the codes their phones showed then.
    await simulateKioskOutage(t, kiosk, 10);
    const scannedAt = secondsAgo(300).toISOString();
    const shownAt = secondsAgo(310);

    const queue = [
      { clientId: 'q-1', token: await codeShownAt(first.bookingId, shownAt), scannedAt },
      // The same person scanned twice while offline (the kiosk queued both).
      {
        clientId: 'q-2',
        token: await codeShownAt(first.bookingId, secondsAgo(125)),
        scannedAt: secondsAgo(120).toISOString(),
      },
      { clientId: 'q-3', token: await codeShownAt(second.bookingId, shownAt), scannedAt },
      { clientId: 'q-4', token: cancelled.token, scannedAt: t.clock.now().toISOString() },
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
    const { bookingId } = await bookWithPass(eve, 4);
    await simulateKioskOutage(t, kiosk, 40);
    const token = await codeShownAt(bookingId, secondsAgo(20 * 60 + 5));
    const scannedAt = secondsAgo(20 * 60).toISOString();
    // Released 10 minutes ago, nobody having been seen: the kiosk could not tell.
    await t.dataSource.query(
      `UPDATE bookings SET status = 'absent', released_at = $2::timestamptz - interval '10 minutes'
       WHERE id = $1`,
      [bookingId, t.clock.now()],
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
        {
          clientId: 'f-1',
          token,
          scannedAt: new Date(t.clock.now().getTime() + 3_600_000).toISOString(),
        },
        {
          clientId: 'f-2',
          token,
          scannedAt: new Date(t.clock.now().getTime() - 3 * millisecondsPerDay).toISOString(),
        },
        { clientId: 'f-3', token: lyonBooking.token, scannedAt: t.clock.now().toISOString() },
        {
          clientId: 'f-4',
          token: `${token.slice(0, -4)}AAAA`,
          scannedAt: t.clock.now().toISOString(),
        },
      ])
    ).body.results;
    expect(results.map((result) => result.outcome)).toEqual([
      'refused',
      'refused',
      'refused',
      'refused',
    ]);
    expect(results[0]?.message).toMatch(/futur/);
    expect(results[1]?.message).toMatch(/plus de 48 heures/);
    expect(results[2]?.message).toMatch(/autre site : AdmZ Lyon/);
    expect(results[3]?.message).toMatch(/non reconnu/);
  });

  test('a scan time is bounded by what the server knows: the code moved back into its life while the kiosk was online is refused', async () => {
    const gil = await newAgent('Gil');
    const { bookingId } = await bookWithPass(gil, 6);
    // A kiosk that answers its heartbeats: never out of contact. A code shown 60 s ago has expired…
    const onlineKiosk = await createKiosk(t, cookies.hote, paris.id, 'Borne en ligne');
    expect((await call(t, '/api/kiosk/me', { bearer: onlineKiosk.credential })).status).toBe(200);
    const expiredCode = await codeShownAt(bookingId, secondsAgo(60));
    const [movedBack, beforeIssue] = (
      await replay(
        [
          // …and is replayed as if scanned 40 s ago, inside its 45 s life: the attack of issue 7.
          { clientId: 'o-1', token: expiredCode, scannedAt: secondsAgo(40).toISOString() },
          { clientId: 'o-2', token: expiredCode, scannedAt: secondsAgo(90).toISOString() },
        ],
        onlineKiosk,
      )
    ).body.results;
    expect(movedBack).toMatchObject({
      outcome: 'refused',
      message: expect.stringMatching(/borne était en ligne à l’heure indiquée/),
    });
    expect(beforeIssue).toMatchObject({
      outcome: 'refused',
      message: expect.stringMatching(/antérieure à la création de ce QR code/),
    });
    const [row] = await t.dataSource.query(`SELECT status FROM bookings WHERE id = $1`, [
      bookingId,
    ]);
    expect(row.status).toBe('confirmed');
  });

  test('honest offline scans still apply: during a recorded outage, or a lost answer sent again at once', async () => {
    const hugo = await newAgent('Hugo');
    const during = await bookWithPass(hugo, 7);
    const ines = await newAgent('Inès');
    const lost = await bookWithPass(ines, 8);
    const returningKiosk = await createKiosk(t, cookies.hote, paris.id, 'Borne du retour');
    await simulateKioskOutage(t, returningKiosk, 5);
    const results = (
      await replay(
        [
          // Scanned 3 minutes into the outage: its code has long expired, but the kiosk was offline.
          {
            clientId: 'h-1',
            token: await codeShownAt(during.bookingId, secondsAgo(185)),
            scannedAt: secondsAgo(180).toISOString(),
          },
          // The answer to an online scan was lost: still-valid code, sent again seconds later.
          {
            clientId: 'h-2',
            token: await codeShownAt(lost.bookingId, secondsAgo(10)),
            scannedAt: secondsAgo(5).toISOString(),
          },
        ],
        returningKiosk,
      )
    ).body.results;
    expect(results).toEqual([
      { clientId: 'h-1', outcome: 'applied', bookingId: during.bookingId, message: null },
      { clientId: 'h-2', outcome: 'applied', bookingId: lost.bookingId, message: null },
    ]);
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
