import { z } from 'zod';
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
  zone: z
    .string()
    .trim()
    .min(1, { message: 'La zone ne peut pas être vide.' })
    .max(120, { message: 'Le nom de zone est trop long.' })
    .optional(),
});
export type JoinWaitlist = z.infer<typeof joinWaitlistSchema>;

export const waitlistEntrySchema = z.object({
  id: z.uuid(),
  status: waitlistStatusSchema,
  site: z.object({ id: z.uuid(), name: z.string(), timezone: z.string() }),
  date: isoDateSchema,
  slot: slotSchema,
  zone: z.string().nullable(),
  startsAt: z.iso.datetime({ offset: true }),
  createdAt: z.iso.datetime({ offset: true }),
  /** 1 for the next person served; null once the entry is no longer waiting. */
  position: z.number().int().min(1).nullable(),
  /** The booking given when a desk freed up. */
  promotedBookingId: z.uuid().nullable(),
});
export type WaitlistEntry = z.infer<typeof waitlistEntrySchema>;
