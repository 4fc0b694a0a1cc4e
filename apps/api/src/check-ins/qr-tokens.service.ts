import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, errors, exportJWK, jwtVerify, type JWK, type JWTHeaderParameters } from 'jose';
import type { QrSigningKeys } from './qr-signing-keys';

export const QR_SIGNING_KEYS = Symbol('QR_SIGNING_KEYS');
const tokenType = 'admz-check-in';

export type CheckInClaims = {
  bookingId: string;
  siteId: string;
  validFrom: Date;
  validUntil: Date;
};

export type TokenProblem = 'invalid' | 'not_yet_valid' | 'expired';

export class QrTokenError extends Error {
  constructor(readonly problem: TokenProblem) {
    super(problem);
  }
}

/**
 * Check-in tokens are compact JWS signed with Ed25519 (`EdDSA`), key id in the header, so a
 * kiosk holding the public keys can verify them without the server.
 */
@Injectable()
export class QrTokensService {
  constructor(@Inject(QR_SIGNING_KEYS) private readonly keys: QrSigningKeys) {}

  sign(claims: CheckInClaims): Promise<string> {
    return new SignJWT({ typ: tokenType, sid: claims.siteId })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.keys.keyId })
      .setSubject(claims.bookingId)
      .setNotBefore(Math.floor(claims.validFrom.getTime() / 1000))
      .setExpirationTime(Math.floor(claims.validUntil.getTime() / 1000))
      .sign(this.keys.privateKey);
  }

  async verify(token: string, now = new Date()): Promise<CheckInClaims> {
    try {
      const { payload } = await jwtVerify(
        token,
        (header: JWTHeaderParameters) => {
          if (header.kid !== this.keys.keyId) throw new QrTokenError('invalid');
          return this.keys.publicKey;
        },
        { algorithms: ['EdDSA'], currentDate: now, requiredClaims: ['sub', 'nbf', 'exp'] },
      );
      if (payload.typ !== tokenType || typeof payload.sid !== 'string')
        throw new QrTokenError('invalid');
      return {
        bookingId: payload.sub!,
        siteId: payload.sid,
        validFrom: new Date(payload.nbf! * 1000),
        validUntil: new Date(payload.exp! * 1000),
      };
    } catch (error) {
      if (error instanceof QrTokenError) throw error;
      if (error instanceof errors.JWTExpired) throw new QrTokenError('expired');
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
        throw new QrTokenError('not_yet_valid');
      }
      throw new QrTokenError('invalid');
    }
  }

  async publicJwks(): Promise<{ keys: JWK[] }> {
    const jwk = await exportJWK(this.keys.publicKey);
    return { keys: [{ ...jwk, kid: this.keys.keyId, alg: 'EdDSA', use: 'sig' }] };
  }
}
