import { z } from 'zod/mini';
import { idSchema, isoDateSchema, multiLineTextSchema, singleLineTextSchema } from './common';

/** An agent invites at most this many guests per day (all sites together). */
export const maxGuestInvitationsPerAgentPerDay = 5;

/** A guest's personal data is erased this many months after the visit. */
export const guestRetentionMonths = 3;

/** Whether a SIRET (14 digits) passes the Luhn check (La Poste's SIRETs excepted, as INSEE does). */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  // La Poste's establishments (SIREN 356000000) follow another rule: the digits sum to a multiple of 5.
  if (value.startsWith('356000000')) {
    const sum = [...value].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0;
  }
  let sum = 0;
  for (let index = 0; index < 14; index += 1) {
    let digit = Number(value[13 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const nameSchema = (label: string) =>
  singleLineTextSchema.check(
    z.trim(),
    z.minLength(1, { message: `Indiquez le ${label} de la personne invitée.` }),
    z.maxLength(100, { message: `Le ${label} fait au plus 100 caractères.` }),
  );

/** Body of `POST /api/guests/invitations`: who, where, which day, and why. */
export const createGuestInvitationSchema = z.object({
  siteId: idSchema,
  date: isoDateSchema,
  givenName: nameSchema('prénom'),
  usualName: nameSchema('nom'),
  email: z
    .email({ message: 'Adresse électronique de la personne invitée invalide.' })
    .check(
      z.trim(),
      z.toLowerCase(),
      z.maxLength(254, { message: 'L’adresse électronique fait au plus 254 caractères.' }),
    ),
  organisation: singleLineTextSchema.check(
    z.trim(),
    z.minLength(2, { message: 'Indiquez l’organisation de la personne invitée.' }),
    z.maxLength(150, { message: 'L’organisation fait au plus 150 caractères.' }),
  ),
  siret: z.optional(
    z
      .pipe(
        z.string(),
        z.transform((value) => value.replace(/\s/g, '')),
      )
      .check(
        z.refine((value) => /^\d{14}$/.test(value), {
          message: 'Le SIRET comporte 14 chiffres.',
        }),
        z.refine((value) => isValidSiret(value), {
          message: 'Ce SIRET n’est pas valide : vérifiez les 14 chiffres.',
        }),
      ),
  ),
  reason: multiLineTextSchema.check(
    z.trim(),
    z.minLength(3, { message: 'Indiquez le motif de l’invitation.' }),
    z.maxLength(500, { message: 'Le motif fait au plus 500 caractères.' }),
  ),
});
export type CreateGuestInvitation = z.infer<typeof createGuestInvitationSchema>;

export const guestInvitationStatusSchema = z.enum(['pending', 'approved', 'declined', 'cancelled']);
export type GuestInvitationStatus = z.infer<typeof guestInvitationStatusSchema>;

export const guestInvitationStatusLabels: Record<GuestInvitationStatus, string> = {
  pending: 'En attente de validation',
  approved: 'Validée',
  declined: 'Refusée',
  cancelled: 'Annulée',
};

const instant = z.iso.datetime({ offset: true });

/** An invitation as the inviting agent and the site's hosts see it. */
export const guestInvitationSchema = z.object({
  id: z.uuid(),
  site: z.object({ id: z.uuid(), name: z.string() }),
  date: isoDateSchema,
  /** null once the personal data is purged (three months after the visit). */
  guest: z.nullable(
    z.object({
      givenName: z.string(),
      usualName: z.string(),
      email: z.string(),
      organisation: z.string(),
      siret: z.nullable(z.string()),
    }),
  ),
  reason: z.nullable(z.string()),
  status: guestInvitationStatusSchema,
  declineReason: z.nullable(z.string()),
  invitedBy: z.nullable(z.object({ givenName: z.string(), usualName: z.string() })),
  decidedAt: z.nullable(instant),
  charterAcceptedAt: z.nullable(instant),
  checkedInAt: z.nullable(instant),
  createdAt: instant,
});
export type GuestInvitation = z.infer<typeof guestInvitationSchema>;

/** Body of `POST /api/sites/:siteId/guests/invitations/:invitationId/decline`. */
export const declineGuestInvitationSchema = z.object({
  reason: multiLineTextSchema.check(
    z.trim(),
    z.minLength(3, {
      message: 'Indiquez la raison du refus : elle est envoyée à l’agent qui invite.',
    }),
    z.maxLength(1000, { message: 'La raison fait au plus 1 000 caractères.' }),
  ),
});
export type DeclineGuestInvitation = z.infer<typeof declineGuestInvitationSchema>;

/** `GET /api/sites/:siteId/guests/invitations?date=…`: the site's invitations of a day. */
export const siteGuestInvitationsQuerySchema = z.object({ date: z.optional(isoDateSchema) });
export type SiteGuestInvitationsQuery = z.infer<typeof siteGuestInvitationsQuerySchema>;

/**
 * The guest's day pass: a signed token of kind `admz-guest`, renewed every 30 s like the
 * booking's pass, and a typed code for the keypad.
 */
export const guestPassSchema = z.object({
  token: z.string(),
  shortCode: z.string(),
  qrSvg: z.string(),
  validFrom: instant,
  validUntil: instant,
  expiresAt: instant,
  refreshAfter: instant,
});
export type GuestPass = z.infer<typeof guestPassSchema>;

/**
 * `GET /api/public/guest-invitations/:secret`: what the guest's page shows, without an account.
 * `pass` is given once the invitation is approved and the charter (if any) accepted, on the day.
 */
export const guestPublicViewSchema = z.object({
  givenName: z.string(),
  site: z.object({ name: z.string(), address: z.string(), accessInfo: z.string() }),
  timezone: z.string(),
  date: isoDateSchema,
  invitedBy: z.nullable(z.string()),
  status: guestInvitationStatusSchema,
  isApproved: z.boolean(),
  /** The site's usage charter; null when it has none. */
  charter: z.nullable(z.string()),
  charterAcceptedAt: z.nullable(instant),
  checkedInAt: z.nullable(instant),
  /** Why no pass is shown yet (a French sentence); null when `pass` is given. */
  passUnavailableReason: z.nullable(z.string()),
  pass: z.nullable(guestPassSchema),
});
export type GuestPublicView = z.infer<typeof guestPublicViewSchema>;

/** A guest of the day on the host's board and the evacuation list. */
export const todayGuestSchema = z.object({
  invitationId: z.uuid(),
  givenName: z.string(),
  usualName: z.string(),
  organisation: z.string(),
  invitedBy: z.nullable(z.string()),
  status: guestInvitationStatusSchema,
  checkedInAt: z.nullable(instant),
});
export type TodayGuest = z.infer<typeof todayGuestSchema>;

/**
 * A site's rules for guests, set by its hosts: whether a host approves each invitation, and the
 * usage charter a guest accepts when opening theirs (none when null).
 */
export const guestSettingsSchema = z.object({
  needsApproval: z.boolean({ message: 'Indiquez si chaque invitation est validée par l’équipe.' }),
  usageCharter: z.pipe(
    z.nullable(
      multiLineTextSchema.check(
        z.trim(),
        z.maxLength(5000, { message: 'La charte fait au plus 5 000 caractères.' }),
      ),
    ),
    z.transform((charter) => (charter === '' ? null : charter)),
  ),
});
export type GuestSettings = z.infer<typeof guestSettingsSchema>;
