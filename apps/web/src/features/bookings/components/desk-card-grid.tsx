import type { Availability, Slot } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useMessages } from '../../../i18n/language';
import { bookingsMessages } from '../bookings.messages';

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
  const { deskGrid } = useMessages(bookingsMessages);
  const labels = useDomainLabels();
  return (
    <ul className="admz-desk-grid" aria-label={deskGrid.label(labels.slot[slot])}>
      {desks.map((desk) => {
        const state = desk.states[slot];
        return (
          <li key={desk.id} className="admz-desk-card">
            <strong className="admz-desk-label">{desk.label}</strong>
            <span className={fr.cx('fr-text--sm', 'fr-mb-0')}>{desk.zone}</span>
            {desk.attributes.length > 0 && (
              <span className={fr.cx('fr-text--xs', 'fr-mb-0')}>
                {desk.attributes.map((attribute) => labels.deskAttribute[attribute]).join(' · ')}
              </span>
            )}
            {state === 'mine' ? (
              <Badge severity="success" small>
                {deskGrid.mine}
              </Badge>
            ) : state !== 'free' ? (
              <Badge small noIcon>
                {state === 'taken' ? deskGrid.taken : deskGrid.unavailable}
              </Badge>
            ) : refusal === null ? (
              <Button
                size="small"
                priority="secondary"
                disabled={pendingDeskId !== undefined}
                onClick={() => onBook(desk.id)}
                nativeButtonProps={{
                  'aria-label': deskGrid.bookLabel(desk.label, labels.slot[slot]),
                  'aria-busy': pendingDeskId === desk.id,
                }}
              >
                {pendingDeskId === desk.id ? deskGrid.booking : deskGrid.book}
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
