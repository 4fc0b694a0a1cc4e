import { z } from 'zod/mini';
import { bookingSchema } from './bookings';

// « Mes réservations » a page at a time. Apart from bookings.ts: the booking page loads that one,
// and needs none of this.

/** Past bookings per page of « Mes réservations »: years of history come a page at a time. */
export const myPastBookingsPageSize = 20;

const pastBookingsCursorPattern =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Where a page of past bookings stops: the start and id of its last (oldest) booking. */
export type PastBookingsCursor = { startsAt: string; id: string };

/** The `before` of the next page, after `booking` (its start as `toISOString()` writes it). */
export function encodePastBookingsCursor(booking: { startsAt: string; id: string }): string {
  return `${new Date(booking.startsAt).toISOString()}_${booking.id}`;
}

function decodePastBookingsCursor(text: string): PastBookingsCursor | null {
  const match = pastBookingsCursorPattern.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const startsAt = new Date(match[1]);
  // 2027-02-30 matches the pattern but is no instant: it comes back as another day.
  if (Number.isNaN(startsAt.getTime()) || startsAt.toISOString() !== match[1]) return null;
  return { startsAt: match[1], id: match[2] };
}

/** Query of `GET /api/bookings/mine`: without `before`, the first page (and every upcoming booking). */
export const myBookingsQuerySchema = z.object({
  before: z.optional(
    z.pipe(
      z
        .string({
          message: 'Le paramètre « before » reprend la valeur nextBefore de la page précédente.',
        })
        .check(
          z.refine((text) => decodePastBookingsCursor(text) !== null, {
            message: 'Le paramètre « before » reprend la valeur nextBefore de la page précédente.',
          }),
        ),
      z.transform((text) => decodePastBookingsCursor(text)!),
    ),
  ),
});
export type MyBookingsQuery = z.input<typeof myBookingsQuerySchema>;

/**
 * `GET /api/bookings/mine`. `upcoming`: every booking that started less than a day ago or later
 * (all of today's, wherever the site, and all not over yet), soonest first — on the first page
 * only, empty when `before` is given. `past`: older ones, latest first, `myPastBookingsPageSize`
 * at most; `nextBefore` asks for the next page, null when there is no more.
 */
export const myBookingsSchema = z.object({
  upcoming: z.array(bookingSchema),
  past: z.array(bookingSchema),
  nextBefore: z.nullable(z.string()),
});
export type MyBookings = z.infer<typeof myBookingsSchema>;
