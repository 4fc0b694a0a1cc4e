import { Inject, Injectable } from '@nestjs/common';
import {
  qrTokenTypes,
  rotatingQrLifetimeSeconds,
  rotatingQrSeconds,
  type QrTokenType,
} from '@admz/shared';
import {
  SignJWT,
  compactVerify,
  exportJWK,
  type CompactJWSHeaderParameters,
  type JWK,
  type JWTPayload,
} from 'jose';
import type { QrSigningKeys } from './qr-signing-keys';
import { Clock } from '../common/clock';

export const QR_SIGNING_KEYS = Symbol('QR_SIGNING_KEYS');

/** What the kiosk needs to greet a person without the server. */
export type GreetingClaims = { givenName: string; deskLabel: string; zone: string };

export type BookingTokenInput = GreetingClaims & {
  bookingId: string;
  siteId: string;
  validFrom: Date;
  validUntil: Date;
};

/** What a booking's tokens carry: its check-in window, and what a kiosk greets with offline. */
export function bookingTokenInput(
  booking: {
    id: string;
    siteId: string;
    startsAt: Date;
    endsAt: Date;
    user?: { givenName: string };
    desk?: { label: string; zone: string };
  },
  opensMinutesBefore: number,
): BookingTokenInput {
  return {
    bookingId: booking.id,
    siteId: booking.siteId,
    validFrom: new Date(booking.startsAt.getTime() - opensMinutesBefore * 60_000),
    validUntil: booking.endsAt,
    givenName: booking.user?.givenName ?? '',
    deskLabel: booking.desk?.label ?? '',
    zone: booking.desk?.zone ?? '',
  };
}

/** What an event registration's pass carries: its check-in window, and what a kiosk greets with. */
export type EventTokenInput = {
  registrationId: string;
  siteId: string;
  validFrom: Date;
  validUntil: Date;
  givenName: string;
  eventTitle: string;
};

/** What a guest's day pass carries: the invitation, its day at the site, who to greet. */
export type GuestTokenInput = {
  invitationId: string;
  siteId: string;
  validFrom: Date;
  validUntil: Date;
  givenName: string;
};

export type VerifiedToken =
  | ({ type: 'booking' } & BookingTokenInput)
  | ({ type: 'rotating'; issuedAt: Date; expiresAt: Date } & BookingTokenInput)
  | ({ type: 'event'; issuedAt: Date; expiresAt: Date } & EventTokenInput)
  | ({ type: 'guest'; issuedAt: Date; expiresAt: Date } & GuestTokenInput)
  | { type: 'person'; userId: string };

/** Server-only tokens a kiosk hands back a moment later (« Je pars », the walk-in offer). */
export type ActionClaims =
  | { action: 'check-out'; kioskId: string; bookingId: string }
  | { action: 'walk-in'; kioskId: string; userId: string };

/** invalid: not ours or altered; expired: a short-lived code past its life; the window ones: the booking's. */
export type TokenProblem = 'invalid' | 'expired' | 'not_yet_valid' | 'window_over';

export class QrTokenError extends Error {
  constructor(readonly problem: TokenProblem) {
    super(problem);
  }
}

/** Where `at` falls against a token's booking window: null inside it. */
export function findWindowProblem(
  claims: Pick<BookingTokenInput, 'validFrom' | 'validUntil'>,
  at: Date,
): TokenProblem | null {
  if (at < claims.validFrom) return 'not_yet_valid';
  if (at >= claims.validUntil) return 'window_over';
  return null;
}

const actionTokenType = 'admz-action';
const actionTokenSeconds = 120;

export type IssuedToken = { token: string; expiresAt: Date; refreshAfter: Date };

/**
 * Check-in tokens are compact JWS signed with Ed25519 (`EdDSA`), key id in the header, so a
 * kiosk holding the public keys can verify them without the server; tokens signed with a key
 * listed in QR_VERIFICATION_KEYS stay valid while keys rotate.
 */
@Injectable()
export class QrTokensService {
  constructor(
    @Inject(QR_SIGNING_KEYS) private readonly keys: QrSigningKeys,
    private readonly clock: Clock,
  ) {}

  /** The booking's own token (mail QR code): valid over its check-in window. */
  signBooking(input: BookingTokenInput): Promise<string> {
    return this.signer(qrTokenTypes.booking, input)
      .setNotBefore(toSeconds(input.validFrom))
      .setExpirationTime(toSeconds(input.validUntil))
      .sign(this.keys.privateKey);
  }

  /** The web app's QR code: the booking's claims, renewed every 30 s, each good for 45 s. */
  async signRotating(input: BookingTokenInput, now = this.clock.now()): Promise<IssuedToken> {
    const issuedAt = toSeconds(now);
    const token = await this.signer(qrTokenTypes.rotating, input)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + rotatingQrLifetimeSeconds)
      .sign(this.keys.privateKey);
    return this.issued(token, issuedAt);
  }

  /**
   * An in-person event registration's pass, renewed like the rotating code. Its own `typ`: a
   * kiosk never reads it as a booking's, nor a booking's as a registration's.
   */
  async signEventPass(input: EventTokenInput, now = this.clock.now()): Promise<IssuedToken> {
    const issuedAt = toSeconds(now);
    const token = await new SignJWT({
      typ: qrTokenTypes.event,
      sid: input.siteId,
      win: [toSeconds(input.validFrom), toSeconds(input.validUntil)],
      gn: input.givenName,
      ev: input.eventTitle,
    })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.keys.keyId })
      .setSubject(input.registrationId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + rotatingQrLifetimeSeconds)
      .sign(this.keys.privateKey);
    return this.issued(token, issuedAt);
  }

  /**
   * A guest's day pass, renewed like the rotating code, on their page only (never in a mail).
   * Its own `typ`: a kiosk never reads it as a booking's or a registration's.
   */
  async signGuestPass(input: GuestTokenInput, now = this.clock.now()): Promise<IssuedToken> {
    const issuedAt = toSeconds(now);
    const token = await new SignJWT({
      typ: qrTokenTypes.guest,
      sid: input.siteId,
      win: [toSeconds(input.validFrom), toSeconds(input.validUntil)],
      gn: input.givenName,
    })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.keys.keyId })
      .setSubject(input.invitationId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + rotatingQrLifetimeSeconds)
      .sign(this.keys.privateKey);
    return this.issued(token, issuedAt);
  }

  /** A person's own pass, for walking in: who, renewed like the rotating code. */
  async signPerson(
    userId: string,
    givenName: string,
    now = this.clock.now(),
  ): Promise<IssuedToken> {
    const issuedAt = toSeconds(now);
    const token = await new SignJWT({ typ: qrTokenTypes.person, gn: givenName })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.keys.keyId })
      .setSubject(userId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + rotatingQrLifetimeSeconds)
      .sign(this.keys.privateKey);
    return this.issued(token, issuedAt);
  }

  signAction(claims: ActionClaims, now = this.clock.now()): Promise<string> {
    const subject = claims.action === 'check-out' ? claims.bookingId : claims.userId;
    return new SignJWT({ typ: actionTokenType, act: claims.action, kio: claims.kioskId })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.keys.keyId })
      .setSubject(subject)
      .setIssuedAt(toSeconds(now))
      .setExpirationTime(toSeconds(now) + actionTokenSeconds)
      .sign(this.keys.privateKey);
  }

  /**
   * A scanned token, by its signature and, for the short-lived ones, their life at `now` (the
   * scan time). The booking window is left to the caller, who first checks the site.
   */
  async verify(token: string, now = this.clock.now()): Promise<VerifiedToken> {
    const payload = await this.verifySignature(token);
    const isShortLived =
      payload.typ === qrTokenTypes.person ||
      payload.typ === qrTokenTypes.rotating ||
      payload.typ === qrTokenTypes.event ||
      payload.typ === qrTokenTypes.guest;
    if (isShortLived && now.getTime() >= payload.exp * 1000) throw new QrTokenError('expired');
    if (payload.typ === qrTokenTypes.person) return { type: 'person', userId: payload.sub };
    if (payload.typ === qrTokenTypes.event) {
      if (typeof payload.iat !== 'number') throw new QrTokenError('invalid');
      const { subject, ...window } = readWindowClaims(payload);
      return {
        type: 'event',
        issuedAt: new Date(payload.iat * 1000),
        expiresAt: new Date(payload.exp * 1000),
        registrationId: subject,
        ...window,
        eventTitle: typeof payload.ev === 'string' ? payload.ev : '',
      };
    }
    if (payload.typ === qrTokenTypes.guest) {
      if (typeof payload.iat !== 'number') throw new QrTokenError('invalid');
      const { subject, ...window } = readWindowClaims(payload);
      return {
        type: 'guest',
        issuedAt: new Date(payload.iat * 1000),
        expiresAt: new Date(payload.exp * 1000),
        invitationId: subject,
        ...window,
      };
    }
    if (payload.typ === qrTokenTypes.rotating) {
      if (typeof payload.iat !== 'number') throw new QrTokenError('invalid');
      return {
        type: 'rotating',
        issuedAt: new Date(payload.iat * 1000),
        expiresAt: new Date(payload.exp * 1000),
        ...readBookingClaims(payload),
      };
    }
    if (payload.typ === qrTokenTypes.booking)
      return { type: 'booking', ...readBookingClaims(payload) };
    throw new QrTokenError('invalid');
  }

  async verifyAction<Action extends ActionClaims['action']>(
    token: string,
    action: Action,
    now = this.clock.now(),
  ): Promise<Extract<ActionClaims, { action: Action }>> {
    const payload = await this.verifySignature(token);
    if (
      payload.typ !== actionTokenType ||
      payload.act !== action ||
      typeof payload.kio !== 'string' ||
      now.getTime() >= payload.exp * 1000
    ) {
      throw new QrTokenError('invalid');
    }
    const claims =
      action === 'check-out'
        ? { action, kioskId: payload.kio, bookingId: payload.sub }
        : { action, kioskId: payload.kio, userId: payload.sub };
    return claims as Extract<ActionClaims, { action: Action }>;
  }

  async publicJwks(): Promise<{ keys: JWK[] }> {
    const keys = await Promise.all(
      [...this.keys.publicKeys].map(async ([keyId, publicKey]) => ({
        ...(await exportJWK(publicKey)),
        kid: keyId,
        alg: 'EdDSA',
        use: 'sig',
      })),
    );
    return { keys };
  }

  private signer(type: QrTokenType, input: BookingTokenInput): SignJWT {
    return new SignJWT({
      typ: type,
      sid: input.siteId,
      win: [toSeconds(input.validFrom), toSeconds(input.validUntil)],
      gn: input.givenName,
      dl: input.deskLabel,
      dz: input.zone,
    })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.keys.keyId })
      .setSubject(input.bookingId);
  }

  private issued(token: string, issuedAt: number): IssuedToken {
    return {
      token,
      expiresAt: new Date((issuedAt + rotatingQrLifetimeSeconds) * 1000),
      refreshAfter: new Date((issuedAt + rotatingQrSeconds) * 1000),
    };
  }

  /** The payload of a token signed (EdDSA) with one of our keys, by key id; claims unchecked. */
  private async verifySignature(token: string): Promise<SignedPayload> {
    let payload: JWTPayload;
    try {
      const verified = await compactVerify(
        token,
        (header: CompactJWSHeaderParameters) => {
          const key = header.kid === undefined ? undefined : this.keys.publicKeys.get(header.kid);
          if (!key) throw new QrTokenError('invalid');
          return key;
        },
        { algorithms: ['EdDSA'] },
      );
      payload = JSON.parse(new TextDecoder().decode(verified.payload)) as JWTPayload;
    } catch {
      throw new QrTokenError('invalid');
    }
    const { sub, exp } = payload;
    if (typeof sub !== 'string' || typeof exp !== 'number') throw new QrTokenError('invalid');
    return { ...payload, sub, exp };
  }
}

/** A verified token's claims: every AdmZ token names its subject and its end. */
type SignedPayload = JWTPayload & { sub: string; exp: number };

function readBookingClaims(payload: JWTPayload): BookingTokenInput {
  const { subject, ...window } = readWindowClaims(payload);
  return {
    bookingId: subject,
    ...window,
    deskLabel: typeof payload.dl === 'string' ? payload.dl : '',
    zone: typeof payload.dz === 'string' ? payload.dz : '',
  };
}

/** The claims booking and event tokens share: subject, site, check-in window, given name. */
function readWindowClaims(payload: JWTPayload) {
  const window: unknown[] = Array.isArray(payload.win) ? payload.win : [];
  const [from, until] = window;
  if (
    typeof payload.sub !== 'string' ||
    typeof payload.sid !== 'string' ||
    window.length !== 2 ||
    typeof from !== 'number' ||
    typeof until !== 'number'
  ) {
    throw new QrTokenError('invalid');
  }
  return {
    subject: payload.sub,
    siteId: payload.sid,
    validFrom: new Date(from * 1000),
    validUntil: new Date(until * 1000),
    givenName: typeof payload.gn === 'string' ? payload.gn : '',
  };
}

function toSeconds(instant: Date): number {
  return Math.floor(instant.getTime() / 1000);
}
