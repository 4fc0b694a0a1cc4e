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
import { useLanguage } from '../../../i18n/language';
import { toWallClockDate } from '../../../lib/date-time';
import { myBookingsMessages } from '../my-bookings.messages';
import { olderBookingsMessages } from '../older-bookings.messages';
import { describeBooking } from '../booking-display';
import { useCancelBooking } from '../hooks/use-cancel-booking';
import { useMyBookings } from '../hooks/use-my-bookings';
import { sortBookings } from '../sort-bookings';
import { BookingListItem } from './booking-list-item';
import { OlderBookingsLoader } from './older-bookings-loader';
import { CancelBookingModal, cancelBookingModal } from './cancel-booking-modal';
import { LazyMyBookingsCalendar } from './lazy-views';
import { MyBookingSeries } from '../../booking-series/components/my-booking-series';
import { MyWaitlistEntries } from '../../waitlist/components/my-waitlist-entries';

export function MyBookingsView() {
  const myBookingsQuery = useMyBookings();
  const language = useLanguage();
  const { myBookings: texts } = myBookingsMessages[language];
  const olderTexts = olderBookingsMessages[language];
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

  if (myBookingsQuery.isPending) return <LoadingState label={texts.loading} />;
  // A page of older bookings that failed is said under the history, the rest stays on screen.
  if (myBookingsQuery.isError && !myBookingsQuery.isFetchNextPageError) {
    return (
      <ErrorState error={myBookingsQuery.error} onRetry={() => void myBookingsQuery.refetch()} />
    );
  }

  const { bookings } = myBookingsQuery.data;
  const { upcoming, history } = sortBookings(bookings);

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
            title={texts.cancelledTitle}
            description={texts.cancelled(describeBooking(cancelledBooking, language))}
            closable
            onClose={() => setCancelledBooking(null)}
          />
        </div>
      )}

      <section aria-labelledby="upcoming-title" className={fr.cx('fr-mb-6w')}>
        <h2 id="upcoming-title">{texts.upcoming}</h2>
        {upcoming.length === 0 ? (
          <EmptyState
            title={texts.noUpcoming}
            action={
              <Button linkProps={{ to: '/reserver' }} iconId="fr-icon-calendar-line">
                {texts.bookDesk}
              </Button>
            }
          >
            <p className={fr.cx('fr-mb-0')}>{texts.noUpcomingHint}</p>
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
        <h2 id="calendar-title">{texts.calendar}</h2>
        <p className={fr.cx('fr-text--sm')}>{texts.calendarHint}</p>
        <LazyMyBookingsCalendar bookings={bookings} defaultDate={calendarStart} />
      </section>

      {history.length > 0 && (
        <section aria-labelledby="history-title">
          <h2 id="history-title" className={fr.cx('fr-sr-only')}>
            {texts.history}
          </h2>
          <Accordion
            label={
              myBookingsQuery.hasNextPage
                ? olderTexts.historyAccordionLatest(history.length)
                : texts.historyAccordion(history.length)
            }
            titleAs="h3"
          >
            <ul className="admz-plain-list">
              {history.map((booking) => (
                <BookingListItem key={booking.id} booking={booking} />
              ))}
            </ul>
            <OlderBookingsLoader
              hasMore={myBookingsQuery.hasNextPage}
              isLoading={myBookingsQuery.isFetchingNextPage}
              error={myBookingsQuery.isFetchNextPageError ? myBookingsQuery.error : null}
              onLoadMore={() => void myBookingsQuery.fetchNextPage()}
            />
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
