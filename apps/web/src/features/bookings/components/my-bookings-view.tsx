import type { Booking } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { toWallClockDate } from '../../../lib/date-time';
import { describeBooking } from '../booking-display';
import { useCancelBooking } from '../hooks/use-cancel-booking';
import { useMyBookings } from '../hooks/use-my-bookings';
import { sortBookings } from '../sort-bookings';
import { BookingListItem } from './booking-list-item';
import { CancelBookingModal, cancelBookingModal } from './cancel-booking-modal';
import { LazyMyBookingsCalendar } from './lazy-views';
import { MyBookingSeries } from '../../booking-series/components/my-booking-series';
import { MyWaitlistEntries } from '../../waitlist/components/my-waitlist-entries';

export function MyBookingsView() {
  const myBookingsQuery = useMyBookings();
  const cancelBookingMutation = useCancelBooking();
  const [bookingToCancel, setBookingToCancel] = useState<Booking | null>(null);
  const [cancelledBooking, setCancelledBooking] = useState<Booking | null>(null);
  const cancelledAlertRef = useRef<HTMLDivElement>(null);
  // The « Annuler » button that opened the modal: kept or dismissed, the focus goes back there.
  const openerRef = useRef<HTMLElement | null>(null);
  useIsModalOpen(cancelBookingModal, {
    onConceal: () => {
      const opener = openerRef.current;
      openerRef.current = null;
      if (opener?.isConnected) opener.focus();
    },
  });

  // The "Annuler" button that opened the modal is gone: give focus to the outcome instead.
  useEffect(() => {
    if (cancelledBooking) cancelledAlertRef.current?.focus();
  }, [cancelledBooking]);

  if (myBookingsQuery.isPending) return <LoadingState label="Chargement de vos réservations…" />;
  if (myBookingsQuery.isError) {
    return (
      <ErrorState error={myBookingsQuery.error} onRetry={() => void myBookingsQuery.refetch()} />
    );
  }

  const { upcoming, history } = sortBookings(myBookingsQuery.data);

  function askCancel(booking: Booking) {
    cancelBookingMutation.reset();
    openerRef.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setBookingToCancel(booking);
    cancelBookingModal.open();
  }

  function confirmCancel(booking: Booking) {
    cancelBookingMutation.mutate(booking.id, {
      onSuccess: (cancelled) => {
        openerRef.current = null;
        setCancelledBooking(cancelled);
        setBookingToCancel(null);
        cancelBookingModal.close();
      },
    });
  }

  const calendarStart = upcoming[0]
    ? toWallClockDate(upcoming[0].startsAt, upcoming[0].site.timezone)
    : new Date();

  return (
    <>
      {cancelledBooking && (
        <div ref={cancelledAlertRef} tabIndex={-1} className={fr.cx('fr-mb-3w')}>
          <Alert
            severity="success"
            title="Réservation annulée"
            description={`Votre réservation du ${describeBooking(cancelledBooking)} est annulée : le poste est de nouveau libre.`}
            closable
            onClose={() => setCancelledBooking(null)}
          />
        </div>
      )}

      <section aria-labelledby="upcoming-title" className={fr.cx('fr-mb-6w')}>
        <h2 id="upcoming-title">À venir</h2>
        {upcoming.length === 0 ? (
          <EmptyState
            title="Aucune réservation à venir."
            action={
              <Button linkProps={{ to: '/reserver' }} iconId="fr-icon-calendar-line">
                Réserver un poste
              </Button>
            }
          >
            <p className={fr.cx('fr-mb-0')}>
              Choisissez un tiers-lieu et un jour : un poste vous attend en quelques clics.
            </p>
          </EmptyState>
        ) : (
          <ul className="admz-plain-list">
            {upcoming.map((booking) => (
              <BookingListItem key={booking.id} booking={booking} onAskCancel={askCancel} />
            ))}
          </ul>
        )}
      </section>

      <MyBookingSeries upcoming={upcoming} />
      <MyWaitlistEntries />

      <section aria-labelledby="calendar-title" className={fr.cx('fr-mb-6w')}>
        <h2 id="calendar-title">Calendrier</h2>
        <p className={fr.cx('fr-text--sm')}>
          Heures affichées à l'heure locale de chaque tiers-lieu. Les réservations annulées ou
          libérées faute d’arrivée n'y figurent pas.
        </p>
        <LazyMyBookingsCalendar bookings={myBookingsQuery.data} defaultDate={calendarStart} />
      </section>

      {history.length > 0 && (
        <section aria-labelledby="history-title">
          <h2 id="history-title" className={fr.cx('fr-sr-only')}>
            Historique
          </h2>
          <Accordion
            label={`Réservations passées, annulées ou libérées (${history.length})`}
            titleAs="h3"
          >
            <ul className="admz-plain-list">
              {history.map((booking) => (
                <BookingListItem key={booking.id} booking={booking} />
              ))}
            </ul>
          </Accordion>
        </section>
      )}

      <CancelBookingModal
        booking={bookingToCancel}
        isCancelling={cancelBookingMutation.isPending}
        error={cancelBookingMutation.error}
        onConfirm={confirmCancel}
      />
    </>
  );
}
