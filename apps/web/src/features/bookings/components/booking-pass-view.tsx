import { formatFrenchDate, formatSiteTime, siteToday } from '@admz/shared';
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
import { formatDateTimeInTimezone } from '../../../lib/date-time';
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
  const booking = myBookingsQuery.data?.find((item) => item.id === bookingId);
  // Both load together; a booking known to be over, cancelled or released needs no code.
  const passQuery = useBookingPass(bookingId, booking === undefined || canShowPass(booking));

  if (myBookingsQuery.isPending) return <LoadingState label="Chargement de votre QR code…" />;
  if (myBookingsQuery.isError) {
    return (
      <ErrorState error={myBookingsQuery.error} onRetry={() => void myBookingsQuery.refetch()} />
    );
  }
  if (!booking) {
    return (
      <EmptyState
        title="Cette réservation est introuvable."
        action={<Button linkProps={{ to: '/mes-reservations' }}>Voir mes réservations</Button>}
      />
    );
  }
  if (!canShowPass(booking)) return <PassNotNeeded booking={booking} />;
  if (passQuery.isPending) return <LoadingState label="Chargement de votre QR code…" />;
  if (passQuery.isError && passQuery.data === undefined) {
    return (
      <ErrorState
        title="QR code indisponible"
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

/** Cancelled, released, left or over: say why there is no QR code. */
function PassNotNeeded({ booking }: { booking: Booking }) {
  const title =
    booking.status === 'cancelled'
      ? 'Réservation annulée'
      : booking.status === 'absent'
        ? 'Réservation libérée faute d’arrivée'
        : 'Réservation terminée';
  return (
    <>
      <Alert
        className={fr.cx('fr-mb-3w')}
        severity={booking.status === 'absent' ? 'warning' : 'info'}
        title={title}
        description={
          <>{describeBookingOutcome(booking)} Ce QR code n'est plus accepté à la borne d'accueil.</>
        }
      />
      <Button linkProps={{ to: '/reserver' }} iconId="fr-icon-calendar-line">
        Réserver un poste
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
  const timezone = booking.site.timezone;
  const outcome = describeBookingOutcome(booking);

  return (
    <>
      <section ref={passRef} className="admz-pass admz-pass--fit" aria-labelledby="pass-title">
        <div className="admz-pass__inner">
          <div className="admz-pass__head">
            <h2 id="pass-title" className={fr.cx('fr-h4', 'fr-mb-1w')}>
              Poste {booking.desk.label} · {booking.desk.zone}
            </h2>
            <p className={fr.cx('fr-text--lg', 'fr-mb-1v')}>{booking.site.name}</p>
            <p className={fr.cx('fr-mb-2w')}>
              {formatFrenchDate(booking.date)} — {describeBookingSlot(booking)}{' '}
              <BookingStatusBadge status={booking.status} />
            </p>
            {outcome && <p className={fr.cx('fr-mb-2w')}>{outcome}</p>}
          </div>

          <div className="admz-pass__visual">
            <RotatingQrCode
              qr={pass}
              alt={`QR code d'accès de la réservation du ${formatFrenchDate(booking.date)}, poste ${booking.desk.label}`}
              renewalError={renewalError}
              onRetry={onRetry}
            />
          </div>

          <div className="admz-pass__details">
            <p className={fr.cx('fr-mt-3w', 'fr-mb-1v')}>
              Code à saisir à la borne si l'appareil photo ne fonctionne pas
            </p>
            <p className="admz-pass__code">
              <span aria-hidden="true">{formatShortCode(pass.shortCode)}</span>
              <span className={fr.cx('fr-sr-only')}>{spellShortCode(pass.shortCode)}</span>
            </p>

            <p className={fr.cx('fr-text--sm', 'fr-mt-2w', 'fr-mb-0')}>
              {describeValidity(pass, timezone)}
            </p>
          </div>
        </div>

        <FullscreenButton targetRef={passRef} />
      </section>
      <p className={fr.cx('fr-mt-3w', 'fr-text--sm')}>
        {booking.status === 'checked_in'
          ? "Vous partez ? Présentez de nouveau ce QR code à la borne d'accueil pour libérer le poste."
          : "Présentez ce QR code à la borne d'accueil du tiers-lieu. Astuce : augmentez la luminosité de votre écran."}
      </p>
      <BookingSiteInfo siteId={booking.site.id} />
    </>
  );
}

/** How to get in and the wifi, under the pass; nothing while it loads (the pass comes first). */
function BookingSiteInfo({ siteId }: { siteId: string }) {
  const siteQuery = useSite(siteId);
  if (siteQuery.isError) {
    return (
      <ErrorState
        title="Infos pratiques indisponibles"
        error={siteQuery.error}
        onRetry={() => void siteQuery.refetch()}
      />
    );
  }
  return siteQuery.data ? <SitePracticalInfo site={siteQuery.data} /> : null;
}

function describeValidity(pass: BookingPass, timezone: string): string {
  const isSameDay =
    siteToday(timezone, new Date(pass.validFrom)) ===
    siteToday(timezone, new Date(pass.validUntil));
  if (isSameDay) {
    return `Valable le ${formatFrenchDate(siteToday(timezone, new Date(pass.validFrom)))} de ${formatSiteTime(pass.validFrom, timezone)} à ${formatSiteTime(pass.validUntil, timezone)} (heure du tiers-lieu).`;
  }
  return `Valable du ${formatDateTimeInTimezone(pass.validFrom, timezone)} au ${formatDateTimeInTimezone(pass.validUntil, timezone)} (heure du tiers-lieu).`;
}
