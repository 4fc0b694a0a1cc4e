import { z } from 'zod';
import { deskAttributeSchema } from './sites';
import { isoDateSchema } from './common';

export const slotSchema = z.enum(['morning', 'afternoon', 'day'], {
  message: 'Le créneau doit être « morning », « afternoon » ou « day ».',
});
export type Slot = z.infer<typeof slotSchema>;

export const slotLabels: Record<Slot, string> = {
  morning: 'Matin',
  afternoon: 'Après-midi',
  day: 'Journée',
};

export const bookingStatusSchema = z.enum(['confirmed', 'checked_in', 'cancelled']);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;

export const bookingStatusLabels: Record<BookingStatus, string> = {
  confirmed: 'Confirmée',
  checked_in: 'Arrivé·e',
  cancelled: 'Annulée',
};

export const createBookingSchema = z.object({
  siteId: z.uuid({ message: 'Identifiant de site invalide.' }),
  deskId: z.uuid({ message: 'Identifiant de bureau invalide.' }),
  date: isoDateSchema,
  slot: slotSchema,
});
export type CreateBooking = z.infer<typeof createBookingSchema>;

export const bookingSchema = z.object({
  id: z.uuid(),
  status: bookingStatusSchema,
  slot: slotSchema,
  date: isoDateSchema,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  createdAt: z.iso.datetime({ offset: true }),
  cancelledAt: z.iso.datetime({ offset: true }).nullable(),
  checkedInAt: z.iso.datetime({ offset: true }).nullable(),
  site: z.object({ id: z.uuid(), name: z.string(), timezone: z.string() }),
  desk: z.object({ id: z.uuid(), label: z.string(), zone: z.string() }),
});
export type Booking = z.infer<typeof bookingSchema>;

export const slotTimesSchema = z.object({
  slot: slotSchema,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  /** Wall-clock times in the site's timezone, for display. */
  localStart: z.string(),
  localEnd: z.string(),
  isPast: z.boolean(),
});
export type SlotTimes = z.infer<typeof slotTimesSchema>;

export const deskSlotStateSchema = z.enum(['free', 'taken', 'mine', 'unavailable']);
export type DeskSlotState = z.infer<typeof deskSlotStateSchema>;

export const availabilityQuerySchema = z.object({ date: isoDateSchema });
export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>;

export const availabilitySchema = z.object({
  siteId: z.uuid(),
  date: isoDateSchema,
  timezone: z.string(),
  isOpen: z.boolean(),
  closedReason: z.string().nullable(),
  slots: z.array(slotTimesSchema),
  desks: z.array(
    z.object({
      id: z.uuid(),
      label: z.string(),
      zone: z.string(),
      attributes: z.array(deskAttributeSchema),
      states: z.record(slotSchema, deskSlotStateSchema),
    }),
  ),
});
export type Availability = z.infer<typeof availabilitySchema>;

export const bookingPassSchema = z.object({
  bookingId: z.uuid(),
  /** Signed token encoded in the QR code. */
  token: z.string(),
  /** Short code a person types at the kiosk when the camera fails. */
  shortCode: z.string(),
  /** The QR code as an SVG document. */
  qrSvg: z.string(),
  validFrom: z.iso.datetime({ offset: true }),
  validUntil: z.iso.datetime({ offset: true }),
});
export type BookingPass = z.infer<typeof bookingPassSchema>;

export const presenceQuerySchema = z.object({ date: isoDateSchema.optional() });
export type PresenceQuery = z.infer<typeof presenceQuerySchema>;

export const presenceSchema = z.object({
  siteId: z.uuid(),
  date: isoDateSchema,
  entries: z.array(
    z.object({
      bookingId: z.uuid(),
      person: z.object({
        givenName: z.string(),
        usualName: z.string(),
        organizationLabel: z.string().nullable(),
      }),
      desk: z.object({ label: z.string(), zone: z.string() }),
      slot: slotSchema,
      startsAt: z.iso.datetime({ offset: true }),
      hasArrived: z.boolean(),
      checkedInAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
});
export type Presence = z.infer<typeof presenceSchema>;
