import type { BookingStatus } from '@admz/shared';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useLanguage } from '../../../i18n/language';
import { bookingStatusSeverities, getBookingStatusLabel } from '../booking-display';

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const language = useLanguage();
  const severity = bookingStatusSeverities[status];
  return (
    <Badge as="span" small severity={severity} noIcon={severity === undefined}>
      {getBookingStatusLabel(status, language)}
    </Badge>
  );
}
