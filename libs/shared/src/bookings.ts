import { z } from 'zod/mini';
import { deskAttributeSchema } from './sites';
import { isoDateSchema, localTimeSchema } from './common';
import { planPositionSchema } from './floor-plans';
import { daysBetweenIsoDates } from './site-time';

export const slotSchema = z.enum(['morning', 'afternoon', 'day'], {
  message: 'Le créneau doit être « morning », « afternoon » ou « day ».',
});
export type Slot = z.infer<typeof slotSchema>;

/** A booking's slot: one of the day's slots, or whole hours (`hour`) where the site allows it. */
export const bookingSlotSchema = z.enum(['morning', 'afternoon', 'day', 'hour'], {
  message: 'Le créneau doit être « morning », « afternoon », « day » ou « hour ».',
});
export type BookingSlot = z.infer<typeof bookingSlotSchema>;

export const slotLabels: Record<BookingSlot, string> = {
  morning: 'Matin',
  afternoon: 'Après-midi',
  day: 'Journée',
  hour: 'Horaire',
};

/**
 * confirmed → checked_in (kiosk) → checked_out (kiosk, or at closing time);
 * confirmed → cancelled (by the person or a host) or absent (not checked in in time: released).
 * Only confirmed and checked_in hold the desk.
 */
export const bookingStatusSchema = z.enum([
  'confirmed',
  'checked_in',
  'checked_out',
  'cancelled',
  'absent',
]);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;

/** The statuses that hold a desk (and the person's time): the exclusion constraints' WHERE. */
export const activeBookingStatuses = [
  'confirmed',
  'checked_in',
] as const satisfies readonly BookingStatus[];
export type ActiveBookingStatus = (typeof activeBookingStatuses)[number];

export function isActiveBooking(booking: { status: BookingStatus }): boolean {
  return (activeBookingStatuses as readonly BookingStatus[]).includes(booking.status);
}

export const bookingStatusLabels: Record<BookingStatus, string> = {
  confirmed: 'Confirmée',
  checked_in: 'Arrivé·e',
  checked_out: 'Parti·e',
  cancelled: 'Annulée',
  absent: 'Libérée (absence)',
};

const wholeHourSchema = localTimeSchema.check(
  z.refine((time) => time.endsWith(':00'), {
    message: "Une réservation à l'heure commence et finit à l'heure pile (ex. 14:00).",
  }),
);

export const createBookingSchema = z
  .object({
    siteId: z.uuid({ message: 'Identifiant de site invalide.' }),
    deskId: z.uuid({ message: 'Identifiant de poste invalide.' }),
    date: isoDateSchema,
    slot: bookingSlotSchema,
    /** Site-local whole hours, for `slot: 'hour'` only. */
    startTime: z.optional(wholeHourSchema),
    endTime: z.optional(wholeHourSchema),
  })
  .check(
    z.refine(
      (value) =>
        value.slot === 'hour'
          ? value.startTime !== undefined && value.endTime !== undefined
          : value.startTime === undefined && value.endTime === undefined,
      {
        message: "Les heures de début et de fin ne s'indiquent que pour une réservation à l'heure.",
      },
    ),
    z.refine((value) => value.slot !== 'hour' || value.startTime! < value.endTime!, {
      message: "L'heure de début doit précéder l'heure de fin.",
    }),
  );
export type CreateBooking = z.infer<typeof createBookingSchema>;

/** « Un poste libre »: a day slot of a site; AdmZ picks the desk. */
export const bookAnyDeskSchema = z.object({
  siteId: z.uuid({ message: 'Identifiant de site invalide.' }),
  date: isoDateSchema,
  slot: slotSchema,
});
export type BookAnyDesk = z.infer<typeof bookAnyDeskSchema>;

export const bookingSchema = z.object({
  id: z.uuid(),
  status: bookingStatusSchema,
  slot: bookingSlotSchema,
  date: isoDateSchema,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  createdAt: z.iso.datetime({ offset: true }),
  cancelledAt: z.nullable(z.iso.datetime({ offset: true })),
  checkedInAt: z.nullable(z.iso.datetime({ offset: true })),
  checkedOutAt: z.nullable(z.iso.datetime({ offset: true })),
  /** When the booking was released because nobody checked in (status `absent`). */
  releasedAt: z.nullable(z.iso.datetime({ offset: true })),
  site: z.object({ id: z.uuid(), name: z.string(), timezone: z.string() }),
  desk: z.object({ id: z.uuid(), label: z.string(), zone: z.string() }),
  /** The recurring series this booking belongs to, if any. */
  seriesId: z.nullable(z.uuid()),
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
  closedReason: z.nullable(z.string()),
  slots: z.array(slotTimesSchema),
  desks: z.array(
    z.object({
      id: z.uuid(),
      label: z.string(),
      zone: z.string(),
      attributes: z.array(deskAttributeSchema),
      /** Where the desk sits on its zone's plan; null when not placed. */
      planPosition: z.nullable(planPositionSchema),
      states: z.record(slotSchema, deskSlotStateSchema),
    }),
  ),
  /** Zones approved events hold that day: their desks are `unavailable` over the event. */
  heldZones: z.array(
    z.object({
      zone: z.string(),
      eventId: z.uuid(),
      title: z.string(),
      localStart: z.string(),
      localEnd: z.string(),
    }),
  ),
});
export type Availability = z.infer<typeof availabilitySchema>;

/** At most this many days in one calendar request (a month view shows up to six weeks). */
export const maxSummaryDays = 62;

export const availabilitySummaryQuerySchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .check(
    z.refine((value) => value.from <= value.to, {
      message: 'La date de fin doit suivre la date de début.',
      path: ['to'],
    }),
    z.refine((value) => daysBetweenIsoDates(value.from, value.to) < maxSummaryDays, {
      message: `La période demandée dépasse ${maxSummaryDays} jours.`,
      path: ['to'],
    }),
  );
export type AvailabilitySummaryQuery = z.infer<typeof availabilitySummaryQuerySchema>;

/** A site's free desks per day and slot, for the calendar views. */
export const availabilitySummarySchema = z.object({
  siteId: z.uuid(),
  timezone: z.string(),
  deskCount: z.number().check(z.int()),
  days: z.array(
    z.object({
      date: isoDateSchema,
      isOpen: z.boolean(),
      closedReason: z.nullable(z.string()),
      slots: z.array(
        z.extend(slotTimesSchema, {
          freeDeskCount: z.number().check(z.int()),
          myBookingId: z.nullable(z.uuid()),
        }),
      ),
    }),
  ),
});
export type AvailabilitySummary = z.infer<typeof availabilitySummarySchema>;

/**
 * `GET /api/bookings/:id/pass`: the QR code of the web app. Its token is renewed every
 * `rotatingQrSeconds` and expires soon after, so a screenshot stops working; ask again from
 * `refreshAfter`.
 */
export const bookingPassSchema = z.object({
  bookingId: z.uuid(),
  /** Short-lived signed token encoded in the QR code. */
  token: z.string(),
  /** Short code a person types at the kiosk when the camera fails. */
  shortCode: z.string(),
  /** The QR code as an SVG document. */
  qrSvg: z.string(),
  /** The booking's check-in window. */
  validFrom: z.iso.datetime({ offset: true }),
  validUntil: z.iso.datetime({ offset: true }),
  /** This QR code stops working at `expiresAt`; fetch a new one from `refreshAfter`. */
  expiresAt: z.iso.datetime({ offset: true }),
  refreshAfter: z.iso.datetime({ offset: true }),
});
export type BookingPass = z.infer<typeof bookingPassSchema>;

/**
 * `GET /api/me/pass`: a person's own pass, for walking in without a booking (the kiosk then
 * offers the free desks). Renewed like a booking's QR code.
 */
export const personPassSchema = z.object({
  token: z.string(),
  qrSvg: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
  refreshAfter: z.iso.datetime({ offset: true }),
});
export type PersonPass = z.infer<typeof personPassSchema>;

export const presenceQuerySchema = z.object({ date: z.optional(isoDateSchema) });
export type PresenceQuery = z.infer<typeof presenceQuerySchema>;

export const presenceSchema = z.object({
  siteId: z.uuid(),
  date: isoDateSchema,
  entries: z.array(
    z.object({
      bookingId: z.uuid(),
      /** null once the booking is anonymised (retention, or the person deleted their account). */
      person: z.nullable(
        z.object({
          givenName: z.string(),
          usualName: z.string(),
          organizationLabel: z.nullable(z.string()),
        }),
      ),
      desk: z.object({ label: z.string(), zone: z.string() }),
      slot: bookingSlotSchema,
      startsAt: z.iso.datetime({ offset: true }),
      endsAt: z.iso.datetime({ offset: true }),
      status: bookingStatusSchema,
      hasArrived: z.boolean(),
      checkedInAt: z.nullable(z.iso.datetime({ offset: true })),
      checkedOutAt: z.nullable(z.iso.datetime({ offset: true })),
      releasedAt: z.nullable(z.iso.datetime({ offset: true })),
    }),
  ),
});
export type Presence = z.infer<typeof presenceSchema>;
