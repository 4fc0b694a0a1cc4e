import { formatSiteTime, type Booking } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../components/error-state';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { bookingsMessages } from '../bookings.messages';

export type BookingResult =
  { kind: 'success'; booking: Booking } | { kind: 'error'; error: unknown };

type BookingResultAlertProps = { result: BookingResult; onClose: () => void };

export function BookingResultAlert({ result, onClose }: BookingResultAlertProps) {
  const { result: texts } = useMessages(bookingsMessages);
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
          title={texts.confirmed}
          closable
          onClose={onClose}
          description={<BookingSuccessDescription booking={result.booking} />}
        />
      ) : (
        <Alert
          severity="error"
          title={texts.failed}
          closable
          onClose={onClose}
          description={describeError(result.error)}
        />
      )}
    </div>
  );
}

function BookingSuccessDescription({ booking }: { booking: Booking }) {
  const { result: texts } = useMessages(bookingsMessages);
  const labels = useDomainLabels();
  const format = useFormat();
  const timezone = booking.site.timezone;
  return (
    <>
      {texts.success(
        booking.desk.label,
        booking.desk.zone,
        booking.site.name,
        format.date(booking.date),
        labels.slot[booking.slot],
        formatSiteTime(booking.startsAt, timezone),
        formatSiteTime(booking.endsAt, timezone),
      )}{' '}
      <Link className={fr.cx('fr-link')} to={`/reservations/${booking.id}/qr`}>
        {texts.showPass}
      </Link>{' '}
      ·{' '}
      <Link className={fr.cx('fr-link')} to="/mes-reservations">
        {texts.seeMyBookings}
      </Link>
    </>
  );
}
