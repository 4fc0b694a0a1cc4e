import type { BookingSeriesResult } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { bookingSeriesMessages } from '../booking-series.messages';

type BookingSeriesResultAlertProps = { result: BookingSeriesResult; onClose: () => void };

/** What a series request gave: each date booked, each date refused with its reason. */
export function BookingSeriesResultAlert({ result, onClose }: BookingSeriesResultAlertProps) {
  const { result: texts } = useMessages(bookingSeriesMessages);
  const format = useFormat();
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
          title={texts.booked(bookedCount)}
          closable
          onClose={onClose}
          description={
            <>
              <ul>
                {result.booked.map(({ date, booking }) => (
                  <li key={date}>{texts.bookedLine(format.date(date), booking.desk.label)}</li>
                ))}
              </ul>
              <Link to="/mes-reservations">{texts.seeMyBookings}</Link>
            </>
          }
        />
      )}
      {result.refused.length > 0 && (
        <Alert
          severity={bookedCount > 0 ? 'warning' : 'error'}
          title={texts.refused(result.refused.length)}
          description={
            <ul>
              {result.refused.map(({ date, reason }) => (
                <li key={date}>
                  <strong>{format.date(date)}</strong>
                  {texts.reasonSeparator}
                  {reason}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}
