import { qrTokenTypes, rotatingQrLifetimeSeconds } from '@admz/shared';
import { base64url, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyTokenOffline } from './offline-verifier';

const siteId = '3b241101-e2bb-4255-8caf-4136c566a962';
const otherSiteId = '9d3f1c0a-1111-4a4a-8b8b-222233334444';
const bookingId = '7f1c1a52-8a43-4d4e-9a3f-2d0c6c1f8b11';
// A Tuesday at 09:00 in Paris; the booking's check-in window runs 08:30–13:00.
const now = new Date('2026-11-03T08:00:00Z');
const nowSeconds = now.getTime() / 1000;
const windowStart = nowSeconds - 30 * 60;
const windowEnd = nowSeconds + 4 * 3600;

type SigningKey = { privateKey: CryptoKey; publicJwk: JWK; kid: string };

async function createSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', {
    crv: 'Ed25519',
    extractable: true,
  });
  return { privateKey, kid, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA' } };
}

let key: SigningKey;
let otherKey: SigningKey;

beforeAll(async () => {
  key = await createSigningKey('2026-11');
  otherKey = await createSigningKey('2026-10');
});

type TokenOptions = {
  type?: string;
  site?: string;
  issuedAt?: number;
  expiresAt?: number;
  notBefore?: number;
  window?: [number, number];
  signWith?: SigningKey;
  kid?: string;
};

function signRotating(options: TokenOptions = {}): Promise<string> {
  const issuedAt = options.issuedAt ?? nowSeconds - 10;
  return sign(
    { type: qrTokenTypes.rotating, window: [windowStart, windowEnd], ...options },
    (jwt) =>
      jwt
        .setIssuedAt(issuedAt)
        .setExpirationTime(options.expiresAt ?? issuedAt + rotatingQrLifetimeSeconds),
  );
}

function signMailToken(options: TokenOptions = {}): Promise<string> {
  return sign({ type: qrTokenTypes.booking, ...options }, (jwt) =>
    jwt
      .setIssuedAt(nowSeconds - 86_400)
      .setNotBefore(options.notBefore ?? windowStart)
      .setExpirationTime(options.expiresAt ?? windowEnd),
  );
}

function sign(options: TokenOptions, withTimes: (jwt: SignJWT) => SignJWT): Promise<string> {
  const signer = options.signWith ?? key;
  const payload: Record<string, unknown> = {
    typ: options.type,
    sid: options.site ?? siteId,
    gn: 'Camille',
    dl: 'A-01',
    dz: 'Zone calme',
  };
  if (options.window !== undefined) payload.win = options.window;
  return withTimes(
    new SignJWT(payload)
      .setProtectedHeader({ alg: 'EdDSA', kid: options.kid ?? signer.kid })
      .setSubject(bookingId),
  ).sign(signer.privateKey);
}

const verify = (token: string, at: Date = now) =>
  verifyTokenOffline({ token, keys: [key.publicJwk, otherKey.publicJwk], siteId, now: at });

describe('verifyTokenOffline', () => {
  it('accepts a fresh rotating QR code of this site and reads the greeting from it', async () => {
    await expect(verify(await signRotating())).resolves.toEqual({
      isValid: true,
      booking: {
        bookingId,
        givenName: 'Camille',
        deskLabel: 'A-01',
        zone: 'Zone calme',
        eventTitle: null,
      },
    });
  });

  it('accepts an event pass of this site and greets with the event, not a desk', async () => {
    const token = await new SignJWT({
      typ: qrTokenTypes.event,
      sid: siteId,
      win: [windowStart, windowEnd],
      gn: 'Camille',
      ev: 'Atelier accueil',
    })
      .setProtectedHeader({ alg: 'EdDSA', kid: key.kid })
      .setSubject(bookingId)
      .setIssuedAt(nowSeconds - 10)
      .setExpirationTime(nowSeconds - 10 + rotatingQrLifetimeSeconds)
      .sign(key.privateKey);
    await expect(verify(token)).resolves.toEqual({
      isValid: true,
      booking: {
        bookingId,
        givenName: 'Camille',
        deskLabel: '',
        zone: '',
        eventTitle: 'Atelier accueil',
      },
    });
    // Past its 45 s, like any rotating code; outside the event's window, refused too.
    await expect(verify(token, new Date(now.getTime() + 60_000))).resolves.toEqual({
      isValid: false,
      reason: 'expired',
    });
  });

  it('accepts a token signed with an older key still published (rotation in flight)', async () => {
    const result = await verify(await signRotating({ signWith: otherKey }));
    expect(result.isValid).toBe(true);
  });

  it('accepts the mail QR code inside its window', async () => {
    const result = await verify(await signMailToken());
    expect(result).toMatchObject({ isValid: true, booking: { bookingId } });
  });

  it('refuses a booking at another site', async () => {
    await expect(verify(await signRotating({ site: otherSiteId }))).resolves.toEqual({
      isValid: false,
      reason: 'wrong-site',
    });
  });

  it('refuses a rotating QR code older than its lifetime (a screenshot)', async () => {
    const token = await signRotating({ issuedAt: nowSeconds - rotatingQrLifetimeSeconds - 60 });
    await expect(verify(token)).resolves.toEqual({ isValid: false, reason: 'expired' });
  });

  it('refuses a fresh rotating QR code outside the booking window', async () => {
    const token = await signRotating({ window: [nowSeconds + 3600, nowSeconds + 7200] });
    await expect(verify(token)).resolves.toEqual({ isValid: false, reason: 'outside-window' });
  });

  it('refuses the mail QR code before and after its window', async () => {
    const token = await signMailToken();
    const tooEarly = new Date((windowStart - 60) * 1000);
    const tooLate = new Date((windowEnd + 60) * 1000);
    await expect(verify(token, tooEarly)).resolves.toEqual({
      isValid: false,
      reason: 'outside-window',
    });
    await expect(verify(token, tooLate)).resolves.toEqual({
      isValid: false,
      reason: 'outside-window',
    });
  });

  it('refuses a token whose key the kiosk does not know', async () => {
    const token = await signRotating({ kid: 'unknown-kid' });
    await expect(verify(token)).resolves.toEqual({ isValid: false, reason: 'unknown-key' });
  });

  it('refuses a forged signature', async () => {
    const stranger = await createSigningKey('2026-11');
    const forged = await signRotating({ signWith: stranger });
    await expect(verify(forged)).resolves.toEqual({ isValid: false, reason: 'not-genuine' });
  });

  it('refuses a token whose claims were altered after signing', async () => {
    const [header, , signature] = (await signRotating()).split('.');
    const payload = base64url.encode(
      JSON.stringify({ typ: qrTokenTypes.rotating, sid: siteId, sub: bookingId, gn: 'Mallory' }),
    );
    const result = await verify(`${header}.${payload}.${signature}`);
    expect(result).toEqual({ isValid: false, reason: 'not-genuine' });
  });

  it('refuses a personal pass, which needs the API to book a desk', async () => {
    const pass = await sign({ type: qrTokenTypes.person }, (jwt) =>
      jwt.setIssuedAt(nowSeconds).setExpirationTime(nowSeconds + 45),
    );
    await expect(verify(pass)).resolves.toEqual({ isValid: false, reason: 'person-pass' });
  });

  it('refuses a guest’s pass, whose arrival the API decides', async () => {
    const pass = await sign({ type: qrTokenTypes.guest }, (jwt) =>
      jwt.setIssuedAt(nowSeconds).setExpirationTime(nowSeconds + 45),
    );
    await expect(verify(pass)).resolves.toEqual({ isValid: false, reason: 'guest-pass' });
  });

  it('refuses everything when no key was ever received', async () => {
    const result = await verifyTokenOffline({ token: await signRotating(), keys: [], siteId, now });
    expect(result).toEqual({ isValid: false, reason: 'no-keys' });
  });

  it('refuses a QR code that is not a token', async () => {
    await expect(verify('https://example.org/not-a-token')).resolves.toEqual({
      isValid: false,
      reason: 'unreadable',
    });
  });
});
