import { randomBytes } from 'node:crypto';
import { hashToken } from '../auth/sessions.service';
import { formatFrenchDate } from '../common/site-time';
import type { Queryable } from '../database/typed-query';
import {
  guestApprovedMail,
  guestDeclinedMail,
  guestInvitationMail,
  type GuestMailView,
} from '../mail/mail-templates';
import type { Mail } from '../mail/mail.service';
import type { Notification } from '../notifications/notification';
import { findInvitation, type GuestInvitationRow } from './guest-queries';

/** The guest's link secret: 32 random bytes, base64url (43 characters); only its hash is kept. */
export const guestSecretPattern = /^[A-Za-z0-9_-]{43}$/;

export function generateGuestSecret(): string {
  return randomBytes(32).toString('base64url');
}

type GuestNotification = Extract<
  Notification,
  { kind: 'guest-invitation' | 'guest-approved' | 'guest-declined' }
>;

const quoted = (name: string, email: string) => `"${name.replace(/["\\]/g, '')}" <${email}>`;

/**
 * A guest mail, composed when sent. The guest's mail carries a fresh secret link (its hash
 * replaces the previous one: the last mail's link is the one that opens the page); no QR code in
 * the mail — the page shows the rotating pass on the day, so a forwarded mail is not a pass.
 */
export async function composeGuestMail(
  db: Queryable,
  publicUrl: string,
  notification: GuestNotification,
): Promise<Mail | null> {
  const invitation = await findInvitation(db, { id: notification.invitationId });
  if (!invitation?.guest) return null;
  const view = toView(invitation, invitation.guest);
  const invitesUrl = `${publicUrl}/invites`;
  switch (notification.kind) {
    case 'guest-invitation': {
      // Cancelled or declined since the mail was queued: no link goes out.
      if (invitation.status !== 'approved') return null;
      const secret = generateGuestSecret();
      await db.query(`UPDATE guest_invitations SET access_token_hash = $2 WHERE id = $1`, [
        invitation.id,
        hashToken(secret),
      ]);
      const { guest } = invitation;
      return {
        to: quoted(`${guest.givenName} ${guest.usualName}`, guest.email),
        ...guestInvitationMail(view, `${publicUrl}/invitation/${secret}`),
        attachments: [],
      };
    }
    case 'guest-approved':
    case 'guest-declined': {
      const { inviter } = invitation;
      if (!inviter) return null;
      const content =
        notification.kind === 'guest-approved'
          ? guestApprovedMail(inviter.givenName, view, invitesUrl)
          : guestDeclinedMail(inviter.givenName, view, invitation.declineReason ?? '', invitesUrl);
      return {
        to: quoted(`${inviter.givenName} ${inviter.usualName}`, inviter.email),
        ...content,
        attachments: [],
      };
    }
  }
}

function toView(
  invitation: GuestInvitationRow,
  guest: NonNullable<GuestInvitationRow['guest']>,
): GuestMailView {
  return {
    guestName: `${guest.givenName} ${guest.usualName}`.trim(),
    inviterName: invitation.inviter
      ? `${invitation.inviter.givenName} ${invitation.inviter.usualName}`
      : 'Un agent public',
    organisation: guest.organisation,
    siteName: invitation.site.name,
    siteAddress: invitation.site.address,
    accessInfo: invitation.site.accessInfo,
    dateLabel: formatFrenchDate(invitation.date),
    hasCharter: invitation.usageCharter !== null,
  };
}
