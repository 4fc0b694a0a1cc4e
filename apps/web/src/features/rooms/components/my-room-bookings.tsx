import type { RoomBooking } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { useCancelRoomBooking, useMyRoomBookings } from '../hooks/use-rooms';
import { roomsMessages } from '../rooms.messages';

/** The room bookings to come the person made or is named in; they cancel their own. */
export function MyRoomBookings({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { myRoomBookings: messages } = useMessages(roomsMessages);
  const query = useMyRoomBookings();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="my-room-bookings-title" className={fr.cx('fr-mt-6w')}>
      <Heading id="my-room-bookings-title" className={fr.cx('fr-h4')}>
        {messages.title}
      </Heading>
      {query.isPending && <LoadingState label={messages.loading} />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.length === 0 && <p>{messages.empty}</p>}
      {query.data && query.data.length > 0 && (
        <ul className="admz-room-list">
          {query.data.map((booking) => (
            <RoomBookingItem key={booking.id} booking={booking} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RoomBookingItem({ booking }: { booking: RoomBooking }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const mutation = useCancelRoomBooking();
  const { myRoomBookings: messages } = useMessages(roomsMessages);
  const format = useFormat();
  return (
    <li className={fr.cx('fr-p-2w', 'fr-mb-2w')}>
      <p className={fr.cx('fr-text--bold', 'fr-mb-1w')}>
        « {booking.title} » — {booking.room.name}, {booking.siteName}
      </p>
      <p className={fr.cx('fr-mb-1w')}>
        {messages.when(
          format.date(booking.date),
          booking.startTime,
          booking.endTime,
          booking.headcount,
        )}
      </p>
      {!booking.isMine && booking.bookedBy && (
        <p className={fr.cx('fr-mb-1w')}>
          {messages.invitedBy(`${booking.bookedBy.givenName} ${booking.bookedBy.usualName}`)}
        </p>
      )}
      {booking.attendeeEmails.length > 0 && (
        <p className={fr.cx('fr-mb-1w')}>{messages.attendees(booking.attendeeEmails.join(', '))}</p>
      )}
      {mutation.isError && (
        <Alert severity="error" small description={describeError(mutation.error)} />
      )}
      {booking.isMine && !isConfirming && (
        <Button size="small" priority="secondary" onClick={() => setIsConfirming(true)}>
          {messages.cancel}
        </Button>
      )}
      {booking.isMine && isConfirming && (
        <div role="group" aria-label={messages.confirmGroup}>
          <p className={fr.cx('fr-mb-1w')}>{messages.confirm(booking.title)}</p>
          <Button
            size="small"
            className={fr.cx('fr-mr-2w', 'fr-mb-1w')}
            disabled={mutation.isPending}
            onClick={() => mutation.mutate(booking.id)}
          >
            {mutation.isPending ? messages.cancelling : messages.confirmCancel}
          </Button>
          <Button
            size="small"
            priority="secondary"
            className={fr.cx('fr-mb-1w')}
            onClick={() => setIsConfirming(false)}
          >
            {messages.keep}
          </Button>
        </div>
      )}
    </li>
  );
}
