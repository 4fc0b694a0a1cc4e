import type {
  ErrorResponse,
  Kiosk,
  KioskIdentity,
  KioskPairing,
  LiveEvent,
  PairedKiosk,
} from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DemoSessions, type DemoSite, startDemoApp } from './fixtures';
import { openLiveStream } from './live-stream';
import { call, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
});
afterAll(async () => {
  await t?.close();
});

const createKiosk = (siteId: string, cookie: string, name = 'Borne de l’accueil') =>
  call<KioskPairing & ErrorResponse>(t, `/api/sites/${siteId}/kiosks`, { cookie, body: { name } });
const pair = (pairingCode: string, appVersion = '2.0.0') =>
  call<PairedKiosk & ErrorResponse>(t, '/api/kiosk/pair', { body: { pairingCode, appVersion } });
const listKiosks = async (siteId: string) =>
  (await call<Kiosk[]>(t, `/api/sites/${siteId}/kiosks`, { cookie: cookies.hote })).body;

describe('kiosk enrolment', () => {
  test('a host gets a one-time code for 10 minutes; typed on the tablet it yields a credential, once', async () => {
    const before = t.clock.now().getTime();
    const created = await createKiosk(paris.id, cookies.hote);
    expect(created.status).toBe(201);
    expect(created.body.pairingCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    const expiresIn = Date.parse(created.body.pairingExpiresAt) - before;
    expect(expiresIn).toBeGreaterThan(9 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(10 * 60_000 + 5_000);
    expect(created.body.kiosk).toMatchObject({
      pairedAt: null,
      lastSeenAt: null,
      isRevoked: false,
    });
    expect(JSON.stringify(created.body)).not.toMatch(/credential/i);

    // Typed with a dash and in lower case, as a person would.
    const code = created.body.pairingCode;
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    const paired = await pair(typed, '2.0.0');
    expect(paired.status).toBe(201);
    expect(paired.body.kioskId).toBe(created.body.kiosk.id);
    const identity = await call<KioskIdentity>(t, '/api/kiosk/me', {
      bearer: paired.body.credential,
      headers: { 'x-kiosk-app-version': '2.0.1' },
    });
    expect(identity.status).toBe(200);
    expect(identity.body).toMatchObject({
      name: 'Borne de l’accueil',
      site: { id: paris.id, name: 'AdmZ Paris' },
      message: expect.stringContaining('Bienvenue'),
      occupancy: { capacity: paris.deskIds.length },
    });
    expect(Math.abs(Date.parse(identity.body.serverTime) - t.clock.now().getTime())).toBeLessThan(
      10_000,
    );

    const again = await pair(code);
    expect(again.status).toBe(422);
    expect(again.body.message).toMatch(/inconnu ou expiré/);
    const listed = (await listKiosks(paris.id)).find((kiosk) => kiosk.id === created.body.kiosk.id);
    expect(listed).toMatchObject({ appVersion: '2.0.1', pairingExpiresAt: null });
    expect(listed?.pairedAt).not.toBeNull();
    expect(listed?.lastSeenAt).not.toBeNull();
  });

  test('an expired code is refused; a new code re-pairs and the old tablet loses access', async () => {
    const created = await createKiosk(paris.id, cookies.hote, 'Borne du 2e');
    // Ten minutes go by: the code has expired.
    t.clock.advance(10 * 60_000 + 1_000);
    const late = await pair(created.body.pairingCode);
    expect(late.status).toBe(422);
    expect(late.body.message).toMatch(/demandez un nouveau code/);

    const renewed = await call<KioskPairing>(
      t,
      `/api/sites/${paris.id}/kiosks/${created.body.kiosk.id}/pairing-code`,
      { method: 'POST', cookie: cookies.hote },
    );
    expect(renewed.status).toBe(200);
    expect(renewed.body.pairingCode).not.toBe(created.body.pairingCode);
    const first = await pair(renewed.body.pairingCode);
    expect(first.status).toBe(201);

    // A replaced tablet: a new code, a new credential; the first one stops working.
    const replacement = await call<KioskPairing>(
      t,
      `/api/sites/${paris.id}/kiosks/${created.body.kiosk.id}/pairing-code`,
      { method: 'POST', cookie: cookies.hote },
    );
    const second = await pair(replacement.body.pairingCode);
    expect(second.status).toBe(201);
    expect((await call(t, '/api/kiosk/me', { bearer: first.body.credential })).status).toBe(401);
    expect((await call(t, '/api/kiosk/me', { bearer: second.body.credential })).status).toBe(200);
  });

  test('only hosts of the site enrol and revoke its kiosks; bad codes get a 400', async () => {
    expect((await createKiosk(paris.id, cookies.agent)).status).toBe(403);
    expect((await createKiosk(lyon.id, cookies.hote)).status).toBe(403);
    expect((await call(t, `/api/sites/${paris.id}/kiosks`, { body: { name: 'x' } })).status).toBe(
      401,
    );
    const blank = await createKiosk(paris.id, cookies.hote, '   ');
    expect(blank.status).toBe(400);
    expect(blank.body.message).toMatch(/nom de la borne/);
    const short = await pair('ABC');
    expect(short.status).toBe(400);
    expect(short.body.message).toMatch(/8 caractères/);
    const unknownKiosk = await call(
      t,
      `/api/sites/${paris.id}/kiosks/00000000-0000-4000-8000-000000000000/revoke`,
      { method: 'POST', cookie: cookies.hote },
    );
    expect(unknownKiosk.status).toBe(404);
  });
});

describe('revocation', () => {
  test('a revoked kiosk is refused at once, its live stream is told, and it cannot be re-paired', async () => {
    const created = await createKiosk(paris.id, cookies.hote, 'Borne volée');
    const { credential } = (await pair(created.body.pairingCode)).body;
    const stream = await openLiveStream(t, '/api/kiosk/live', { bearer: credential });
    try {
      const first = await stream.next();
      expect(first).toMatchObject({ type: 'occupancy', siteId: paris.id });

      const revoked = await call<Kiosk>(
        t,
        `/api/sites/${paris.id}/kiosks/${created.body.kiosk.id}/revoke`,
        { method: 'POST', cookie: cookies.hote },
      );
      expect(revoked.status).toBe(200);
      expect(revoked.body).toMatchObject({ isRevoked: true });
      expect(revoked.body.revokedAt).not.toBeNull();

      const told = await stream.next((event: LiveEvent) => event.type === 'kiosk-revoked');
      expect(told).toEqual({ type: 'kiosk-revoked', kioskId: created.body.kiosk.id });
    } finally {
      stream.close();
    }
    const refused = await call<ErrorResponse>(t, '/api/kiosk/me', { bearer: credential });
    expect(refused.status).toBe(401);
    expect(refused.body.message).toMatch(/désactivée/);
    const renew = await call<ErrorResponse>(
      t,
      `/api/sites/${paris.id}/kiosks/${created.body.kiosk.id}/pairing-code`,
      { method: 'POST', cookie: cookies.hote },
    );
    expect(renew.status).toBe(409);
  });
});
