import { formatSiteTime, isApiError, siteToday } from '@admz/shared';
import type { Booking, BookingPass } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { RotatingQrCode } from '../../../components/rotating-qr-code';
import { FullscreenButton } from '../../../components/fullscreen-button';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { useLanguage, useMessages, type Language } from '../../../i18n/language';
import { myBookingsMessages } from '../my-bookings.messages';
import { describeBookingOutcome, describeBookingSlot } from '../booking-display';
import { useBookingPass } from '../hooks/use-booking-pass';
import { useMyBookings } from '../hooks/use-my-bookings';
import { formatShortCode, spellShortCode } from '../short-code';
import { canShowPass } from '../sort-bookings';
import { SitePracticalInfo } from '../../sites/components/site-practical-info';
import { useSite } from '../../sites/hooks/use-site';
import { BookingStatusBadge } from './booking-status-badge';

export function BookingPassView({ bookingId }: { bookingId: string }) {
  const myBookingsQuery = useMyBookings();
  const { pass: texts } = useMessages(myBookingsMessages);
  const booking = myBookingsQuery.data?.bookings.find((item) => item.id === bookingId);
  // Both load together; a booking known to be over, cancelled or released needs no code.
  const passQuery = useBookingPass(bookingId, booking === undefined || canShowPass(booking));

  if (myBookingsQuery.isPending) return <LoadingState label={texts.loading} />;
  if (myBookingsQuery.isError) {
    return (
      <ErrorState error={myBookingsQuery.error} onRetry={() => void myBookingsQuery.refetch()} />
    );
  }
  // Not among the bookings loaded (the past comes 20 at a time): the API says why it has no code.
  if (!booking && passQuery.isPending) return <LoadingState label={texts.loading} />;
  if (!booking && isApiError(passQuery.error, 422)) {
    return <PassRefused sentence={passQuery.error.message} />;
  }
  if (!booking && passQuery.isError && !isApiError(passQuery.error, 404)) {
    return (
      <ErrorState
        title={texts.unavailable}
        error={passQuery.error}
        onRetry={() => void passQuery.refetch()}
      />
    );
  }
  if (!booking) {
    return (
      <EmptyState
        title={texts.notFound}
        action={<Button linkProps={{ to: '/mes-reservations' }}>{texts.seeMyBookings}</Button>}
      />
    );
  }
  if (!canShowPass(booking)) return <PassNotNeeded booking={booking} />;
  if (passQuery.isPending) return <LoadingState label={texts.loading} />;
  if (passQuery.isError && passQuery.data === undefined) {
    return (
      <ErrorState
        title={texts.unavailable}
        error={passQuery.error}
        onRetry={() => void passQuery.refetch()}
      />
    );
  }
  return (
    <BookingPassCard
      booking={booking}
      pass={passQuery.data}
      renewalError={passQuery.error}
      onRetry={() => void passQuery.refetch()}
    />
  );
}

/** An older booking than those loaded, which the API refused a code for: its sentence says why. */
function PassRefused({ sentence }: { sentence: string }) {
  const { pass: texts } = useMessages(myBookingsMessages);
  return (
    <>
      <Alert
        className={fr.cx('fr-mb-3w')}
        severity="info"
        title={sentence}
        description={texts.noLongerAccepted}
      />
      <Button linkProps={{ to: '/reserver' }} iconId="fr-icon-calendar-line">
        {texts.bookDesk}
      </Button>
    </>
  );
}

/** Cancelled, released, left or over: say why there is no QR code. */
function PassNotNeeded({ booking }: { booking: Booking }) {
  const language = useLanguage();
  const { pass: texts } = myBookingsMessages[language];
  const title =
    booking.status === 'cancelled'
      ? texts.cancelled
      : booking.status === 'absent'
        ? texts.released
        : texts.over;
  return (
    <>
      <Alert
        className={fr.cx('fr-mb-3w')}
        severity={booking.status === 'absent' ? 'warning' : 'info'}
        title={title}
        description={
          <>
            {describeBookingOutcome(booking, language)} {texts.noLongerAccepted}
          </>
        }
      />
      <Button linkProps={{ to: '/reserver' }} iconId="fr-icon-calendar-line">
        {texts.bookDesk}
      </Button>
    </>
  );
}

type BookingPassCardProps = {
  booking: Booking;
  pass: BookingPass;
  renewalError: unknown;
  onRetry: () => void;
};

function BookingPassCard({ booking, pass, renewalError, onRetry }: BookingPassCardProps) {
  const passRef = useRef<HTMLElement>(null);
  const language = useLanguage();
  const { pass: texts } = myBookingsMessages[language];
  const timezone = booking.site.timezone;
  const outcome = describeBookingOutcome(booking, language);

  return (
    <>
      <section ref={passRef} className="admz-pass admz-pass--fit" aria-labelledby="pass-title">
        <div className="admz-pass__inner">
          <div className="admz-pass__head">
            <h2 id="pass-title" className={fr.cx('fr-h4', 'fr-mb-1w')}>
              {texts.desk(booking.desk.label, booking.desk.zone)}
            </h2>
            <p className={fr.cx('fr-text--lg', 'fr-mb-1v')}>{booking.site.name}</p>
            <p className={fr.cx('fr-mb-2w')}>
              {formatDate(booking.date, language)} — {describeBookingSlot(booking, language)}{' '}
              <BookingStatusBadge status={booking.status} />
            </p>
            {outcome && <p className={fr.cx('fr-mb-2w')}>{outcome}</p>}
          </div>

          <div className="admz-pass__visual">
            <RotatingQrCode
              qr={pass}
              alt={texts.alt(formatDate(booking.date, language), booking.desk.label)}
              renewalError={renewalError}
              onRetry={onRetry}
            />
          </div>

          <div className="admz-pass__details">
            <p className={fr.cx('fr-mt-3w', 'fr-mb-1v')}>{texts.codeHint}</p>
            <p className="admz-pass__code">
              <span aria-hidden="true">{formatShortCode(pass.shortCode)}</span>
              <span className={fr.cx('fr-sr-only')}>{spellShortCode(pass.shortCode)}</span>
            </p>

            <p className={fr.cx('fr-text--sm', 'fr-mt-2w', 'fr-mb-0')}>
              {describeValidity(pass, timezone, language)}
            </p>
          </div>
        </div>

        <FullscreenButton targetRef={passRef} />
      </section>
      <p className={fr.cx('fr-mt-3w', 'fr-text--sm')}>
        {booking.status === 'checked_in' ? texts.leaving : texts.present}
      </p>
      <BookingSiteInfo siteId={booking.site.id} />
    </>
  );
}

/** How to get in and the wifi, under the pass; nothing while it loads (the pass comes first). */
function BookingSiteInfo({ siteId }: { siteId: string }) {
  const siteQuery = useSite(siteId);
  const { pass: texts } = useMessages(myBookingsMessages);
  if (siteQuery.isError) {
    return (
      <ErrorState
        title={texts.siteInfoUnavailable}
        error={siteQuery.error}
        onRetry={() => void siteQuery.refetch()}
      />
    );
  }
  return siteQuery.data ? <SitePracticalInfo site={siteQuery.data} /> : null;
}

function describeValidity(pass: BookingPass, timezone: string, language: Language): string {
  const { pass: texts } = myBookingsMessages[language];
  const isSameDay =
    siteToday(timezone, new Date(pass.validFrom)) ===
    siteToday(timezone, new Date(pass.validUntil));
  if (isSameDay) {
    return texts.validOn(
      formatDate(siteToday(timezone, new Date(pass.validFrom)), language),
      formatSiteTime(pass.validFrom, timezone),
      formatSiteTime(pass.validUntil, timezone),
    );
  }
  return texts.validFromTo(
    formatDateTime(pass.validFrom, timezone, language),
    formatDateTime(pass.validUntil, timezone, language),
  );
}
