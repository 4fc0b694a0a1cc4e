import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import {
  ConflictException,
  ForbiddenException,
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
  type SetSettingsPin,
  type SettingsUnlock,
  type SettingsUnlockResult,
} from '@admz/shared';
import { Repository, type EntityManager } from 'typeorm';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import type { User } from '../users/user.entity';
import {
  kioskSettingsPinPolicy,
  pairingEverywherePolicy,
  pairingFromAddressPolicy,
  toAddressSubject,
} from '../attempt-limits/attempt-limits';
import { AttemptLimitsService } from '../attempt-limits/attempt-limits.service';
import { hashToken } from '../auth/sessions.service';
import { Site } from '../sites/site.entity';
import { Kiosk } from './kiosk.entity';
import { Clock } from '../common/clock';
import { z } from 'zod';
import { column, queryRows } from '../database/typed-query';

/** Kiosks touch `last_seen_at` at most this often, not on every request. */
const lastSeenResolutionSeconds = 5;
/**
 * A request this long after the kiosk's previous one (heartbeats come every 30 s) ends a silence:
 * the period between is recorded as one when the kiosk may have been offline.
 */
export const kioskSilenceSeconds = 40;
/** Offline periods are kept as long as offline check-ins are accepted after their scan. */
export const offlinePeriodRetentionHours = 48;

/** A time the server heard nothing from a kiosk: from its last request before to its first after. */
export type KioskOfflinePeriod = { startedAt: Date; endedAt: Date };

export function toKioskResponse(kiosk: Kiosk, now: Date): KioskResponse {
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
    pairingExpiresAt: isPairingPending ? (kiosk.pairingExpiresAt?.toISOString() ?? null) : null,
    lastSeenAt: kiosk.lastSeenAt?.toISOString() ?? null,
    appVersion: kiosk.appVersion,
    hasSettingsPin: kiosk.settingsPinHash !== null,
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
    private readonly attemptLimits: AttemptLimitsService,
    private readonly clock: Clock,
  ) {}

  async createKiosk(
    actor: User,
    siteId: string,
    input: CreateKiosk,
    now = this.clock.now(),
  ): Promise<KioskPairing> {
    if (!(await this.sites.existsBy({ id: siteId })))
      throw new NotFoundException("Ce site n'existe pas.");
    const pairingCode = generatePairingCode();
    const kiosk = await this.kiosks.manager.transaction(async (manager) => {
      const repository = manager.getRepository(Kiosk);
      const created = await repository.save(
        repository.create({
          siteId,
          name: input.name,
          credentialHash: null,
          isRevoked: false,
          pairingCodeHash: hashToken(pairingCode),
          pairingExpiresAt: pairingExpiry(now),
          settingsPinHash:
            input.settingsPin === undefined ? null : await hashSettingsPin(input.settingsPin),
        }),
      );
      await this.audit(manager, actor, 'kiosk.created', created, now);
      return created;
    });
    return this.toPairing(kiosk, pairingCode, now);
  }

  /** A new code for a kiosk (a replaced tablet): the tablet that pairs with it takes over. */
  async renewPairingCode(
    actor: User,
    siteId: string,
    kioskId: string,
    now = this.clock.now(),
  ): Promise<KioskPairing> {
    const kiosk = await this.findKiosk(siteId, kioskId);
    if (kiosk.isRevoked) {
      throw new ConflictException('Cette borne est désactivée : créez-en une nouvelle.');
    }
    const pairingCode = generatePairingCode();
    kiosk.pairingCodeHash = hashToken(pairingCode);
    kiosk.pairingExpiresAt = pairingExpiry(now);
    await this.kiosks.manager.transaction(async (manager) => {
      await manager.getRepository(Kiosk).save(kiosk);
      await this.audit(manager, actor, 'kiosk.pairing-renewed', kiosk, now);
    });
    return this.toPairing(kiosk, pairingCode, now);
  }

  /**
   * One conditional UPDATE: a code pairs one tablet, once, before it expires. Guesses are
   * counted per source address and everywhere together before the code is looked up.
   */
  async pair(
    input: PairKiosk,
    sourceAddress: string | undefined,
    now = this.clock.now(),
  ): Promise<PairedKiosk> {
    const attempt = await this.attemptLimits.takeAttempt(
      [
        { policy: pairingFromAddressPolicy, subject: toAddressSubject(sourceAddress) },
        { policy: pairingEverywherePolicy, subject: 'all' },
      ],
      now,
    );
    const credential = `kiosk_${randomBytes(32).toString('base64url')}`;
    const rows = await queryRows(
      this.kiosks.manager,
      z.object({ id: column.id }),
      `UPDATE kiosks SET credential_hash = $2, pairing_code_hash = NULL, pairing_expires_at = NULL,
              paired_at = $3, last_seen_at = $3, app_version = $4
       WHERE pairing_code_hash = $1 AND pairing_expires_at > $3 AND NOT is_revoked
       RETURNING id`,
      [hashToken(input.pairingCode), hashToken(credential), now, input.appVersion ?? null],
    );
    const [paired] = rows;
    if (!paired) {
      throw new UnprocessableEntityException(
        'Code d’appairage inconnu ou expiré : demandez un nouveau code à un gestionnaire du site.',
      );
    }
    await this.attemptLimits.giveBack(attempt);
    return { credential, kioskId: paired.id };
  }

  async listKiosks(siteId: string): Promise<KioskResponse[]> {
    const kiosks = await this.kiosks.find({ where: { siteId }, order: { createdAt: 'ASC' } });
    const now = this.clock.now();
    return kiosks.map((kiosk) => toKioskResponse(kiosk, now));
  }

  async revokeKiosk(actor: User, siteId: string, kioskId: string): Promise<KioskResponse> {
    const kiosk = await this.findKiosk(siteId, kioskId);
    if (!kiosk.isRevoked) {
      const now = this.clock.now();
      kiosk.isRevoked = true;
      kiosk.revokedAt = now;
      kiosk.pairingCodeHash = null;
      kiosk.pairingExpiresAt = null;
      await this.kiosks.manager.transaction(async (manager) => {
        await manager.getRepository(Kiosk).save(kiosk);
        await this.audit(manager, actor, 'kiosk.revoked', kiosk, now);
      });
    }
    return toKioskResponse(kiosk, this.clock.now());
  }

  /** A host sets or changes the code that opens the tablet's settings; it is never sent back. */
  async setSettingsPin(
    actor: User,
    siteId: string,
    kioskId: string,
    input: SetSettingsPin,
  ): Promise<KioskResponse> {
    const kiosk = await this.findKiosk(siteId, kioskId);
    if (kiosk.isRevoked) {
      throw new ConflictException('Cette borne est désactivée : créez-en une nouvelle.');
    }
    const now = this.clock.now();
    kiosk.settingsPinHash = await hashSettingsPin(input.settingsPin);
    await this.kiosks.manager.transaction(async (manager) => {
      await manager.update(Kiosk, { id: kiosk.id }, { settingsPinHash: kiosk.settingsPinHash });
      await this.audit(manager, actor, 'kiosk.settings-pin-changed', kiosk, now);
    });
    return toKioskResponse(kiosk, now);
  }

  /**
   * The code typed at the door to open the settings. Each try is reserved on the kiosk's counter
   * before the code is compared, so a storm of parallel guesses gets exactly the policy's tries;
   * the try that locks the settings is audited. A right code gives its try back.
   */
  async unlockSettings(kiosk: Kiosk, input: SettingsUnlock): Promise<SettingsUnlockResult> {
    if (kiosk.settingsPinHash === null) {
      throw new ConflictException(
        'Aucun code des réglages n’est défini pour cette borne : un gestionnaire du site le fixe sur la page « Bornes d’accueil ».',
      );
    }
    const now = this.clock.now();
    const attempt = await this.attemptLimits.takeAttempt(
      [{ policy: kioskSettingsPinPolicy, subject: kiosk.id }],
      now,
    );
    if (await verifySettingsPin(input.settingsPin, kiosk.settingsPinHash)) {
      await this.attemptLimits.giveBack(attempt);
      return { unlocked: true };
    }
    const failures = attempt.failures[0] ?? kioskSettingsPinPolicy.freeFailures;
    const triesLeft = kioskSettingsPinPolicy.freeFailures - failures;
    if (triesLeft <= 0) {
      if (failures === kioskSettingsPinPolicy.freeFailures) {
        await insertAuditEvent(this.kiosks.manager, {
          at: now,
          kind: 'kiosk.settings-locked',
          actor: null,
          siteId: kiosk.siteId,
          subject: kiosk.name,
          after: { kioskId: kiosk.id, name: kiosk.name, lockedMinutes: 5 },
        });
      }
      throw new ForbiddenException(
        'Code des réglages incorrect : les réglages sont bloqués pendant 5 minutes.',
      );
    }
    throw new ForbiddenException(
      triesLeft === 1
        ? 'Code des réglages incorrect : encore 1 essai avant le blocage des réglages pendant 5 minutes.'
        : `Code des réglages incorrect : encore ${triesLeft} essais avant le blocage des réglages pendant 5 minutes.`,
    );
  }

  /** The audit entry of a host's action on a kiosk (never its codes or credential). */
  private audit(
    manager: EntityManager,
    actor: User,
    kind:
      'kiosk.created' | 'kiosk.pairing-renewed' | 'kiosk.revoked' | 'kiosk.settings-pin-changed',
    kiosk: Kiosk,
    now: Date,
  ): Promise<void> {
    return insertAuditEvent(manager, {
      at: now,
      kind,
      actor: auditActorOf(actor),
      siteId: kiosk.siteId,
      subject: kiosk.name,
      after: { kioskId: kiosk.id, name: kiosk.name, isRevoked: kiosk.isRevoked },
    });
  }

  /**
   * The kiosk presenting this credential; its last-seen time and app version are kept current,
   * and a request after a silence records the silence as an offline period.
   */
  async authenticate(credential: string, appVersion: string | undefined): Promise<Kiosk> {
    const kiosk = await this.kiosks.findOneBy({ credentialHash: hashToken(credential) });
    if (!kiosk) throw new UnauthorizedException('Borne non reconnue : appairez-la de nouveau.');
    if (kiosk.isRevoked) {
      throw new UnauthorizedException('Borne désactivée par un gestionnaire du site.');
    }
    const now = this.clock.now();
    const version = appVersion?.slice(0, 40) || kiosk.appVersion;
    const isStale =
      !kiosk.lastSeenAt ||
      now.getTime() - kiosk.lastSeenAt.getTime() > lastSeenResolutionSeconds * 1000;
    if (isStale || version !== kiosk.appVersion) {
      await this.kiosks.query(recordContactSql, [
        kiosk.id,
        now,
        version,
        lastSeenResolutionSeconds,
        kioskSilenceSeconds,
        offlinePeriodRetentionHours,
      ]);
      Object.assign(kiosk, { lastSeenAt: now, appVersion: version });
    }
    return kiosk;
  }

  /** The kiosk's offline periods that ended at `since` or later, oldest first. */
  async findOfflinePeriods(kioskId: string, since: Date): Promise<KioskOfflinePeriod[]> {
    const rows = await queryRows(
      this.kiosks.manager,
      z.object({ started_at: column.instant, ended_at: column.instant }),
      `SELECT started_at, ended_at FROM kiosk_offline_periods
       WHERE kiosk_id = $1 AND ended_at >= $2 ORDER BY started_at`,
      [kioskId, since],
    );
    return rows.map((row) => ({ startedAt: row.started_at, endedAt: row.ended_at }));
  }

  private async findKiosk(siteId: string, kioskId: string): Promise<Kiosk> {
    const kiosk = await this.kiosks.findOneBy({ id: kioskId, siteId });
    if (!kiosk) throw new NotFoundException("Cette borne n'existe pas sur ce site.");
    return kiosk;
  }

  private toPairing(kiosk: Kiosk, pairingCode: string, now: Date): KioskPairing {
    if (!kiosk.pairingExpiresAt) throw new Error('a pairing code was issued without its expiry');
    return {
      kiosk: toKioskResponse(kiosk, now),
      pairingCode,
      pairingExpiresAt: kiosk.pairingExpiresAt.toISOString(),
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

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keyLength: number,
) => Promise<Buffer>;
const settingsPinKeyLength = 32;

/** `scrypt$<salt>$<hash>`: a salt of its own per kiosk, so equal codes give unequal hashes. */
export async function hashSettingsPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(pin, salt, settingsPinKeyLength);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

async function verifySettingsPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(pin, Buffer.from(salt, 'base64url'), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function pairingExpiry(now: Date): Date {
  return new Date(now.getTime() + pairingCodeMinutes * 60_000);
}

/**
 * One statement, so that concurrent requests of a kiosk record a silence once (the first locks
 * the row and moves last-seen on; the others then see no silence): touch last-seen and version,
 * record the silence since the previous request if long enough, drop periods past retention.
 */
const recordContactSql = `
  WITH previous AS (
    SELECT id, last_seen_at FROM kiosks WHERE id = $1::uuid FOR UPDATE
  ), touched AS (
    UPDATE kiosks SET last_seen_at = $2, app_version = $3
    FROM previous
    WHERE kiosks.id = previous.id
      AND (previous.last_seen_at IS NULL
           OR previous.last_seen_at < $2::timestamptz - make_interval(secs => $4)
           OR kiosks.app_version IS DISTINCT FROM $3)
    RETURNING previous.last_seen_at AS previous_seen_at
  ), recorded AS (
    INSERT INTO kiosk_offline_periods (kiosk_id, started_at, ended_at)
    SELECT $1::uuid, previous_seen_at, $2::timestamptz FROM touched
    WHERE previous_seen_at < $2::timestamptz - make_interval(secs => $5)
    ON CONFLICT DO NOTHING
    RETURNING kiosk_id
  )
  DELETE FROM kiosk_offline_periods
  WHERE kiosk_id = $1::uuid AND ended_at < $2::timestamptz - make_interval(hours => $6)
    AND EXISTS (SELECT 1 FROM recorded)`;
