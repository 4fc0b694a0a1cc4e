import { qrTokenTypes } from '@admz/shared';
import { createLocalJWKSet, decodeJwt, errors, jwtVerify, type JWK } from 'jose';
import { z } from 'zod';

/** Why a token cannot be accepted without the API; each has a sentence in the dictionaries. */
export type OfflineRefusalReason =
  | 'person-pass'
  | 'wrong-site'
  | 'expired'
  | 'outside-window'
  | 'unknown-key'
  | 'no-keys'
  | 'not-genuine'
  | 'unreadable';

/** What a booking token tells the kiosk, enough to greet the person without the API. */
export type OfflineBooking = {
  bookingId: string;
  givenName: string;
  deskLabel: string;
  zone: string;
};

export type OfflineVerification =
  { isValid: true; booking: OfflineBooking } | { isValid: false; reason: OfflineRefusalReason };

export type OfflineVerificationInput = {
  token: string;
  /** The last public keys the API published (`GET /api/kiosk/keys`). */
  keys: JWK[];
  /** This kiosk's site: a booking elsewhere is refused. */
  siteId: string;
  /** The kiosk's clock corrected by the server's, as of the last heartbeat. */
  now: Date;
};

const bookingClaimsSchema = z.object({
  sub: z.string().min(1),
  sid: z.string(),
  gn: z.string(),
  dl: z.string(),
  dz: z.string(),
});
const windowSchema = z.tuple([z.number(), z.number()]);

/** Checks a scanned token the way the API would, with the public keys and the corrected clock. */
export async function verifyTokenOffline({
  token,
  keys,
  siteId,
  now,
}: OfflineVerificationInput): Promise<OfflineVerification> {
  const type = readTokenType(token);
  // A personal pass books a desk, which needs the API's view of free desks.
  if (type === qrTokenTypes.person) return refuse('person-pass');
  if (type !== qrTokenTypes.booking && type !== qrTokenTypes.rotating) return refuse('unreadable');
  if (keys.length === 0) return refuse('no-keys');

  let payload: Record<string, unknown>;
  try {
    const verified = await jwtVerify(token, createLocalJWKSet({ keys }), {
      algorithms: ['EdDSA'],
      currentDate: now,
      requiredClaims: type === qrTokenTypes.booking ? ['nbf', 'exp'] : ['exp'],
    });
    payload = verified.payload;
  } catch (error) {
    return refuse(describeVerificationError(error, type));
  }

  const claims = bookingClaimsSchema.safeParse(payload);
  if (!claims.success) return refuse('unreadable');
  if (claims.data.sid !== siteId) return refuse('wrong-site');

  if (type === qrTokenTypes.rotating) {
    const checkInWindow = windowSchema.safeParse(payload.win);
    if (!checkInWindow.success) return refuse('unreadable');
    const nowSeconds = now.getTime() / 1000;
    const [validFrom, validUntil] = checkInWindow.data;
    if (nowSeconds < validFrom || nowSeconds > validUntil) return refuse('outside-window');
  }

  return {
    isValid: true,
    booking: {
      bookingId: claims.data.sub,
      givenName: claims.data.gn,
      deskLabel: claims.data.dl,
      zone: claims.data.dz,
    },
  };
}

function readTokenType(token: string): unknown {
  try {
    return decodeJwt(token).typ;
  } catch {
    return null;
  }
}

function describeVerificationError(error: unknown, type: string): OfflineRefusalReason {
  // A rotating QR code past its 45 s is a stale screenshot or an old screen; a mail QR past `exp` is past its window.
  if (error instanceof errors.JWTExpired)
    return type === qrTokenTypes.rotating ? 'expired' : 'outside-window';
  if (error instanceof errors.JWTClaimValidationFailed)
    return error.claim === 'nbf' && error.reason === 'check_failed'
      ? 'outside-window'
      : 'unreadable';
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown-key';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'not-genuine';
  return 'unreadable';
}

function refuse(reason: OfflineRefusalReason): OfflineVerification {
  return { isValid: false, reason };
}
