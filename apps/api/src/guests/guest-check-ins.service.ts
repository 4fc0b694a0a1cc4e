import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import type { CheckInResult } from '@admz/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { formatFrenchDate, siteToday } from '../common/site-time';
import type { Kiosk } from '../kiosks/kiosk.entity';
import { findInvitation, markGuestCheckedIn, type GuestInvitationRow } from './guest-queries';

export type GuestAttendanceResult = Extract<
  CheckInResult,
  { outcome: 'guest_checked_in' | 'guest_already_checked_in' }
>;

export type GuestDoorDecision =
  | { outcome: 'checked_in' | 'already_checked_in'; invitation: GuestInvitationRow; at: Date }
  | { outcome: 'refused'; message: string };

const invitationGone = 'Cette invitation n’existe plus : demandez à l’agent qui vous invite.';

/**
 * A guest at the door: a kiosk of the invitation's site admits them on its day, once approved
 * and the site's charter (if any) accepted. No desk: the greeting names who invited them. A
 * second scan answers « déjà arrivé·e ».
 */
@Injectable()
export class GuestCheckInsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  findById(invitationId: string): Promise<GuestInvitationRow | null> {
    return findInvitation(this.dataSource.manager, { id: invitationId });
  }

  async findByShortCode(shortCode: string): Promise<GuestInvitationRow | null> {
    const found = await findInvitation(this.dataSource.manager, { shortCode });
    // A purged invitation checks nobody in: as good as unknown.
    return found?.guest ? found : null;
  }

  /** An online scan (pass or typed code): the greeting, or a 422 with the sentence to show. */
  async checkIn(
    kiosk: Kiosk,
    invitation: GuestInvitationRow | null,
    now = this.clock.now(),
  ): Promise<GuestAttendanceResult> {
    const decision = await this.admit(kiosk, invitation, now);
    if (decision.outcome === 'refused') throw new UnprocessableEntityException(decision.message);
    const { invitation: found, at } = decision;
    return {
      outcome: decision.outcome === 'checked_in' ? 'guest_checked_in' : 'guest_already_checked_in',
      invitationId: found.id,
      person: {
        givenName: found.guest?.givenName ?? '',
        usualName: found.guest?.usualName ?? '',
      },
      organisation: found.guest?.organisation ?? '',
      invitedBy: found.inviter ? `${found.inviter.givenName} ${found.inviter.usualName}` : null,
      checkedInAt: at.toISOString(),
    };
  }

  /** Decides a scan made at `at` (now online, the scan time for a replayed offline one). */
  async admit(
    kiosk: Kiosk,
    invitation: GuestInvitationRow | null,
    at: Date,
  ): Promise<GuestDoorDecision> {
    if (!invitation?.guest) return { outcome: 'refused', message: invitationGone };
    const refusal = findGuestRefusal(kiosk, invitation, at);
    if (refusal !== null) return { outcome: 'refused', message: refusal };
    if (invitation.checkedInAt !== null) {
      return { outcome: 'already_checked_in', invitation, at: invitation.checkedInAt };
    }
    // Conditional update: two kiosks scanning at once check the guest in exactly once.
    const checkedInAt = await markGuestCheckedIn(
      this.dataSource.manager,
      invitation.id,
      at,
      kiosk.id,
    );
    if (checkedInAt !== null) return { outcome: 'checked_in', invitation, at: checkedInAt };
    const current = await this.findById(invitation.id);
    if (current?.checkedInAt) {
      return { outcome: 'already_checked_in', invitation: current, at: current.checkedInAt };
    }
    return {
      outcome: 'refused',
      message:
        (current ? findGuestRefusal(kiosk, current, at) : invitationGone) ??
        'Cette invitation a changé : scannez de nouveau.',
    };
  }
}

/** Why this guest may not come in at this kiosk at `at`; null when they may. */
export function findGuestRefusal(
  kiosk: Pick<Kiosk, 'siteId'>,
  invitation: GuestInvitationRow,
  at: Date,
): string | null {
  if (invitation.status === 'cancelled') return 'Cette invitation a été annulée.';
  if (invitation.siteId !== kiosk.siteId) {
    return `Cette invitation concerne un autre site : ${invitation.site.name}.`;
  }
  if (invitation.status === 'declined') {
    return 'Cette invitation a été refusée par l’équipe du site.';
  }
  if (invitation.status !== 'approved') {
    return 'Cette invitation n’a pas encore été validée par l’équipe du site : adressez-vous à l’accueil.';
  }
  // Once in, a second scan is a welcome.
  if (invitation.checkedInAt !== null) return null;
  const today = siteToday(invitation.site.timezone, at);
  if (invitation.date !== today) {
    return invitation.date > today
      ? `Trop tôt : cette invitation est pour le ${formatFrenchDate(invitation.date)}.`
      : `Cette invitation était pour le ${formatFrenchDate(invitation.date)} : elle n’est plus valable.`;
  }
  if (invitation.usageCharter !== null && invitation.charterAcceptedAt === null) {
    return 'La charte d’utilisation du site n’a pas été acceptée : ouvrez le lien de votre invitation pour l’accepter.';
  }
  return null;
}
