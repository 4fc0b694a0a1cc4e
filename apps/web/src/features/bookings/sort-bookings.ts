import { isActiveBooking, type Booking } from '@admz/shared';

export type SortedBookings = { upcoming: Booking[]; history: Booking[] };

const byStartAscending = (bookingA: Booking, bookingB: Booking) =>
  Date.parse(bookingA.startsAt) - Date.parse(bookingB.startsAt);

/** Upcoming = still holding its desk and not over yet, soonest first; everything else, latest first. */
export function sortBookings(bookings: Booking[], now: Date = new Date()): SortedBookings {
  const upcoming: Booking[] = [];
  const history: Booking[] = [];
  for (const booking of bookings) {
    if (isUpcoming(booking, now)) upcoming.push(booking);
    else history.push(booking);
  }
  upcoming.sort(byStartAscending);
  history.sort((bookingA, bookingB) => byStartAscending(bookingB, bookingA));
  return { upcoming, history };
}

export function isUpcoming(booking: Booking, now: Date = new Date()): boolean {
  // Departed, cancelled and released bookings are history.
  return isActiveBooking(booking) && Date.parse(booking.endsAt) > now.getTime();
}

export function canCancel(booking: Booking, now: Date = new Date()): boolean {
  return booking.status === 'confirmed' && Date.parse(booking.endsAt) > now.getTime();
}

/** Before arrival the QR code checks in; after arrival the kiosk offers check-out with it. */
export function canShowPass(booking: Booking, now: Date = new Date()): boolean {
  return isUpcoming(booking, now);
}
