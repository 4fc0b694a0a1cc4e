import type { AffectedBooking } from '@admz/shared';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { eventsMessages } from '../events.messages';

/** The desk bookings an event would cancel, as the host reads them before confirming. */
export function AffectedBookingsList({ bookings }: { bookings: AffectedBooking[] }) {
  const { affected } = useMessages(eventsMessages);
  const format = useFormat();
  return (
    <>
      <p>{affected.intro(bookings.length)}</p>
      <ul className="admz-affected-bookings">
        {bookings.map((booking) => (
          <li key={booking.bookingId}>
            <strong>
              {booking.person.givenName} {booking.person.usualName}
            </strong>{' '}
            ({booking.person.email}) — {affected.desk(booking.desk.label)},{' '}
            {format.date(booking.date)}, {booking.localStart} – {booking.localEnd}
          </li>
        ))}
      </ul>
    </>
  );
}
