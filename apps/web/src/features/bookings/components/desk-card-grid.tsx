import { deskAttributeLabels, slotLabels, type Availability, type Slot } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';

type Desk = Availability['desks'][number];

type DeskCardGridProps = {
  desks: Desk[];
  slot: Slot;
  /** Why no desk can be booked on this slot (already booked, past): no « Réserver » then. */
  refusal: string | null;
  pendingDeskId: string | undefined;
  onBook: (deskId: string) => void;
};

/**
 * The free desks of one slot as small cards (a grid on a wide screen, two or three across on a
 * phone): label, zone and equipment, and « Réserver » only where the booking can succeed.
 */
export function DeskCardGrid({ desks, slot, refusal, pendingDeskId, onBook }: DeskCardGridProps) {
  return (
    <ul className="admz-desk-grid" aria-label={`Postes libres — ${slotLabels[slot]}`}>
      {desks.map((desk) => {
        const state = desk.states[slot];
        return (
          <li key={desk.id} className="admz-desk-card">
            <strong className="admz-desk-label">{desk.label}</strong>
            <span className={fr.cx('fr-text--sm', 'fr-mb-0')}>{desk.zone}</span>
            {desk.attributes.length > 0 && (
              <span className={fr.cx('fr-text--xs', 'fr-mb-0')}>
                {desk.attributes.map((attribute) => deskAttributeLabels[attribute]).join(' · ')}
              </span>
            )}
            {state === 'mine' ? (
              <Badge severity="success" small>
                Votre réservation
              </Badge>
            ) : state !== 'free' ? (
              <Badge small noIcon>
                {state === 'taken' ? 'Occupé' : 'Indisponible'}
              </Badge>
            ) : refusal === null ? (
              <Button
                size="small"
                priority="secondary"
                disabled={pendingDeskId !== undefined}
                onClick={() => onBook(desk.id)}
                nativeButtonProps={{
                  'aria-label': `Réserver ${desk.label} ${slotLabels[slot]}`,
                  'aria-busy': pendingDeskId === desk.id,
                }}
              >
                {pendingDeskId === desk.id ? 'Réservation…' : 'Réserver'}
              </Button>
            ) : (
              <span className={fr.cx('fr-text--xs', 'fr-mb-0')}>{refusal}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
