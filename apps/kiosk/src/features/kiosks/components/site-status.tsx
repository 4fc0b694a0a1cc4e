import type { KioskIdentity } from '@admz/shared';
import { useMessages } from '../../../i18n/language';

/** Occupancy now and the hosts' message; both follow the live stream. */
export function SiteStatus({ identity }: { identity: KioskIdentity }) {
  const messages = useMessages();
  const { present, booked, capacity } = identity.occupancy;
  const hostMessage = identity.message.trim();
  return (
    <>
      <p className="kiosk-occupancy">
        <span className="fr-sr-only">{messages.idle.occupancyLabel} : </span>
        {messages.idle.occupancy(present, booked, capacity)}
      </p>
      {hostMessage !== '' && (
        <section className="kiosk-host-message" aria-label={messages.idle.hostMessageLabel}>
          <p className="kiosk-host-message__text">{hostMessage}</p>
        </section>
      )}
    </>
  );
}
