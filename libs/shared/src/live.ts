import { z } from 'zod/mini';
import { occupancySchema } from './kiosks';

/**
 * Server-Sent Events of `GET /api/sites/:siteId/live` (hosts) and `GET /api/kiosk/live`
 * (kiosks): each SSE message's `event` is the `type` below and its `data` the JSON object.
 * Fed by PostgreSQL LISTEN/NOTIFY, so a change made through any API process reaches every
 * client. The first message after connecting is always `occupancy`.
 */
export const liveEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('occupancy'), siteId: z.uuid(), occupancy: occupancySchema }),
  /** A booking of the site changed status (arrival, departure, release, cancellation, new booking). */
  z.object({
    type: z.literal('attendance'),
    siteId: z.uuid(),
    bookingId: z.uuid(),
    change: z.enum(['booked', 'checked_in', 'checked_out', 'cancelled', 'absent']),
    /** Hosts only: who and where (kiosks get `null`). */
    person: z.nullable(z.object({ givenName: z.string(), usualName: z.string() })),
    deskLabel: z.nullable(z.string()),
    at: z.iso.datetime({ offset: true }),
  }),
  /** The hosts changed the message shown on the kiosks' idle screen. */
  z.object({ type: z.literal('kiosk-message'), siteId: z.uuid(), message: z.string() }),
  /** Kiosk stream only: this kiosk was revoked; the stream ends. */
  z.object({ type: z.literal('kiosk-revoked'), kioskId: z.uuid() }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;
export type LiveEventType = LiveEvent['type'];
