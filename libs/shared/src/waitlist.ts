import { z } from 'zod/mini';
import { slotSchema } from './bookings';
import { isoDateSchema } from './common';

export const waitlistStatusSchema = z.enum(['waiting', 'promoted', 'expired', 'cancelled']);
export type WaitlistStatus = z.infer<typeof waitlistStatusSchema>;

export const waitlistStatusLabels: Record<WaitlistStatus, string> = {
  waiting: 'En attente',
  promoted: 'Poste attribué',
  expired: 'Expirée',
  cancelled: 'Quittée',
};

export const joinWaitlistSchema = z.object({
  siteId: z.uuid({ message: 'Identifiant de site invalide.' }),
  date: isoDateSchema,
  slot: slotSchema,
  /** Only desks of this zone; any desk of the site when absent. */
  zone: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { message: 'La zone ne peut pas être vide.' }),
        z.maxLength(120, { message: 'Le nom de zone est trop long.' }),
      ),
  ),
});
export type JoinWaitlist = z.infer<typeof joinWaitlistSchema>;

export const waitlistEntrySchema = z.object({
  id: z.uuid(),
  status: waitlistStatusSchema,
  site: z.object({ id: z.uuid(), name: z.string(), timezone: z.string() }),
  date: isoDateSchema,
  slot: slotSchema,
  zone: z.nullable(z.string()),
  startsAt: z.iso.datetime({ offset: true }),
  createdAt: z.iso.datetime({ offset: true }),
  /** 1 for the next person served; null once the entry is no longer waiting. */
  position: z.nullable(z.number().check(z.int(), z.gte(1))),
  /** The booking given when a desk freed up. */
  promotedBookingId: z.nullable(z.uuid()),
});
export type WaitlistEntry = z.infer<typeof waitlistEntrySchema>;
