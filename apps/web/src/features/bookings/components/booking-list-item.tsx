import type { Booking } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { myBookingsMessages } from '../my-bookings.messages';
import { describeBooking, describeBookingOutcome, describeBookingSlot } from '../booking-display';
import { canCancel, canShowPass } from '../sort-bookings';
import { BookingPresenceControl } from '../../presence/components/booking-presence-control';
import { BookingStatusBadge } from './booking-status-badge';

type BookingListItemProps = {
  booking: Booking;
  onAskCancel?: (booking: Booking) => void;
};

export function BookingListItem({ booking, onAskCancel }: BookingListItemProps) {
  const { listItem: texts } = useMessages(myBookingsMessages);
  const format = useFormat();
  const name = describeBooking(booking, format.language);
  const outcome = describeBookingOutcome(booking, format.language);
  return (
    <li className={fr.cx('fr-mb-2w')}>
      <article className="admz-booking-item" aria-label={texts.label(name)}>
        <div>
          <h3 className={fr.cx('fr-h6', 'fr-mb-1v')}>{format.date(booking.date)}</h3>
          <p className={fr.cx('fr-mb-1v')}>
            <strong>{describeBookingSlot(booking, format.language)}</strong>
          </p>
          <p className={fr.cx('fr-mb-1v', 'fr-text--sm')}>
            {texts.desk(booking.desk.label, booking.desk.zone, booking.site.name)}
          </p>
          <BookingStatusBadge status={booking.status} />
          {outcome && <p className={fr.cx('fr-mt-1w', 'fr-mb-0', 'fr-text--sm')}>{outcome}</p>}
          {onAskCancel && <BookingPresenceControl booking={booking} />}
        </div>
        {(canShowPass(booking) || (onAskCancel && canCancel(booking))) && (
          <ul
            className={fr.cx(
              'fr-btns-group',
              'fr-btns-group--inline-md',
              'fr-btns-group--sm',
              'fr-btns-group--right',
              'fr-btns-group--icon-left',
            )}
          >
            {canShowPass(booking) && (
              <li>
                <Button
                  size="small"
                  iconId="fr-icon-qr-code-line"
                  linkProps={{
                    to: `/reservations/${booking.id}/qr`,
                    'aria-label': texts.showPassLabel(name),
                  }}
                >
                  {texts.showPass}
                </Button>
              </li>
            )}
            {onAskCancel && canCancel(booking) && (
              <li>
                <Button
                  size="small"
                  priority="secondary"
                  iconId="fr-icon-close-circle-line"
                  onClick={() => onAskCancel(booking)}
                  nativeButtonProps={{ 'aria-label': texts.cancelLabel(name) }}
                >
                  {texts.cancel}
                </Button>
              </li>
            )}
          </ul>
        )}
      </article>
    </li>
  );
}
