import { slotLabels, type DeskSlotState, type SlotTimes } from '@admz/shared';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';

type SlotStateCellProps = {
  deskLabel: string;
  slot: SlotTimes;
  state: DeskSlotState;
  isBooking: boolean;
  isBookingDisabled: boolean;
  onBook: () => void;
};

// Every state is written in words: colour only reinforces it.
export function SlotStateCell({
  deskLabel,
  slot,
  state,
  isBooking,
  isBookingDisabled,
  onBook,
}: SlotStateCellProps) {
  if (state === 'mine') {
    return (
      <Badge severity="success" small>
        Votre réservation
      </Badge>
    );
  }
  if (state === 'taken') {
    return (
      <Badge severity="warning" small noIcon>
        Occupé
      </Badge>
    );
  }
  if (state === 'unavailable' || slot.isPast) {
    return (
      <Badge small noIcon>
        {slot.isPast ? 'Créneau passé' : 'Indisponible'}
      </Badge>
    );
  }
  return (
    <Button
      size="small"
      disabled={isBookingDisabled}
      onClick={onBook}
      nativeButtonProps={{
        'aria-label': `Réserver ${deskLabel} ${slotLabels[slot.slot]}`,
        'aria-busy': isBooking,
      }}
    >
      {isBooking ? 'Réservation…' : 'Réserver'}
    </Button>
  );
}
