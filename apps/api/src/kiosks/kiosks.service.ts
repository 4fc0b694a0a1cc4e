import { randomBytes, randomInt } from 'node:crypto';
import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnauthorizedException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  pairingCodeLength,
  pairingCodeMinutes,
  shortCodeAlphabet,
  type CreateKiosk,
  type Kiosk as KioskResponse,
  type KioskPairing,
  type PairKiosk,
  type PairedKiosk,
} from '@admz/shared';
import { Repository } from 'typeorm';
import { hashToken } from '../auth/sessions.service';
import { Site } from '../sites/site.entity';
import { Kiosk } from './kiosk.entity';

/** Kiosks touch `last_seen_at` at most this often, not on every request. */
const lastSeenResolutionMs = 30_000;

export function toKioskResponse(kiosk: Kiosk, now = new Date()): KioskResponse {
  const isPairingPending =
    !kiosk.isRevoked && kiosk.pairingExpiresAt !== null && kiosk.pairingExpiresAt > now;
  return {
    id: kiosk.id,
    siteId: kiosk.siteId,
    name: kiosk.name,
    isRevoked: kiosk.isRevoked,
    createdAt: kiosk.createdAt.toISOString(),
    revokedAt: kiosk.revokedAt?.toISOString() ?? null,
    pairedAt: kiosk.pairedAt?.toISOString() ?? null,
    pairingExpiresAt: isPairingPending ? kiosk.pairingExpiresAt!.toISOString() : null,
    lastSeenAt: kiosk.lastSeenAt?.toISOString() ?? null,
    appVersion: kiosk.appVersion,
  };
}

/**
 * Kiosks are devices of one site. A host creates one and gets a one-time pairing code (10 min);
 * the tablet exchanges it for a device credential, of which only the hash is kept.
 */
@Injectable()
export class KiosksService {
  constructor(
    @InjectRepository(Kiosk) private readonly kiosks: Repository<Kiosk>,
    @InjectRepository(Site) private readonly sites: Repository<Site>,
  ) {}

  async createKiosk(siteId: string, input: CreateKiosk, now = new Date()): Promise<KioskPairing> {
    if (!(await this.sites.existsBy({ id: siteId })))
      throw new NotFoundException("Ce site n'existe pas.");
    const pairingCode = generatePairingCode();
    const kiosk = await this.kiosks.save(
      this.kiosks.create({
        siteId,
        name: input.name,
        credentialHash: null,
        isRevoked: false,
        pairingCodeHash: hashToken(pairingCode),
        pairingExpiresAt: pairingExpiry(now),
      }),
    );
    return this.toPairing(kiosk, pairingCode, now);
  }

  /** A new code for a kiosk (a replaced tablet): the tablet that pairs with it takes over. */
  async renewPairingCode(siteId: string, kioskId: string, now = new Date()): Promise<KioskPairing> {
    const kiosk = await this.findKiosk(siteId, kioskId);
    if (kiosk.isRevoked) {
      throw new ConflictException('Cette borne est désactivée : créez-en une nouvelle.');
    }
    const pairingCode = generatePairingCode();
    kiosk.pairingCodeHash = hashToken(pairingCode);
    kiosk.pairingExpiresAt = pairingExpiry(now);
    await this.kiosks.save(kiosk);
    return this.toPairing(kiosk, pairingCode, now);
  }

  /** One conditional UPDATE: a code pairs one tablet, once, before it expires. */
  async pair(input: PairKiosk, now = new Date()): Promise<PairedKiosk> {
    const credential = `kiosk_${randomBytes(32).toString('base64url')}`;
    const [rows]: [{ id: string }[], number] = await this.kiosks.query(
      `UPDATE kiosks SET credential_hash = $2, pairing_code_hash = NULL, pairing_expires_at = NULL,
              paired_at = $3, last_seen_at = $3, app_version = $4
       WHERE pairing_code_hash = $1 AND pairing_expires_at > $3 AND NOT is_revoked
       RETURNING id`,
      [hashToken(input.pairingCode), hashToken(credential), now, input.appVersion ?? null],
    );
    if (rows.length === 0) {
      throw new UnprocessableEntityException(
        'Code d’appairage inconnu ou expiré : demandez un nouveau code à un gestionnaire du site.',
      );
    }
    return { credential, kioskId: rows[0].id };
  }

  async listKiosks(siteId: string): Promise<KioskResponse[]> {
    const kiosks = await this.kiosks.find({ where: { siteId }, order: { createdAt: 'ASC' } });
    const now = new Date();
    return kiosks.map((kiosk) => toKioskResponse(kiosk, now));
  }

  async revokeKiosk(siteId: string, kioskId: string): Promise<KioskResponse> {
    const kiosk = await this.findKiosk(siteId, kioskId);
    if (!kiosk.isRevoked) {
      kiosk.isRevoked = true;
      kiosk.revokedAt = new Date();
      kiosk.pairingCodeHash = null;
      kiosk.pairingExpiresAt = null;
      await this.kiosks.save(kiosk);
    }
    return toKioskResponse(kiosk);
  }

  /** The kiosk presenting this credential; its last-seen time and app version are kept current. */
  async authenticate(credential: string, appVersion: string | undefined): Promise<Kiosk> {
    const kiosk = await this.kiosks.findOneBy({ credentialHash: hashToken(credential) });
    if (!kiosk) throw new UnauthorizedException('Borne non reconnue : appairez-la de nouveau.');
    if (kiosk.isRevoked) {
      throw new UnauthorizedException('Borne désactivée par un gestionnaire du site.');
    }
    const now = new Date();
    const version = appVersion?.slice(0, 40) || kiosk.appVersion;
    const isStale =
      !kiosk.lastSeenAt || now.getTime() - kiosk.lastSeenAt.getTime() > lastSeenResolutionMs;
    if (isStale || version !== kiosk.appVersion) {
      await this.kiosks.update({ id: kiosk.id }, { lastSeenAt: now, appVersion: version });
      Object.assign(kiosk, { lastSeenAt: now, appVersion: version });
    }
    return kiosk;
  }

  private async findKiosk(siteId: string, kioskId: string): Promise<Kiosk> {
    const kiosk = await this.kiosks.findOneBy({ id: kioskId, siteId });
    if (!kiosk) throw new NotFoundException("Cette borne n'existe pas sur ce site.");
    return kiosk;
  }

  private toPairing(kiosk: Kiosk, pairingCode: string, now: Date): KioskPairing {
    return {
      kiosk: toKioskResponse(kiosk, now),
      pairingCode,
      pairingExpiresAt: kiosk.pairingExpiresAt!.toISOString(),
    };
  }
}

/** 8 characters of 31 (~40 bits), valid 10 minutes: guessing one in time is hopeless. */
function generatePairingCode(): string {
  let code = '';
  for (let index = 0; index < pairingCodeLength; index += 1) {
    code += shortCodeAlphabet[randomInt(shortCodeAlphabet.length)];
  }
  return code;
}

function pairingExpiry(now: Date): Date {
  return new Date(now.getTime() + pairingCodeMinutes * 60_000);
}
