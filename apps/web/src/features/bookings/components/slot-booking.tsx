import {
  deskAttributeLabels,
  deskAttributeSchema,
  slotLabels,
  type Availability,
  type DeskAttribute,
  type Slot,
  type SlotTimes,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ZoneGroup } from '../../sites/group-desks-by-zone';

type Desk = Availability['desks'][number];

/** « 3 postes libres sur 40 pour ce créneau », « 1 poste libre sur 1 … », « Aucun poste libre … ». */
export function describeFreeDesks(freeCount: number, total: number): string {
  const desks = `${total} poste${total > 1 ? 's' : ''}`;
  if (freeCount === 0) return `Aucun poste libre sur ${desks} pour ce créneau.`;
  const plural = freeCount > 1 ? 's' : '';
  return `${freeCount} poste${plural} libre${plural} sur ${desks} pour ce créneau.`;
}

/** « 1 libre », « 12 libres », « complet ». */
function describeFreeCount(count: number): string {
  if (count === 0) return 'complet';
  return `${count} libre${count > 1 ? 's' : ''}`;
}

type SlotPickerProps = {
  slots: SlotTimes[];
  desks: Desk[];
  value: Slot | null;
  onChange: (slot: Slot) => void;
};

/** The slot first: matin, après-midi or journée, with its hours and how many desks are free. */
export function SlotPicker({ slots, desks, value, onChange }: SlotPickerProps) {
  return (
    <RadioButtons
      legend="Créneau"
      name="creneau"
      orientation="horizontal"
      options={slots.map((slot) => ({
        label: slotLabels[slot.slot],
        hintText: slot.isPast
          ? `${slot.localStart} – ${slot.localEnd} · passé`
          : `${slot.localStart} – ${slot.localEnd} · ${describeFreeCount(
              desks.filter((desk) => desk.states[slot.slot] === 'free').length,
            )}`,
        nativeInputProps: {
          value: slot.slot,
          checked: value === slot.slot,
          onChange: () => onChange(slot.slot),
        },
      }))}
    />
  );
}

/**
 * Why nothing can be booked on this slot, in a sentence, or null: the person already has a desk
 * then, the slot is over, or no desk is free for them.
 */
export function findSlotRefusal(desks: Desk[], slot: SlotTimes): string | null {
  const mine = desks.find((desk) => desk.states[slot.slot] === 'mine');
  if (mine) return `Vous avez déjà le poste ${mine.label} sur ce créneau.`;
  if (slot.isPast) return 'Ce créneau est passé : choisissez-en un autre ou un autre jour.';
  if (desks.some((desk) => desk.states[slot.slot] === 'free')) return null;
  if (desks.some((desk) => desk.states[slot.slot] === 'taken')) {
    return 'Tous les postes sont pris sur ce créneau : essayez un autre créneau, un autre jour, ou la liste d’attente.';
  }
  return 'Aucun poste ne vous est ouvert sur ce créneau : les règles du site ou un événement les réservent.';
}

/** The refusal in a few words, on each desk card. */
function shortRefusalOf(desks: Desk[], slot: SlotTimes): string {
  if (desks.some((desk) => desk.states[slot.slot] === 'mine')) return 'Vous avez déjà un poste';
  if (slot.isPast) return 'Créneau passé';
  return 'Indisponible';
}

type SlotBookingProps = {
  availability: Availability;
  slot: SlotTimes;
  isBooking: boolean;
  isPickingAnyDesk: boolean;
  onBookAnyDesk: () => void;
  /** The desks, told in a few words why they cannot be booked (null when they can). */
  children: (shortRefusal: string | null) => ReactNode;
};

/** « Un poste libre » for the chosen slot, or why not; then the desks (the children). */
export function SlotBooking({
  availability,
  slot,
  isBooking,
  isPickingAnyDesk,
  onBookAnyDesk,
  children,
}: SlotBookingProps) {
  const refusal = findSlotRefusal(availability.desks, slot);
  const freeCount = availability.desks.filter((desk) => desk.states[slot.slot] === 'free').length;
  return (
    <>
      {refusal === null ? (
        <div className={fr.cx('fr-mb-3w')}>
          <Button
            size="large"
            iconId="fr-icon-check-line"
            disabled={isBooking}
            onClick={onBookAnyDesk}
            nativeButtonProps={{ 'aria-busy': isPickingAnyDesk }}
          >
            {isPickingAnyDesk ? 'Réservation…' : 'Un poste libre'}
          </Button>
          <p className={fr.cx('fr-text--sm', 'fr-mt-1w', 'fr-mb-0')}>
            AdmZ choisit pour vous un poste de votre zone habituelle, avec l’équipement que vous
            réservez d’ordinaire. {describeFreeDesks(freeCount, availability.desks.length)}
          </p>
        </div>
      ) : (
        <Alert
          severity="info"
          small
          className={fr.cx('fr-mb-3w')}
          description={
            <>
              {refusal}
              {refusal.startsWith('Vous avez déjà') && (
                <>
                  {' '}
                  <Link to="/mes-reservations">Voir mes réservations</Link>
                </>
              )}
            </>
          }
        />
      )}
      <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>Ou choisissez un poste</h3>
      {children(refusal === null ? null : shortRefusalOf(availability.desks, slot))}
    </>
  );
}

type DeskFiltersProps = {
  groups: ZoneGroup[];
  activeZone: string;
  onChangeZone: (zone: string) => void;
  requiredAttributes: DeskAttribute[];
  onChangeAttributes: (update: (current: DeskAttribute[]) => DeskAttribute[]) => void;
};

/** Zone and equipment: narrow the grid of desks. */
export function DeskFilters({
  groups,
  activeZone,
  onChangeZone,
  requiredAttributes,
  onChangeAttributes,
}: DeskFiltersProps) {
  return (
    <>
      <Select
        label="Zone"
        nativeSelectProps={{
          value: activeZone,
          onChange: (event) => onChangeZone(event.target.value),
          name: 'zone',
        }}
      >
        <option value="">Toutes les zones</option>
        {groups.map((group) => (
          <option key={group.zone} value={group.zone}>
            {group.zone}
          </option>
        ))}
      </Select>
      <Checkbox
        legend="Équipements souhaités"
        orientation="horizontal"
        small
        options={deskAttributeSchema.options.map((attribute) => ({
          label: deskAttributeLabels[attribute],
          nativeInputProps: {
            name: 'attributes',
            value: attribute,
            checked: requiredAttributes.includes(attribute),
            onChange: (event) =>
              onChangeAttributes((current) =>
                event.target.checked
                  ? [...current, attribute]
                  : current.filter((candidate) => candidate !== attribute),
              ),
          },
        }))}
      />
    </>
  );
}
