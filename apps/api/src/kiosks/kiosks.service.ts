import { randomBytes } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CreatedKiosk, CreateKiosk, Kiosk as KioskResponse } from '@admz/shared';
import { Repository } from 'typeorm';
import { hashToken } from '../auth/sessions.service';
import { Site } from '../sites/site.entity';
import { Kiosk } from './kiosk.entity';

/** Kiosks touch `last_seen_at` at most this often, not on every scan. */
const lastSeenResolutionMs = 60_000;

export function toKioskResponse(kiosk: Kiosk): KioskResponse {
  return {
    id: kiosk.id,
    siteId: kiosk.siteId,
    name: kiosk.name,
    isRevoked: kiosk.isRevoked,
    createdAt: kiosk.createdAt.toISOString(),
    lastSeenAt: kiosk.lastSeenAt?.toISOString() ?? null,
  };
}

@Injectable()
export class KiosksService {
  constructor(
    @InjectRepository(Kiosk) private readonly kiosks: Repository<Kiosk>,
    @InjectRepository(Site) private readonly sites: Repository<Site>,
  ) {}

  /** The credential is returned once; only its hash is stored. */
  async createKiosk(
    siteId: string,
    input: CreateKiosk,
    credential = generateCredential(),
  ): Promise<CreatedKiosk> {
    if (!(await this.sites.existsBy({ id: siteId })))
      throw new NotFoundException("Ce site n'existe pas.");
    const kiosk = await this.kiosks.save(
      this.kiosks.create({
        siteId,
        name: input.name,
        credentialHash: hashToken(credential),
        isRevoked: false,
      }),
    );
    return { kiosk: toKioskResponse(kiosk), credential };
  }

  async listKiosks(siteId: string): Promise<KioskResponse[]> {
    const kiosks = await this.kiosks.find({ where: { siteId }, order: { createdAt: 'ASC' } });
    return kiosks.map(toKioskResponse);
  }

  async revokeKiosk(siteId: string, kioskId: string): Promise<KioskResponse> {
    const kiosk = await this.kiosks.findOneBy({ id: kioskId, siteId });
    if (!kiosk) throw new NotFoundException("Cette borne n'existe pas sur ce site.");
    if (!kiosk.isRevoked) {
      kiosk.isRevoked = true;
      kiosk.revokedAt = new Date();
      await this.kiosks.save(kiosk);
    }
    return toKioskResponse(kiosk);
  }

  async authenticate(credential: string): Promise<Kiosk | null> {
    const kiosk = await this.kiosks.findOneBy({ credentialHash: hashToken(credential) });
    if (!kiosk || kiosk.isRevoked) return null;
    const now = new Date();
    if (!kiosk.lastSeenAt || now.getTime() - kiosk.lastSeenAt.getTime() > lastSeenResolutionMs) {
      await this.kiosks.update({ id: kiosk.id }, { lastSeenAt: now });
      kiosk.lastSeenAt = now;
    }
    return kiosk;
  }
}

function generateCredential(): string {
  return `kiosk_${randomBytes(32).toString('base64url')}`;
}
