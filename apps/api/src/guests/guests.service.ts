import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  addDaysToIsoDate,
  maxGuestInvitationsPerAgentPerDay,
  normalizeShortCode,
  startOfSiteDay,
  type CreateGuestInvitation,
  type GuestInvitation,
  type GuestPublicView,
  type GuestSettings,
} from '@admz/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import { hashToken } from '../auth/sessions.service';
import { generateShortCode } from '../bookings/bookings.service';
import { QrTokensService } from '../check-ins/qr-tokens.service';
import { toQrSvg } from '../check-ins/qr-svg';
import { Clock } from '../common/clock';
import { formatFrenchDate, siteToday } from '../common/site-time';
import { toHttpException } from '../database/database-errors';
import type { Queryable } from '../database/typed-query';
import { NotificationsService } from '../notifications/notifications.service';
import { SitesService } from '../sites/sites.service';
import type { User } from '../users/user.entity';
import { generateGuestSecret, guestSecretPattern } from './guest-mails';
import {
  acceptCharter,
  cancelInvitation,
  countInviterDay,
  decideInvitation,
  findInvitation,
  insertInvitation,
  isShortCodeTaken,
  listByInviter,
  listBySite,
  lockInviterDay,
  readGuestSettings,
  writeGuestSettings,
  type GuestInvitationRow,
} from './guest-queries';

/** How far ahead an agent may invite someone. */
export const guestInvitationMaxDaysAhead = 90;

const linkNotFound = () =>
  new NotFoundException(
    'Cette invitation n’existe pas ou n’est plus valable : demandez à l’agent qui vous invite de vous inviter de nouveau.',
  );

/** The day window of an invitation: from the start of its day to the start of the next (site calendar). */
export function guestDayWindow(date: string, timezone: string): { from: Date; until: Date } {
  return {
    from: startOfSiteDay(date, timezone),
    until: startOfSiteDay(addDaysToIsoDate(date, 1), timezone),
  };
}

/**
 * Guests (issue 11, point 2): an agent invites someone from outside the administration for a
 * day at a site; the site's hosts approve (unless the site approves every guest at once); the
 * guest opens a secret link — no account — to accept the site's charter and get a day pass.
 */
@Injectable()
export class GuestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sites: SitesService,
    private readonly notifications: NotificationsService,
    private readonly qrTokens: QrTokensService,
    private readonly clock: Clock,
  ) {}

  async invite(user: User, input: CreateGuestInvitation): Promise<GuestInvitation> {
    const now = this.clock.now();
    const { site, schedule } = await this.sites.loadSiteDay(input.siteId, input.date);
    if (site.archivedAt !== null) throw new NotFoundException("Ce site n'existe pas.");
    const today = siteToday(site.timezone, now);
    if (input.date < today) {
      throw new UnprocessableEntityException('Cette date est passée : choisissez un jour à venir.');
    }
    if (input.date > addDaysToIsoDate(today, guestInvitationMaxDaysAhead)) {
      throw new UnprocessableEntityException(
        `On invite au plus ${guestInvitationMaxDaysAhead} jours à l’avance.`,
      );
    }
    if (!schedule.isOpen) {
      throw new UnprocessableEntityException(
        schedule.closedReason ?? 'Le site est fermé ce jour-là : choisissez un autre jour.',
      );
    }
    if (input.email === user.email.toLowerCase()) {
      throw new UnprocessableEntityException(
        'Vous ne pouvez pas vous inviter vous-même : réservez un poste.',
      );
    }
    const settings = await this.getSettings(site.id);
    const shortCode = await this.freeShortCode();
    const invitationId = await this.inTransaction(async (manager) => {
      // Under the agent's lock for the day: the count and the insert it allows are one step.
      await lockInviterDay(manager, user.id, input.date);
      const count = await countInviterDay(manager, user.id, input.date);
      if (count >= maxGuestInvitationsPerAgentPerDay) {
        throw new ConflictException(
          `Vous avez déjà invité ${maxGuestInvitationsPerAgentPerDay} personnes ce jour-là : c’est le maximum par agent et par jour.`,
        );
      }
      const status = settings.needsApproval ? 'pending' : 'approved';
      const id = await insertInvitation(manager, {
        siteId: site.id,
        date: input.date,
        invitedByUserId: user.id,
        givenName: input.givenName,
        usualName: input.usualName,
        email: input.email,
        organisation: input.organisation,
        siret: input.siret ?? null,
        reason: input.reason,
        status,
        decidedAt: status === 'approved' ? now : null,
        // A placeholder: the link's secret is created when the guest's mail is composed.
        accessTokenHash: hashToken(generateGuestSecret()),
        shortCode,
        createdAt: now,
      });
      if (status === 'approved') {
        await this.notifications.enqueue({ kind: 'guest-invitation', invitationId: id }, manager);
      }
      return id;
    });
    return this.toResponse(await this.getRow(invitationId));
  }

  async listMine(user: User): Promise<GuestInvitation[]> {
    const rows = await listByInviter(this.dataSource.manager, user.id, this.todayInParis());
    return rows.map((row) => this.toResponse(row));
  }

  async cancelMine(user: User, invitationId: string): Promise<GuestInvitation> {
    const row = await findInvitation(this.dataSource.manager, { id: invitationId });
    if (!row || row.invitedByUserId !== user.id) {
      throw new NotFoundException("Cette invitation n'existe pas.");
    }
    if (!(await cancelInvitation(this.dataSource.manager, invitationId, user.id))) {
      throw new ConflictException(
        row.checkedInAt
          ? 'La personne invitée est déjà arrivée : l’invitation ne peut plus être annulée.'
          : 'Cette invitation est déjà annulée ou refusée.',
      );
    }
    return this.toResponse(await this.getRow(invitationId));
  }

  /** The site's invitations of a day, or those awaiting a decision from today on. */
  async listForSite(siteId: string, date: string | undefined): Promise<GuestInvitation[]> {
    const site = await this.sites.getSite(siteId);
    const rows = await listBySite(
      this.dataSource.manager,
      siteId,
      date ? { date } : { pendingFrom: siteToday(site.timezone, this.clock.now()) },
    );
    return rows.map((row) => this.toResponse(row));
  }

  async approve(actor: User, siteId: string, invitationId: string): Promise<GuestInvitation> {
    return this.decide(actor, siteId, invitationId, 'approved', null);
  }

  async decline(
    actor: User,
    siteId: string,
    invitationId: string,
    reason: string,
  ): Promise<GuestInvitation> {
    return this.decide(actor, siteId, invitationId, 'declined', reason);
  }

  /** The guest's page: what their secret link opens. */
  async getPublicView(secret: string): Promise<GuestPublicView> {
    const row = await this.findBySecret(secret);
    return this.toPublicView(row);
  }

  async acceptCharter(secret: string): Promise<GuestPublicView> {
    const row = await this.findBySecret(secret);
    if (row.status === 'declined') {
      throw new ConflictException('Cette invitation a été refusée par l’équipe du site.');
    }
    if (row.usageCharter === null) {
      throw new ConflictException('Ce site n’a pas de charte d’utilisation à accepter.');
    }
    await acceptCharter(this.dataSource.manager, row.id, this.clock.now());
    return this.toPublicView(await this.getRow(row.id));
  }

  private async decide(
    actor: User,
    siteId: string,
    invitationId: string,
    status: 'approved' | 'declined',
    reason: string | null,
  ): Promise<GuestInvitation> {
    const row = await findInvitation(this.dataSource.manager, { id: invitationId });
    if (!row || row.siteId !== siteId || !row.guest) {
      throw new NotFoundException("Cette invitation n'existe pas sur ce site.");
    }
    const at = this.clock.now();
    await this.inTransaction(async (manager) => {
      const decided = await decideInvitation(manager, {
        id: invitationId,
        siteId,
        status,
        declineReason: reason,
        decidedByUserId: actor.id,
        at,
      });
      if (!decided) {
        throw new ConflictException(
          'Cette invitation a déjà été traitée (validée, refusée ou annulée).',
        );
      }
      await insertAuditEvent(manager, {
        at,
        kind: status === 'approved' ? 'guest.approved' : 'guest.declined',
        actor: auditActorOf(actor),
        siteId,
        // No name: the audit log outlives the guest's data (purged after three months).
        subject: `Invité·e de ${row.guest?.organisation ?? ''}, ${formatFrenchDate(row.date)}`,
        before: { status: 'pending' },
        after: status === 'approved' ? { status } : { status, reason },
      });
      if (status === 'approved') {
        await this.notifications.enqueue({ kind: 'guest-invitation', invitationId }, manager);
        await this.notifications.enqueue({ kind: 'guest-approved', invitationId }, manager);
      } else {
        await this.notifications.enqueue({ kind: 'guest-declined', invitationId }, manager);
      }
    });
    return this.toResponse(await this.getRow(invitationId));
  }

  private async findBySecret(secret: string): Promise<GuestInvitationRow> {
    if (!guestSecretPattern.test(secret)) throw linkNotFound();
    const row = await findInvitation(this.dataSource.manager, { tokenHash: hashToken(secret) });
    if (!row || !row.guest || row.status === 'cancelled') throw linkNotFound();
    return row;
  }

  private async toPublicView(row: GuestInvitationRow): Promise<GuestPublicView> {
    const now = this.clock.now();
    const window = guestDayWindow(row.date, row.site.timezone);
    const isApproved = row.status === 'approved';
    const charterPending = row.usageCharter !== null && row.charterAcceptedAt === null;
    let passUnavailableReason: string | null = null;
    if (row.status === 'declined') {
      passUnavailableReason = 'Cette invitation a été refusée par l’équipe du site.';
    } else if (!isApproved) {
      passUnavailableReason =
        'Votre invitation attend la validation de l’équipe du site : vous recevrez un mail.';
    } else if (charterPending) {
      passUnavailableReason =
        'Acceptez la charte d’utilisation du site : votre QR code d’accès apparaîtra ensuite.';
    } else if (now < window.from) {
      passUnavailableReason = `Votre QR code d’accès apparaîtra ici le ${formatFrenchDate(row.date)}.`;
    } else if (now >= window.until) {
      passUnavailableReason = 'Cette invitation est passée : le QR code n’est plus valable.';
    }
    const pass =
      passUnavailableReason === null && row.guest
        ? await this.issuePass(row, row.guest.givenName, window, now)
        : null;
    return {
      givenName: row.guest?.givenName ?? '',
      site: row.site,
      timezone: row.site.timezone,
      date: row.date,
      invitedBy: row.inviter ? `${row.inviter.givenName} ${row.inviter.usualName}` : null,
      status: row.status,
      isApproved,
      charter: row.usageCharter,
      charterAcceptedAt: row.charterAcceptedAt?.toISOString() ?? null,
      checkedInAt: row.checkedInAt?.toISOString() ?? null,
      passUnavailableReason,
      pass,
    };
  }

  private async issuePass(
    row: GuestInvitationRow,
    givenName: string,
    window: { from: Date; until: Date },
    now: Date,
  ): Promise<GuestPublicView['pass']> {
    const issued = await this.qrTokens.signGuestPass(
      {
        invitationId: row.id,
        siteId: row.siteId,
        validFrom: window.from,
        validUntil: window.until,
        givenName,
      },
      now,
    );
    return {
      token: issued.token,
      shortCode:
        normalizeShortCode(row.shortCode)
          .match(/.{1,4}/g)
          ?.join('-') ?? row.shortCode,
      qrSvg: await toQrSvg(issued.token),
      validFrom: window.from.toISOString(),
      validUntil: window.until.toISOString(),
      expiresAt: issued.expiresAt.toISOString(),
      refreshAfter: issued.refreshAfter.toISOString(),
    };
  }

  /** The site's rules for guests: whether hosts approve each invitation, and its charter. */
  async getSettings(
    siteId: string,
    db: Queryable = this.dataSource.manager,
  ): Promise<GuestSettings> {
    const settings = await readGuestSettings(db, siteId);
    if (!settings) throw new NotFoundException("Ce site n'existe pas.");
    return settings;
  }

  /** Changes them, with the audit entry, in one transaction. Invitations already sent keep theirs. */
  async updateSettings(actor: User, siteId: string, input: GuestSettings): Promise<GuestSettings> {
    return this.inTransaction(async (manager) => {
      const before = await this.getSettings(siteId, manager);
      await writeGuestSettings(manager, siteId, input);
      const after = await this.getSettings(siteId, manager);
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'guest-settings.updated',
        actor: auditActorOf(actor),
        siteId,
        subject: 'Règles des invitations',
        before,
        after,
      });
      return after;
    });
  }

  /** A typed code no booking, registration or invitation holds (drawn again if taken). */
  private async freeShortCode(): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const code = generateShortCode();
      if (!(await isShortCodeTaken(this.dataSource.manager, code))) return code;
    }
    throw new Error('no free short code for a guest invitation after 5 draws');
  }

  private todayInParis(): string {
    // « Coming » and « past » in the agent's list: the mainland calendar is close enough to sort.
    return siteToday('Europe/Paris', this.clock.now());
  }

  private async getRow(invitationId: string): Promise<GuestInvitationRow> {
    const row = await findInvitation(this.dataSource.manager, { id: invitationId });
    if (!row) throw new NotFoundException("Cette invitation n'existe pas.");
    return row;
  }

  private toResponse(row: GuestInvitationRow): GuestInvitation {
    return {
      id: row.id,
      site: { id: row.siteId, name: row.site.name },
      date: row.date,
      guest: row.guest,
      reason: row.reason,
      status: row.status,
      declineReason: row.declineReason,
      invitedBy: row.inviter
        ? { givenName: row.inviter.givenName, usualName: row.inviter.usualName }
        : null,
      decidedAt: row.decidedAt?.toISOString() ?? null,
      charterAcceptedAt: row.charterAcceptedAt?.toISOString() ?? null,
      checkedInAt: row.checkedInAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw toHttpException(error) ?? error;
    }
  }
}
