import { bookingStatusLabels, formatSiteTime, type BookingSlot, type Presence } from '@admz/shared';

export type PresenceEntry = Presence['entries'][number];
export type PresenceCounts = {
  booked: number;
  arrived: number;
  notArrived: number;
  released: number;
};

/** Cancelled bookings are left out; people who came and left still count as arrived. */
export function countPresence(entries: PresenceEntry[]): PresenceCounts {
  const count = (statuses: PresenceEntry['status'][]) =>
    entries.filter((entry) => statuses.includes(entry.status)).length;
  return {
    booked: count(['confirmed', 'checked_in', 'checked_out', 'absent']),
    arrived: count(['checked_in', 'checked_out']),
    notArrived: count(['confirmed']),
    released: count(['absent']),
  };
}

export type PresenceStatus = {
  label: string;
  severity: 'success' | 'info' | 'warning' | undefined;
};

/** « Arrivé·e à 09:12 », « Parti·e à 17:30 »…, in the site's timezone. */
export function describePresenceStatus(entry: PresenceEntry, timezone: string): PresenceStatus {
  const at = (isoInstant: string | null) =>
    isoInstant ? ` à ${formatSiteTime(isoInstant, timezone)}` : '';
  switch (entry.status) {
    case 'confirmed':
      return { label: 'Pas encore arrivé·e', severity: undefined };
    case 'checked_in':
      return { label: `Arrivé·e${at(entry.checkedInAt)}`, severity: 'success' };
    case 'checked_out':
      return { label: `Parti·e${at(entry.checkedOutAt)}`, severity: 'info' };
    case 'absent':
      return { label: `Libéré${at(entry.releasedAt)} (absence)`, severity: 'warning' };
    case 'cancelled':
      return { label: bookingStatusLabels.cancelled, severity: undefined };
  }
}

const slotOrder: Record<BookingSlot, number> = { day: 0, morning: 1, afternoon: 2, hour: 3 };
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Earliest first, then by family name: the order a host reads the list at the door. */
export function sortPresenceEntries(entries: PresenceEntry[]): PresenceEntry[] {
  return [...entries].sort(
    (entryA, entryB) =>
      Date.parse(entryA.startsAt) - Date.parse(entryB.startsAt) ||
      slotOrder[entryA.slot] - slotOrder[entryB.slot] ||
      collator.compare(entryA.person?.usualName ?? '', entryB.person?.usualName ?? '') ||
      collator.compare(entryA.person?.givenName ?? '', entryB.person?.givenName ?? ''),
  );
}

/** The person's name, or why there is none: their booking was anonymised (account deleted, retention). */
export function describePresencePerson(entry: PresenceEntry): {
  name: string;
  organization: string;
} {
  if (!entry.person) return { name: 'Personne anonymisée', organization: '—' };
  return {
    name: `${entry.person.givenName} ${entry.person.usualName}`,
    organization: entry.person.organizationLabel ?? '—',
  };
}
