import { formatFrenchDate, formatSiteTime, slotLabels, type Booking } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../components/error-state';

export type BookingResult =
  { kind: 'success'; booking: Booking } | { kind: 'error'; error: unknown };

type BookingResultAlertProps = { result: BookingResult; onClose: () => void };

export function BookingResultAlert({ result, onClose }: BookingResultAlertProps) {
  const containerRef = useRef<HTMLDivElement>(null);

  // Move focus to the outcome so keyboard and screen-reader users hear it at once.
  useEffect(() => {
    containerRef.current?.focus();
  }, [result]);

  return (
    <div ref={containerRef} tabIndex={-1} className={fr.cx('fr-mb-3w')}>
      {result.kind === 'success' ? (
        <Alert
          severity="success"
          title="Réservation confirmée"
          closable
          onClose={onClose}
          description={<BookingSuccessDescription booking={result.booking} />}
        />
      ) : (
        <Alert
          severity="error"
          title="La réservation n'a pas abouti"
          closable
          onClose={onClose}
          description={describeError(result.error)}
        />
      )}
    </div>
  );
}

function BookingSuccessDescription({ booking }: { booking: Booking }) {
  const timezone = booking.site.timezone;
  return (
    <>
      Poste {booking.desk.label} ({booking.desk.zone}) à {booking.site.name},{' '}
      {formatFrenchDate(booking.date)}, {slotLabels[booking.slot].toLowerCase()} de{' '}
      {formatSiteTime(booking.startsAt, timezone)} à {formatSiteTime(booking.endsAt, timezone)}.{' '}
      <Link className={fr.cx('fr-link')} to={`/reservations/${booking.id}/qr`}>
        Afficher mon QR code d'accès
      </Link>{' '}
      ·{' '}
      <Link className={fr.cx('fr-link')} to="/mes-reservations">
        Voir mes réservations
      </Link>
    </>
  );
}
