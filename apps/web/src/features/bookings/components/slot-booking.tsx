import {
  deskAttributeSchema,
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
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useLanguage, useMessages, type Language } from '../../../i18n/language';
import type { ZoneGroup } from '../../sites/group-desks-by-zone';
import { bookingsMessages } from '../bookings.messages';

type Desk = Availability['desks'][number];

/** « 3 postes libres sur 40 pour ce créneau », « 1 poste libre sur 1 … », « Aucun poste libre … ». */
export function describeFreeDesks(
  freeCount: number,
  total: number,
  language: Language = 'fr',
): string {
  return bookingsMessages[language].slotBooking.freeDesks(freeCount, total);
}

type SlotPickerProps = {
  slots: SlotTimes[];
  desks: Desk[];
  value: Slot | null;
  onChange: (slot: Slot) => void;
};

/** The slot first: matin, après-midi or journée, with its hours and how many desks are free. */
export function SlotPicker({ slots, desks, value, onChange }: SlotPickerProps) {
  const { slotPicker } = useMessages(bookingsMessages);
  const labels = useDomainLabels();
  // « 1 libre », « 12 libres », « complet ».
  const describeFreeCount = (count: number) =>
    count === 0 ? slotPicker.full : slotPicker.free(count);
  return (
    <RadioButtons
      legend={slotPicker.legend}
      name="creneau"
      orientation="horizontal"
      options={slots.map((slot) => ({
        label: labels.slot[slot.slot],
        hintText: slot.isPast
          ? `${slot.localStart} – ${slot.localEnd} · ${slotPicker.past}`
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
export function findSlotRefusal(
  desks: Desk[],
  slot: SlotTimes,
  language: Language = 'fr',
): string | null {
  const { slotBooking } = bookingsMessages[language];
  const mine = desks.find((desk) => desk.states[slot.slot] === 'mine');
  if (mine) return slotBooking.alreadyBooked(mine.label);
  if (slot.isPast) return slotBooking.slotPast;
  if (desks.some((desk) => desk.states[slot.slot] === 'free')) return null;
  if (desks.some((desk) => desk.states[slot.slot] === 'taken')) return slotBooking.allTaken;
  return slotBooking.noneOpen;
}

/** The refusal in a few words, on each desk card. */
function shortRefusalOf(desks: Desk[], slot: SlotTimes, language: Language): string {
  const { slotBooking } = bookingsMessages[language];
  if (desks.some((desk) => desk.states[slot.slot] === 'mine')) {
    return slotBooking.shortAlreadyBooked;
  }
  if (slot.isPast) return slotBooking.shortPast;
  return slotBooking.shortUnavailable;
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
  const language = useLanguage();
  const { slotBooking } = bookingsMessages[language];
  const refusal = findSlotRefusal(availability.desks, slot, language);
  const hasDeskOnSlot = availability.desks.some((desk) => desk.states[slot.slot] === 'mine');
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
            {isPickingAnyDesk ? slotBooking.booking : slotBooking.anyDesk}
          </Button>
          <p className={fr.cx('fr-text--sm', 'fr-mt-1w', 'fr-mb-0')}>
            {slotBooking.anyDeskHint}{' '}
            {describeFreeDesks(freeCount, availability.desks.length, language)}
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
              {hasDeskOnSlot && (
                <>
                  {' '}
                  <Link to="/mes-reservations">{slotBooking.seeMyBookings}</Link>
                </>
              )}
            </>
          }
        />
      )}
      <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>{slotBooking.orChoose}</h3>
      {children(refusal === null ? null : shortRefusalOf(availability.desks, slot, language))}
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
  const { deskFilters } = useMessages(bookingsMessages);
  const labels = useDomainLabels();
  return (
    <>
      <Select
        label={deskFilters.zone}
        nativeSelectProps={{
          value: activeZone,
          onChange: (event) => onChangeZone(event.target.value),
          name: 'zone',
        }}
      >
        <option value="">{deskFilters.allZones}</option>
        {groups.map((group) => (
          <option key={group.zone} value={group.zone}>
            {group.zone}
          </option>
        ))}
      </Select>
      <Checkbox
        legend={deskFilters.equipment}
        orientation="horizontal"
        small
        options={deskAttributeSchema.options.map((attribute) => ({
          label: labels.deskAttribute[attribute],
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
