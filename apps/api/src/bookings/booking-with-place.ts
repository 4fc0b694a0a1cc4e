import type { Booking as BookingResponse } from '@admz/shared';
import type { Desk } from '../sites/desk.entity';
import type { Site } from '../sites/site.entity';
import type { Booking } from './booking.entity';
import type { StoredBooking } from './booking-queries';

/** A booking with the site and desk it is at: what a response about it shows. */
export type BookingWithPlace = Pick<
  StoredBooking,
  | 'id'
  | 'status'
  | 'slot'
  | 'localDate'
  | 'startsAt'
  | 'endsAt'
  | 'createdAt'
  | 'cancelledAt'
  | 'checkedInAt'
  | 'checkedOutAt'
  | 'releasedAt'
  | 'seriesId'
> & {
  site: Pick<Site, 'id' | 'name' | 'timezone'>;
  desk: Pick<Desk, 'id' | 'label' | 'zone'>;
};

/** A booking read with its relations; a missing one is a bug, said in a sentence. */
export function withPlace(booking: Booking): Booking & BookingWithPlace {
  const { site, desk } = booking;
  if (!site || !desk) throw new Error('a booking was read without its site and desk relations');
  return { ...booking, site, desk };
}

export function toBookingResponse(booking: BookingWithPlace): BookingResponse {
  const { site, desk } = booking;
  return {
    id: booking.id,
    status: booking.status,
    slot: booking.slot,
    date: booking.localDate,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    createdAt: booking.createdAt.toISOString(),
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
    checkedInAt: booking.checkedInAt?.toISOString() ?? null,
    checkedOutAt: booking.checkedOutAt?.toISOString() ?? null,
    releasedAt: booking.releasedAt?.toISOString() ?? null,
    site: { id: site.id, name: site.name, timezone: site.timezone },
    desk: { id: desk.id, label: desk.label, zone: desk.zone },
    seriesId: booking.seriesId,
  };
}
