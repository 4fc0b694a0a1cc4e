import { generateKeyPairSync } from 'node:crypto';
import type {
  BookingPass,
  CheckInResult,
  ErrorResponse,
  KioskIdentity,
  Presence,
} from '@admz/shared';
import { SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { QrTokensService } from '../src/check-ins/qr-tokens.service';
import {
  book,
  bookDayWithPass,
  createKiosk,
  nextWeekday,
  openAllDayToday,
  type DemoSite,
  startDemoApp,
  type DemoSessions,
} from './fixtures';
import { call, openSessionForNewAgent, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let parisKiosk: string;
let today: string;

type Attendance = Extract<CheckInResult, { outcome: 'checked_in' | 'already_checked_in' }>;
const checkIn = (credential: string, body: unknown) =>
  call<Attendance & ErrorResponse>(t, '/api/kiosk/check-ins', { bearer: credential, body });

async function bookToday(
  cookie: string,
  deskIndex: number,
): Promise<{ bookingId: string; pass: BookingPass }> {
  const { booking, pass } = await bookDayWithPass(t, cookie, paris, deskIndex, today);
  return { bookingId: booking.id, pass };
}

/** A person of their own per test: one desk at a time per person. */
const newAgent = (givenName: string, app: TestApp = t) => openSessionForNewAgent(app, givenName);

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
  today = await openAllDayToday(t, cookies.hote, paris);
  parisKiosk = (await createKiosk(t, cookies.hote, paris.id)).credential;
});
afterAll(async () => {
  await t?.close();
});

describe('QR check-in at the kiosk', () => {
  test('the pass carries a signed token (not the id), a typed code and an SVG QR code', async () => {
    const { bookingId, pass } = await bookToday(cookies.agent, 0);
    expect(pass.token.split('.')).toHaveLength(3);
    expect(pass.token).not.toContain(bookingId);
    expect(pass.shortCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(pass.qrSvg).toMatch(/^<svg/);
    const header = decodeProtectedHeader(pass.token);
    expect(header).toMatchObject({ alg: 'EdDSA', kid: t.config.qrSigningKeyId });
    const keys = await call<{ keys: { kid: string; crv: string }[] }>(t, '/api/kiosk/keys');
    expect(keys.body.keys[0]).toMatchObject({ kid: t.config.qrSigningKeyId, crv: 'Ed25519' });
  });

  test('scan checks in once; a second scan answers "already checked in" with the first time', async () => {
    const { bookingId, pass } = await bookToday(cookies.agent2, 1);
    const first = await checkIn(parisKiosk, { token: pass.token });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      outcome: 'checked_in',
      bookingId,
      person: { givenName: 'Yanis' },
      desk: { label: paris.deskLabel(1) },
    });
    const second = await checkIn(parisKiosk, { token: pass.token });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      outcome: 'already_checked_in',
      checkedInAt: first.body.checkedInAt,
    });
    const byCode = await checkIn(parisKiosk, { shortCode: pass.shortCode });
    expect(byCode.body.outcome).toBe('already_checked_in');
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM bookings WHERE id = $1 AND status = 'checked_in'`,
      [bookingId],
    );
    expect(count).toBe(1);

    const presence = await call<Presence>(t, `/api/sites/${paris.id}/presence`, {
      cookie: cookies.hote,
    });
    const entry = presence.body.entries.find((candidate) => candidate.bookingId === bookingId);
    expect(entry).toMatchObject({
      hasArrived: true,
      checkedInAt: first.body.checkedInAt,
      person: { givenName: 'Yanis' },
    });
  });

  test('the typed code works, with dashes and lower case', async () => {
    const { pass } = await bookToday(cookies.admin, 2);
    const typed = `${pass.shortCode.slice(0, 4).toLowerCase()}-${pass.shortCode.slice(4)}`;
    const response = await checkIn(parisKiosk, { shortCode: typed });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ outcome: 'checked_in', person: { givenName: 'Paul' } });
  });

  test('a forged token (signed by another key with our key id) is refused', async () => {
    const { pass } = await bookToday(cookies.hote, 3);
    const payload = decodeJwt(pass.token);
    const { privateKey } = generateKeyPairSync('ed25519');
    const forged = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'EdDSA', kid: t.config.qrSigningKeyId })
      .sign(privateKey);
    const refused = await checkIn(parisKiosk, { token: forged });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/non reconnu/);
    const [header, , signature] = pass.token.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...payload, sid: lyon.id })).toString('base64url')}.${signature}`;
    expect((await checkIn(parisKiosk, { token: tampered })).status).toBe(422);
    expect((await checkIn(parisKiosk, { token: 'x'.repeat(40) })).status).toBe(422);
  });

  test('an expired token and a token not yet valid are refused with the reason', async () => {
    const { bookingId } = await bookToday(await newAgent('Nina'), 4);
    const tokens = t.app.get(QrTokensService);
    const hour = 3_600_000;
    const greeting = { givenName: 'Nina', deskLabel: paris.deskLabel(4), zone: 'Plateau' };
    const expired = await tokens.signBooking({
      bookingId,
      siteId: paris.id,
      validFrom: new Date(t.clock.now().getTime() - 3 * hour),
      validUntil: new Date(t.clock.now().getTime() - hour),
      ...greeting,
    });
    const early = await tokens.signBooking({
      bookingId,
      siteId: paris.id,
      validFrom: new Date(t.clock.now().getTime() + hour),
      validUntil: new Date(t.clock.now().getTime() + 3 * hour),
      ...greeting,
    });
    const expiredResponse = await checkIn(parisKiosk, { token: expired });
    expect(expiredResponse.status).toBe(422);
    expect(expiredResponse.body.message).toMatch(/expiré/);
    const earlyResponse = await checkIn(parisKiosk, { token: early });
    expect(earlyResponse.status).toBe(422);
    expect(earlyResponse.body.message).toMatch(/Trop tôt/);
  });

  test('a booking for another day is refused as too early, by code too', async () => {
    const monday = nextWeekday(t.clock, paris.timezone, 1);
    const created = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(5),
      date: monday,
      slot: 'morning',
    });
    const pass = await call<BookingPass>(t, `/api/bookings/${created.body.id}/pass`, {
      cookie: cookies.agent,
    });
    const response = await checkIn(parisKiosk, { shortCode: pass.body.shortCode });
    expect(response.status).toBe(422);
    expect(response.body.message).toMatch(/Trop tôt.*08:45/);
  });

  test('a cancelled booking is refused', async () => {
    const holder = await newAgent('Omar');
    const { bookingId, pass } = await bookToday(holder, 6);
    const cancelled = await call(t, `/api/bookings/${bookingId}/cancel`, {
      method: 'POST',
      cookie: holder,
    });
    expect(cancelled.status).toBe(200);
    const response = await checkIn(parisKiosk, { token: pass.token });
    expect(response.status).toBe(422);
    expect(response.body.message).toMatch(/annulée/);
  });

  test("a kiosk of another site refuses the booking and names the booking's site", async () => {
    const lyonKiosk = (await createKiosk(t, cookies.admin, lyon.id, 'Borne Lyon')).credential;
    const { pass } = await bookToday(await newAgent('Zoé'), 7);
    const response = await checkIn(lyonKiosk, { token: pass.token });
    expect(response.status).toBe(422);
    expect(response.body.message).toMatch(/autre site : AdmZ Paris/);
    const byCode = await checkIn(lyonKiosk, { shortCode: pass.shortCode });
    expect(byCode.status).toBe(422);
  });

  test('typed codes cannot be enumerated: after 10 wrong codes from one address it waits half a minute, even for a right one', async () => {
    const kiosk = (await createKiosk(t, cookies.hote, paris.id, 'Borne essais')).credential;
    const { pass } = await bookToday(await newAgent('Léo'), 8);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const wrong = await checkIn(kiosk, { shortCode: 'ZZZZZZZ' + '23456789'[attempt % 8] });
      expect(wrong.status).toBe(422);
      expect(wrong.body.message).toMatch(/Code inconnu/);
    }
    const blocked = await checkIn(kiosk, { shortCode: pass.shortCode });
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/Trop de codes erronés : patientez \d+ secondes/);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    // Other kiosks are not affected.
    expect((await checkIn(parisKiosk, { shortCode: pass.shortCode })).status).toBe(200);
  });
});

describe('kiosk devices', () => {
  test('a kiosk knows its site; a revoked or unknown credential is refused', async () => {
    const created = await createKiosk(t, cookies.hote, paris.id, 'Borne à révoquer');
    const identity = await call<KioskIdentity>(t, '/api/kiosk/me', { bearer: created.credential });
    expect(identity.body).toMatchObject({
      name: 'Borne à révoquer',
      site: { id: paris.id, name: 'AdmZ Paris' },
    });
    const list = await call<{ id: string; lastSeenAt: string | null }[]>(
      t,
      `/api/sites/${paris.id}/kiosks`,
      { cookie: cookies.hote },
    );
    expect(list.body.find((kiosk) => kiosk.id === created.kiosk.id)?.lastSeenAt).not.toBeNull();
    const revoked = await call(t, `/api/sites/${paris.id}/kiosks/${created.kiosk.id}/revoke`, {
      method: 'POST',
      cookie: cookies.hote,
    });
    expect(revoked.status).toBe(200);
    expect((await call(t, '/api/kiosk/me', { bearer: created.credential })).status).toBe(401);
    expect((await checkIn(created.credential, { shortCode: 'ABCDEFGH' })).status).toBe(401);
    expect((await checkIn('kiosk_not-a-real-one', { shortCode: 'ABCDEFGH' })).status).toBe(401);
    expect(
      (await call(t, '/api/kiosk/check-ins', { body: { shortCode: 'ABCDEFGH' } })).status,
    ).toBe(401);
  });

  test('a session cookie is not a kiosk credential', async () => {
    expect(
      (
        await call(t, '/api/kiosk/check-ins', {
          cookie: cookies.admin,
          body: { shortCode: 'ABCDEFGH' },
        })
      ).status,
    ).toBe(401);
  });

  test('bad check-in input gets a 400 with the reason', async () => {
    const response = await checkIn(parisKiosk, { shortCode: 'ABC' });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/8 caractères/);
    expect((await checkIn(parisKiosk, {})).status).toBe(400);
  });
});
