import {
  bookingStatusLabels,
  formatFrenchDate,
  formatSiteTime,
  slotLabels,
  type Booking,
  type BookingStatus,
} from '@admz/shared';
import type { AlertProps } from '@codegouvfr/react-dsfr/Alert';

/** "Matin · 09:00 – 13:00", in the site's timezone. */
export function describeBookingSlot(booking: Booking): string {
  const timezone = booking.site.timezone;
  return `${slotLabels[booking.slot]} · ${formatSiteTime(booking.startsAt, timezone)} – ${formatSiteTime(booking.endsAt, timezone)}`;
}

/** "lundi 2 novembre 2026, Matin, poste A-01 (AdmZ Paris)": one line that names a booking. */
export function describeBooking(booking: Booking): string {
  return `${formatFrenchDate(booking.date)}, ${slotLabels[booking.slot]}, poste ${booking.desk.label} (${booking.site.name})`;
}

export function getBookingStatusLabel(status: BookingStatus): string {
  return bookingStatusLabels[status];
}

export const bookingStatusSeverities: Record<BookingStatus, AlertProps.Severity | undefined> = {
  confirmed: 'info',
  checked_in: 'success',
  checked_out: undefined,
  cancelled: undefined,
  absent: 'warning',
};

/** What happened at the door, in a sentence: arrival, departure or release for want of arrival. */
export function describeBookingOutcome(booking: Booking): string | null {
  const timezone = booking.site.timezone;
  const at = (isoInstant: string) => formatSiteTime(isoInstant, timezone);
  if (booking.status === 'checked_in' && booking.checkedInAt) {
    return `Arrivé·e à ${at(booking.checkedInAt)}.`;
  }
  if (booking.status === 'checked_out' && booking.checkedOutAt) {
    return booking.checkedInAt
      ? `Arrivé·e à ${at(booking.checkedInAt)}, parti·e à ${at(booking.checkedOutAt)}.`
      : `Parti·e à ${at(booking.checkedOutAt)}.`;
  }
  if (booking.status === 'absent') {
    const when = booking.releasedAt ? ` à ${at(booking.releasedAt)}` : '';
    return `Réservation libérée faute d’arrivée${when} : le poste a été rendu aux autres agents.`;
  }
  return null;
}
