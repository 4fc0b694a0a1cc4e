import { z } from 'zod/mini';
import { createBookingSchema, bookingSlotSchema, bookingStatusSchema } from './bookings';
import { personByEmailSchema } from './site-settings';
import { isoDateSchema } from './common';
import { todayGuestSchema } from './guests';

/**
 * A booking of today as the host's board reads it: expected (not arrived yet), arrived, left,
 * or no-show (released for want of arrival, or its slot over without anyone coming).
 */
export const todayStateSchema = z.enum(['expected', 'arrived', 'left', 'no_show']);
export type TodayState = z.infer<typeof todayStateSchema>;

export const todayStateLabels: Record<TodayState, string> = {
  expected: 'Attendu·e',
  arrived: 'Arrivé·e',
  left: 'Parti·e',
  no_show: 'Absent·e',
};

const instant = z.iso.datetime({ offset: true });

/** A host who acted on a booking (null once their account is gone, or when nobody did). */
const actorSchema = z.nullable(z.object({ name: z.string() }));

export const todayEntrySchema = z.object({
  bookingId: z.uuid(),
  /** null once the booking is anonymised (retention, or the person deleted their account). */
  person: z.nullable(
    z.object({
      givenName: z.string(),
      usualName: z.string(),
      organizationLabel: z.nullable(z.string()),
    }),
  ),
  desk: z.object({ id: z.uuid(), label: z.string(), zone: z.string() }),
  slot: bookingSlotSchema,
  startsAt: instant,
  endsAt: instant,
  status: bookingStatusSchema,
  state: todayStateSchema,
  /** Not arrived although the booking has started. */
  isLate: z.boolean(),
  isWalkIn: z.boolean(),
  checkedInAt: z.nullable(instant),
  checkedOutAt: z.nullable(instant),
  releasedAt: z.nullable(instant),
  /** The host who booked for the person; null when they booked themselves. */
  bookedBy: actorSchema,
  /** The host who marked the arrival, or the departure, by hand; null for the kiosk. */
  arrivalMarkedBy: actorSchema,
  departureMarkedBy: actorSchema,
});
export type TodayEntry = z.infer<typeof todayEntrySchema>;

/**
 * `GET /api/sites/:siteId/today`: the site's day as it stands, rebuilt from the database on each
 * read (a reload loses nothing): every booking not cancelled, with its state, and the desks free now.
 */
export const todayBoardSchema = z.object({
  siteId: z.uuid(),
  siteName: z.string(),
  timezone: z.string(),
  /** Today, on the site's calendar. */
  date: isoDateSchema,
  generatedAt: instant,
  isOpen: z.boolean(),
  closedReason: z.nullable(z.string()),
  counts: z.object({
    expected: z.number().check(z.int(), z.gte(0)),
    arrived: z.number().check(z.int(), z.gte(0)),
    left: z.number().check(z.int(), z.gte(0)),
    noShow: z.number().check(z.int(), z.gte(0)),
    freeDesks: z.number().check(z.int(), z.gte(0)),
  }),
  entries: z.array(todayEntrySchema),
  /** Guests invited for today (approved or awaiting approval), marked « Invité·e ». */
  guests: z.array(todayGuestSchema),
  /** Active desks nobody holds at this instant. */
  freeDesks: z.array(z.object({ id: z.uuid(), label: z.string(), zone: z.string() })),
});
export type TodayBoard = z.infer<typeof todayBoardSchema>;

/**
 * `GET /api/sites/:siteId/evacuation`: everyone on site now (checked in and not gone, walk-ins
 * included), by zone, with their arrival time.
 */
export const evacuationListSchema = z.object({
  siteId: z.uuid(),
  siteName: z.string(),
  timezone: z.string(),
  generatedAt: instant,
  /** Everyone on site: people at desks and checked-in guests. */
  count: z.number().check(z.int(), z.gte(0)),
  /** Guests checked in today and not gone (no desk: listed apart from the zones). */
  guests: z.array(todayGuestSchema),
  zones: z.array(
    z.object({
      zone: z.string(),
      count: z.number().check(z.int(), z.gte(0)),
      people: z.array(
        z.object({
          bookingId: z.uuid(),
          /** null when the person deleted their account while on site: still someone to count. */
          person: z.nullable(
            z.object({
              givenName: z.string(),
              usualName: z.string(),
              organizationLabel: z.nullable(z.string()),
            }),
          ),
          deskLabel: z.string(),
          checkedInAt: z.nullable(instant),
          isWalkIn: z.boolean(),
        }),
      ),
    }),
  ),
});
export type EvacuationList = z.infer<typeof evacuationListSchema>;

/**
 * `POST /api/sites/:siteId/bookings`: a host books a desk of the site for a person who has
 * logged in, named by e-mail; the same rules as a booking of one's own.
 */
export const bookOnBehalfSchema = z
  .object({
    email: personByEmailSchema.shape.email,
    deskId: createBookingSchema.shape.deskId,
    date: createBookingSchema.shape.date,
    slot: createBookingSchema.shape.slot,
    startTime: createBookingSchema.shape.startTime,
    endTime: createBookingSchema.shape.endTime,
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
    z.refine(
      (value) =>
        value.slot !== 'hour' ||
        value.startTime === undefined ||
        value.endTime === undefined ||
        value.startTime < value.endTime,
      { message: "L'heure de début doit précéder l'heure de fin." },
    ),
  );
export type BookOnBehalf = z.infer<typeof bookOnBehalfSchema>;
