import type { Booking } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { describeError } from '../../../components/error-state';
import { useMessages } from '../../../i18n/language';
import {
  useMyBookingPresence,
  usePresenceProfile,
  useSetBookingPresence,
} from '../hooks/use-presence';
import { presenceMessages } from '../presence.messages';

const followProfile = 'profil';
const choiceValue = (presence: boolean | null) =>
  presence === null ? followProfile : presence ? 'visible' : 'masque';

/**
 * The per-booking choice of « Qui est là ? », small, on a booking to come that holds its desk
 * (the API lists those); nothing on the others.
 */
export function BookingPresenceControl({ booking }: { booking: Booking }) {
  const choicesQuery = useMyBookingPresence();
  const profileQuery = usePresenceProfile();
  const setPresence = useSetBookingPresence();
  const { bookingPresence: messages } = useMessages(presenceMessages);
  const choice = choicesQuery.data?.find((candidate) => candidate.bookingId === booking.id);
  if (!choice || !profileQuery.data) return null;
  const id = `presence-${booking.id}`;
  const followsLabel = messages.followsProfile(profileQuery.data.isVisible);
  return (
    <div className={fr.cx('fr-select-group', 'fr-mt-1w', 'fr-mb-0')}>
      <label className={fr.cx('fr-label', 'fr-text--sm')} htmlFor={id}>
        {messages.label}
      </label>
      <select
        id={id}
        className={fr.cx('fr-select')}
        value={choiceValue(choice.presence)}
        disabled={setPresence.isPending}
        onChange={(event) => {
          const value = event.target.value;
          setPresence.mutate({
            bookingId: booking.id,
            presence: value === followProfile ? null : value === 'visible',
          });
        }}
      >
        <option value={followProfile}>{followsLabel}</option>
        <option value="visible">{messages.visible}</option>
        <option value="masque">{messages.hidden}</option>
      </select>
      {setPresence.isError && (
        <p className={fr.cx('fr-error-text')} role="alert">
          {describeError(setPresence.error)}
        </p>
      )}
    </div>
  );
}
