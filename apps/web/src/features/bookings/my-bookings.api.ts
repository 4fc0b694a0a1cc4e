import { myBookingsSchema, type MyBookings } from '@admz/shared';
import { requestApi } from '../../api-client';

// Apart from bookings.api.ts, which the booking page loads: « Mes réservations » only.

/** The upcoming bookings and the latest past ones; with `before`, the next page of the past. */
export function fetchMyBookings(before?: string): Promise<MyBookings> {
  const query = before === undefined ? '' : `?before=${encodeURIComponent(before)}`;
  return requestApi(`/api/bookings/mine${query}`, myBookingsSchema);
}
