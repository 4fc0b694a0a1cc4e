import type { AffectedBooking } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { useEffect, useId, useRef } from 'react';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { siteSettingsMessages } from '../site-settings.messages';

type AffectedBookingsPanelProps = {
  bookings: AffectedBooking[];
  /** One sentence naming the change when the panel does not sit under its form. */
  change?: string;
  isConfirming: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A change of hours that would cancel bookings: who, which desk, when — then confirm or not. */
export function AffectedBookingsPanel({
  bookings,
  change,
  isConfirming,
  onConfirm,
  onCancel,
}: AffectedBookingsPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Several changes of hours share a tab: each panel needs its own title id.
  const titleId = useId();
  // Take the keyboard and screen reader straight to the decision to make.
  useEffect(() => headingRef.current?.focus(), []);
  const count = bookings.length;
  const t = useMessages(siteSettingsMessages).affectedBookings;
  const format = useFormat();
  return (
    <div className={fr.cx('fr-my-3w')} role="region" aria-labelledby={titleId}>
      <Alert
        severity="warning"
        title={
          <span id={titleId} ref={headingRef} tabIndex={-1}>
            {t.title(count)}
          </span>
        }
        description={`${change ? `${change} ` : ''}${t.nothingChangedYet}`}
      />
      <div className="fr-table fr-table--bordered fr-mt-2w">
        <table>
          <caption className="fr-sr-only">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.person}</th>
              <th scope="col">{t.desk}</th>
              <th scope="col">{t.day}</th>
              <th scope="col">{t.hours}</th>
            </tr>
          </thead>
          <tbody>
            {bookings.map((booking) => (
              <tr key={booking.bookingId}>
                <td>
                  {booking.person.givenName} {booking.person.usualName}
                  <br />
                  <span className={fr.cx('fr-text--xs')}>{booking.person.email}</span>
                </td>
                <td>
                  {booking.desk.label} ({booking.desk.zone})
                </td>
                <td>{format.date(booking.date)}</td>
                <td>
                  {booking.localStart} – {booking.localEnd}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Plain buttons: the panel sits inside the change's form, which must not submit again. */}
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          {
            type: 'button',
            children: isConfirming ? t.confirming : t.confirm,
            iconId: 'fr-icon-mail-line',
            onClick: onConfirm,
            disabled: isConfirming,
          },
          { type: 'button', children: t.keep, priority: 'secondary', onClick: onCancel },
        ]}
      />
    </div>
  );
}
