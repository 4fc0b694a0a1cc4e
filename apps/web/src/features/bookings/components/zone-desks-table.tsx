import { deskAttributeLabels, slotLabels, type SlotTimes, type Slot } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import type { ZoneGroup } from '../../sites/group-desks-by-zone';
import { SlotStateCell } from './slot-state-cell';

type ZoneDesksTableProps = {
  group: ZoneGroup;
  slots: SlotTimes[];
  pendingBooking: { deskId: string; slot: Slot } | undefined;
  onBook: (deskId: string, slot: Slot) => void;
};

export function ZoneDesksTable({ group, slots, pendingBooking, onBook }: ZoneDesksTableProps) {
  const headers = [
    'Poste',
    'Équipements',
    ...slots.map((slot) => (
      <span key={slot.slot}>
        {slotLabels[slot.slot]}
        <br />
        <span className={fr.cx('fr-text--xs', 'fr-text--regular')}>
          {slot.localStart} – {slot.localEnd}
        </span>
      </span>
    )),
  ];

  const rows = group.desks.map((desk) => [
    <strong key="label">{desk.label}</strong>,
    desk.attributes.length === 0 ? (
      <span key="attributes" className={fr.cx('fr-text--sm')}>
        —
      </span>
    ) : (
      <ul key="attributes" className={fr.cx('fr-tags-group')}>
        {desk.attributes.map((attribute) => (
          <li key={attribute}>
            <Tag small>{deskAttributeLabels[attribute]}</Tag>
          </li>
        ))}
      </ul>
    ),
    ...slots.map((slot) => (
      <SlotStateCell
        key={slot.slot}
        deskLabel={desk.label}
        slot={slot}
        state={desk.states[slot.slot] ?? 'unavailable'}
        isBooking={pendingBooking?.deskId === desk.id && pendingBooking.slot === slot.slot}
        isBookingDisabled={pendingBooking !== undefined}
        onBook={() => onBook(desk.id, slot.slot)}
      />
    )),
  ]);

  return (
    <section aria-labelledby={`zone-${slugify(group.zone)}`} className={fr.cx('fr-mb-4w')}>
      <h3 id={`zone-${slugify(group.zone)}`} className={fr.cx('fr-h5', 'fr-mb-1w')}>
        {group.zone}
      </h3>
      <Table
        caption={`Postes de la zone ${group.zone}`}
        noCaption
        headers={headers}
        data={rows}
        className="admz-desk-table"
      />
    </section>
  );
}

function slugify(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}
