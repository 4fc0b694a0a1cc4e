import {
  bookingPassSchema,
  bookingSchema,
  myBookingsSchema,
  type Booking,
  type BookingPass,
  type BookAnyDesk,
  type CreateBooking,
  type MyBookings,
} from '@admz/shared';
import { requestApi } from '../../api-client';

export function createBooking(input: CreateBooking): Promise<Booking> {
  return requestApi('/api/bookings', bookingSchema, { method: 'POST', body: input });
}

/** « Un poste libre »: the server picks a free desk for the slot. */
export function bookAnyDesk(input: BookAnyDesk): Promise<Booking> {
  return requestApi('/api/bookings/any-desk', bookingSchema, { method: 'POST', body: input });
}

/** The upcoming bookings and the latest past ones; with `before`, the next page of the past. */
export function fetchMyBookings(before?: string): Promise<MyBookings> {
  const query = before === undefined ? '' : `?before=${encodeURIComponent(before)}`;
  return requestApi(`/api/bookings/mine${query}`, myBookingsSchema);
}

export function cancelBooking(bookingId: string): Promise<Booking> {
  return requestApi(`/api/bookings/${encodeURIComponent(bookingId)}/cancel`, bookingSchema, {
    method: 'POST',
  });
}

export function fetchBookingPass(bookingId: string): Promise<BookingPass> {
  return requestApi(`/api/bookings/${encodeURIComponent(bookingId)}/pass`, bookingPassSchema);
}
