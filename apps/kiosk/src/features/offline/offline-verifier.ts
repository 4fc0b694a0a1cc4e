import { qrTokenTypes } from '@admz/shared';
import { createLocalJWKSet, decodeJwt, errors, jwtVerify, type JWK } from 'jose';
import { z } from 'zod/mini';

/** Why a token cannot be accepted without the API; each has a sentence in the dictionaries. */
export type OfflineRefusalReason =
  | 'person-pass'
  | 'guest-pass'
  | 'wrong-site'
  | 'expired'
  | 'outside-window'
  | 'unknown-key'
  | 'no-keys'
  | 'not-genuine'
  | 'unreadable';

/**
 * What a booking token tells the kiosk, enough to greet the person without the API. An event
 * registration's pass gives its registration as `bookingId` (the queue's key) and its title.
 */
export type OfflineBooking = {
  bookingId: string;
  givenName: string;
  deskLabel: string;
  zone: string;
  /** The event's title for an event pass; null for a booking. */
  eventTitle: string | null;
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
  sub: z.string().check(z.minLength(1)),
  sid: z.string(),
  gn: z.string(),
  dl: z.string(),
  dz: z.string(),
});
const eventClaimsSchema = z.object({
  sub: z.string().check(z.minLength(1)),
  sid: z.string(),
  gn: z.string(),
  ev: z.string(),
});
const windowSchema = z.tuple([z.number(), z.number()]);
/** Tokens renewed every 30 s, whose `win` claim carries the check-in window. */
const rotatingTypes: readonly unknown[] = [qrTokenTypes.rotating, qrTokenTypes.event];

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
  // A guest's arrival is decided by the API (approval, charter, cancellation): not offline.
  if (type === qrTokenTypes.guest) return refuse('guest-pass');
  if (
    type !== qrTokenTypes.booking &&
    type !== qrTokenTypes.rotating &&
    type !== qrTokenTypes.event
  ) {
    return refuse('unreadable');
  }
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

  const booking = readGreeting(type, payload);
  if (!booking) return refuse('unreadable');
  if (booking.siteId !== siteId) return refuse('wrong-site');

  if (rotatingTypes.includes(type)) {
    const checkInWindow = windowSchema.safeParse(payload.win);
    if (!checkInWindow.success) return refuse('unreadable');
    const nowSeconds = now.getTime() / 1000;
    const [validFrom, validUntil] = checkInWindow.data;
    if (nowSeconds < validFrom || nowSeconds > validUntil) return refuse('outside-window');
  }

  const { siteId: _site, ...greeting } = booking;
  return { isValid: true, booking: greeting };
}

/** Who to greet and where, from a booking's claims or an event pass's. */
function readGreeting(
  type: unknown,
  payload: Record<string, unknown>,
): (OfflineBooking & { siteId: string }) | null {
  if (type === qrTokenTypes.event) {
    const claims = eventClaimsSchema.safeParse(payload);
    if (!claims.success) return null;
    const { sub, sid, gn, ev } = claims.data;
    return { bookingId: sub, siteId: sid, givenName: gn, deskLabel: '', zone: '', eventTitle: ev };
  }
  const claims = bookingClaimsSchema.safeParse(payload);
  if (!claims.success) return null;
  const { sub, sid, gn, dl, dz } = claims.data;
  return { bookingId: sub, siteId: sid, givenName: gn, deskLabel: dl, zone: dz, eventTitle: null };
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
    return rotatingTypes.includes(type) ? 'expired' : 'outside-window';
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
