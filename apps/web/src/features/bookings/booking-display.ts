import { formatSiteTime, type Booking, type BookingStatus } from '@admz/shared';
import type { AlertProps } from '@codegouvfr/react-dsfr/Alert';
import { domainLabels } from '../../i18n/domain-labels.messages';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../i18n/language';
import { myBookingsMessages } from './my-bookings.messages';

/** "Matin · 09:00 – 13:00", in the site's timezone. */
export function describeBookingSlot(booking: Booking, language: Language = 'fr'): string {
  const timezone = booking.site.timezone;
  return `${domainLabels[language].slot[booking.slot]} · ${formatSiteTime(booking.startsAt, timezone)} – ${formatSiteTime(booking.endsAt, timezone)}`;
}

/** "lundi 2 novembre 2026, Matin, poste A-01 (AdmZ Paris)": one line that names a booking. */
export function describeBooking(booking: Booking, language: Language = 'fr'): string {
  return myBookingsMessages[language].display.booking(
    formatDate(booking.date, language),
    domainLabels[language].slot[booking.slot],
    booking.desk.label,
    booking.site.name,
  );
}

export function getBookingStatusLabel(status: BookingStatus, language: Language = 'fr'): string {
  return domainLabels[language].bookingStatus[status];
}

export const bookingStatusSeverities: Record<BookingStatus, AlertProps.Severity | undefined> = {
  confirmed: 'info',
  checked_in: 'success',
  checked_out: undefined,
  cancelled: undefined,
  absent: 'warning',
};

/** What happened at the door, in a sentence: arrival, departure or release for want of arrival. */
export function describeBookingOutcome(booking: Booking, language: Language = 'fr'): string | null {
  const { display } = myBookingsMessages[language];
  const timezone = booking.site.timezone;
  const at = (isoInstant: string) => formatSiteTime(isoInstant, timezone);
  if (booking.status === 'checked_in' && booking.checkedInAt) {
    return display.arrived(at(booking.checkedInAt));
  }
  if (booking.status === 'checked_out' && booking.checkedOutAt) {
    return booking.checkedInAt
      ? display.arrivedAndLeft(at(booking.checkedInAt), at(booking.checkedOutAt))
      : display.left(at(booking.checkedOutAt));
  }
  if (booking.status === 'absent') {
    return display.released(booking.releasedAt ? at(booking.releasedAt) : null);
  }
  return null;
}
