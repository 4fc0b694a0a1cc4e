import {
  bookingPassSchema,
  bookingSchema,
  type Booking,
  type BookingPass,
  type BookAnyDesk,
  type CreateBooking,
} from '@admz/shared';
import { requestApi } from '../../api-client';

export function createBooking(input: CreateBooking): Promise<Booking> {
  return requestApi('/api/bookings', bookingSchema, { method: 'POST', body: input });
}

/** « Un poste libre »: the server picks a free desk for the slot. */
export function bookAnyDesk(input: BookAnyDesk): Promise<Booking> {
  return requestApi('/api/bookings/any-desk', bookingSchema, { method: 'POST', body: input });
}

export function cancelBooking(bookingId: string): Promise<Booking> {
  return requestApi(`/api/bookings/${encodeURIComponent(bookingId)}/cancel`, bookingSchema, {
    method: 'POST',
  });
}

export function fetchBookingPass(bookingId: string): Promise<BookingPass> {
  return requestApi(`/api/bookings/${encodeURIComponent(bookingId)}/pass`, bookingPassSchema);
}
