import { formatFrenchDate, type AffectedBooking } from '@admz/shared';

/** The desk bookings an event would cancel, as the host reads them before confirming. */
export function AffectedBookingsList({ bookings }: { bookings: AffectedBooking[] }) {
  const count = bookings.length;
  return (
    <>
      <p>
        {count} réservation{count > 1 ? 's' : ''} de poste{' '}
        {count > 1 ? 'seraient annulées' : 'serait annulée'} : l’événement occupe leur zone. Rien
        n’a encore changé : si vous confirmez, l’événement est validé, ces réservations sont
        annulées et chaque personne est prévenue par courriel.
      </p>
      <ul className="admz-affected-bookings">
        {bookings.map((booking) => (
          <li key={booking.bookingId}>
            <strong>
              {booking.person.givenName} {booking.person.usualName}
            </strong>{' '}
            ({booking.person.email}) — poste {booking.desk.label}, {formatFrenchDate(booking.date)},{' '}
            {booking.localStart} – {booking.localEnd}
          </li>
        ))}
      </ul>
    </>
  );
}
