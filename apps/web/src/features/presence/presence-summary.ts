import type { BookingSlot, Presence } from '@admz/shared';

export type PresenceEntry = Presence['entries'][number];
export type PresenceCounts = { booked: number; arrived: number; notArrived: number };

export function countPresence(entries: PresenceEntry[]): PresenceCounts {
  const arrived = entries.filter((entry) => entry.hasArrived).length;
  return { booked: entries.length, arrived, notArrived: entries.length - arrived };
}

const slotOrder: Record<BookingSlot, number> = { day: 0, morning: 1, afternoon: 2, hour: 3 };
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Earliest first, then by family name: the order a host reads the list at the door. */
export function sortPresenceEntries(entries: PresenceEntry[]): PresenceEntry[] {
  return [...entries].sort(
    (entryA, entryB) =>
      Date.parse(entryA.startsAt) - Date.parse(entryB.startsAt) ||
      slotOrder[entryA.slot] - slotOrder[entryB.slot] ||
      collator.compare(entryA.person.usualName, entryB.person.usualName) ||
      collator.compare(entryA.person.givenName, entryB.person.givenName),
  );
}
