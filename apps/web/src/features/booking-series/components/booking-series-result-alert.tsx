import { formatFrenchDate } from '@admz/shared';
import type { BookingSeriesResult } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

type BookingSeriesResultAlertProps = { result: BookingSeriesResult; onClose: () => void };

/** What a series request gave: each date booked, each date refused with its reason. */
export function BookingSeriesResultAlert({ result, onClose }: BookingSeriesResultAlertProps) {
  const containerRef = useRef<HTMLDivElement>(null);

  // Move focus to the outcome so keyboard and screen-reader users hear it at once.
  useEffect(() => {
    containerRef.current?.focus();
  }, [result]);

  const bookedCount = result.booked.length;
  return (
    <div ref={containerRef} tabIndex={-1} className={fr.cx('fr-my-3w')} data-testid="series-result">
      {bookedCount > 0 && (
        <Alert
          severity="success"
          className={fr.cx('fr-mb-2w')}
          title={bookedCount === 1 ? '1 date réservée' : `${bookedCount} dates réservées`}
          closable
          onClose={onClose}
          description={
            <>
              <ul>
                {result.booked.map(({ date, booking }) => (
                  <li key={date}>
                    {formatFrenchDate(date)} — poste {booking.desk.label}
                  </li>
                ))}
              </ul>
              <Link to="/mes-reservations">Voir mes réservations</Link>
            </>
          }
        />
      )}
      {result.refused.length > 0 && (
        <Alert
          severity={bookedCount > 0 ? 'warning' : 'error'}
          title={
            result.refused.length === 1
              ? '1 date n’a pas pu être réservée'
              : `${result.refused.length} dates n’ont pas pu être réservées`
          }
          description={
            <ul>
              {result.refused.map(({ date, reason }) => (
                <li key={date}>
                  <strong>{formatFrenchDate(date)}</strong> : {reason}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}
