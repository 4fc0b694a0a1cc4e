import { generateKeyPairSync } from 'node:crypto';
import type { BookingPass, CheckInResult, ErrorResponse, PersonPass } from '@admz/shared';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CheckInsService } from '../src/check-ins/check-ins.service';
import { QrTokensService, bookingTokenInput } from '../src/check-ins/qr-tokens.service';
import { Kiosk } from '../src/kiosks/kiosk.entity';
import {
  bookDayWithPass,
  createKiosk,
  openAllDayToday,
  type DemoSessions,
  type DemoSite,
  startDemoApp,
} from './fixtures';
import { call, openSessionForNewAgent, startTestApp, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;
let kiosk: { credential: string; kiosk: { id: string } };
let today: string;

beforeAll(async () => {
  ({ t, paris, cookies } = await startDemoApp());
  today = await openAllDayToday(t, cookies.hote, paris);
  kiosk = await createKiosk(t, cookies.hote, paris.id);
});
afterAll(async () => {
  await t?.close();
});

const newAgent = (givenName: string, app: TestApp = t) => openSessionForNewAgent(app, givenName);

async function bookToday(cookie: string, deskIndex: number) {
  return (await bookDayWithPass(t, cookie, paris, deskIndex, today)).booking;
}

const scan = (body: unknown) =>
  call<CheckInResult & ErrorResponse>(t, '/api/kiosk/check-ins', {
    bearer: kiosk.credential,
    body,
  });
const passOf = (bookingId: string, cookie: string) =>
  call<BookingPass & ErrorResponse>(t, `/api/bookings/${bookingId}/pass`, { cookie });
const payloadOf = (token: string): Record<string, unknown> => decodeJwt(token);

describe('the rotating QR code', () => {
  test('changes every 30 s and each code works 45 s: a screenshot sent on is refused', async () => {
    const holder = await newAgent('Inès');
    const booking = await bookToday(holder, 10);
    const pass = await passOf(booking.id, holder);
    expect(pass.status).toBe(200);
    const issuedAt = payloadOf(pass.body.token).iat as number;
    expect(Date.parse(pass.body.refreshAfter) / 1000 - issuedAt).toBe(30);
    expect(Date.parse(pass.body.expiresAt) / 1000 - issuedAt).toBe(45);
    expect(payloadOf(pass.body.token)).toMatchObject({
      typ: 'admz-rotating',
      sub: booking.id,
      sid: paris.id,
      gn: 'Inès',
      dl: paris.deskLabel(10),
    });

    // The same booking's code of a minute ago, as a screenshot would keep it.
    const tokens = t.app.get(QrTokensService);
    const claims = bookingTokenInput(
      {
        id: booking.id,
        siteId: paris.id,
        startsAt: new Date(booking.startsAt),
        endsAt: new Date(booking.endsAt),
      },
      t.config.checkInOpensMinutesBefore,
    );
    const old = await tokens.signRotating(claims, new Date(t.clock.now().getTime() - 60_000));
    const replayed = await scan({ token: old.token });
    expect(replayed.status).toBe(422);
    expect(replayed.body.message).toMatch(/expiré.*30 secondes/);

    // A second later the app shows a new code (tokens are dated to the second).
    t.clock.advance(1_000);
    const renewed = await passOf(booking.id, holder);
    expect(renewed.body.token).not.toBe(pass.body.token);
    const accepted = await scan({ token: renewed.body.token });
    expect(accepted.status).toBe(200);
    expect(accepted.body.outcome).toBe('checked_in');
  });

  test("a rotating code carries the booking's window: not before it opens, not after it ends", async () => {
    const tokens = t.app.get(QrTokensService);
    const booking = await bookToday(await newAgent('Hugo'), 11);
    const base = {
      id: booking.id,
      siteId: paris.id,
      user: { givenName: 'Hugo' },
      desk: { label: paris.deskLabel(11), zone: 'x' },
    };
    const hour = 3_600_000;
    const later = bookingTokenInput(
      {
        ...base,
        startsAt: new Date(t.clock.now().getTime() + 2 * hour),
        endsAt: new Date(t.clock.now().getTime() + 4 * hour),
      },
      15,
    );
    const early = await scan({ token: (await tokens.signRotating(later)).token });
    expect(early.status).toBe(422);
    expect(early.body.message).toMatch(/Trop tôt/);
    const past = bookingTokenInput(
      {
        ...base,
        startsAt: new Date(t.clock.now().getTime() - 4 * hour),
        endsAt: new Date(t.clock.now().getTime() - hour),
      },
      15,
    );
    const ended = await scan({ token: (await tokens.signRotating(past)).token });
    expect(ended.status).toBe(422);
    expect(ended.body.message).toMatch(/expiré/);
  });

  test('check-in opens 15 minutes before the start, to the minute', async () => {
    const booking = await bookToday(await newAgent('Lina'), 12);
    const checkIns = t.app.get(CheckInsService);
    const device = await t.dataSource.getRepository(Kiosk).findOneByOrFail({ id: kiosk.kiosk.id });
    const startsAt = new Date(booking.startsAt).getTime();
    const shortCode = (
      await t.dataSource.query(`SELECT short_code FROM bookings WHERE id = $1`, [booking.id])
    )[0].short_code as string;
    const tablet = '192.0.2.40';
    await expect(
      checkIns.checkIn(device, { shortCode }, tablet, new Date(startsAt - 16 * 60_000)),
    ).rejects.toThrow(/Trop tôt.*ouvre/);
    const accepted = await checkIns.checkIn(
      device,
      { shortCode },
      tablet,
      new Date(startsAt - 14 * 60_000),
    );
    expect(accepted.outcome).toBe('checked_in');
  });
});

describe("the mail's QR code", () => {
  test('works inside the booking window and once: a second presentation is refused', async () => {
    const holder = await newAgent('Rose');
    const booking = await bookToday(holder, 13);
    const tokens = t.app.get(QrTokensService);
    const mailToken = await tokens.signBooking(
      bookingTokenInput(
        {
          id: booking.id,
          siteId: paris.id,
          startsAt: new Date(booking.startsAt),
          endsAt: new Date(booking.endsAt),
          user: { givenName: 'Rose' },
          desk: { label: paris.deskLabel(13), zone: 'x' },
        },
        t.config.checkInOpensMinutesBefore,
      ),
    );
    const first = await scan({ token: mailToken });
    expect(first.status).toBe(200);
    expect(first.body.outcome).toBe('checked_in');
    const second = await scan({ token: mailToken });
    expect(second.status).toBe(422);
    expect(second.body.message).toMatch(/déjà servi aujourd’hui/);
    // The app's own code still answers: the person is in, and may leave.
    const pass = await passOf(booking.id, holder);
    const withApp = await scan({ token: pass.body.token });
    expect(withApp.body.outcome).toBe('already_checked_in');
  });
});

describe('key rotation', () => {
  test('tokens signed with the previous key keep working; the kiosk gets both public keys', async () => {
    const previous = generateKeyPairSync('ed25519');
    const current = generateKeyPairSync('ed25519');
    const pem = (key: typeof previous.privateKey) =>
      key.export({ type: 'pkcs8', format: 'pem' }).toString();
    const publicPem = previous.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    // The same database, first served with the old key, then with the new one.
    const before = await startTestApp(
      { QR_SIGNING_KEY: pem(previous.privateKey), QR_SIGNING_KEY_ID: 'admz-2025' },
      t.database,
    );
    const holder = await newAgent('Malo');
    const booking = await bookToday(holder, 14);
    const oldPass = await call<BookingPass>(before, `/api/bookings/${booking.id}/pass`, {
      cookie: holder,
    });
    await before.close();
    const after = await startTestApp(
      {
        QR_SIGNING_KEY: pem(current.privateKey),
        QR_SIGNING_KEY_ID: 'admz-2026',
        QR_VERIFICATION_KEYS: JSON.stringify({ 'admz-2025': publicPem }),
      },
      t.database,
    );
    try {
      const keys = await call<{ keys: { kid: string }[] }>(after, '/api/kiosk/keys');
      expect(keys.body.keys.map((key) => key.kid).sort()).toEqual(['admz-2025', 'admz-2026']);
      const newPass = await call<BookingPass>(after, `/api/bookings/${booking.id}/pass`, {
        cookie: holder,
      });
      expect(decodeProtectedHeader(newPass.body.token)).toMatchObject({ kid: 'admz-2026' });
      const inFlight = await call<CheckInResult>(after, '/api/kiosk/check-ins', {
        bearer: kiosk.credential,
        body: { token: oldPass.body.token },
      });
      expect(inFlight.status).toBe(200);
      expect(inFlight.body.outcome).toBe('checked_in');
    } finally {
      await after.close();
    }
    // The first server, which knows neither key, refuses both.
    expect((await scan({ token: oldPass.body.token })).status).toBe(422);
  });
});

describe("a person's own pass", () => {
  test('rotates like a booking code and names the person', async () => {
    const pass = await call<PersonPass>(t, '/api/me/pass', { cookie: cookies.agent2 });
    expect(pass.status).toBe(200);
    expect(payloadOf(pass.body.token)).toMatchObject({ typ: 'admz-person', gn: 'Yanis' });
    expect(pass.body.qrSvg).toMatch(/^<svg/);
    expect((await call(t, '/api/me/pass')).status).toBe(401);
  });
});
