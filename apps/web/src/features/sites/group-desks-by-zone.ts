import type { Availability } from '@admz/shared';

export type AvailabilityDesk = Availability['desks'][number];
export type ZoneGroup = { zone: string; desks: AvailabilityDesk[] };

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Zones in alphabetical order, desks in natural order inside (A-2 before A-10). */
export function groupDesksByZone(desks: AvailabilityDesk[]): ZoneGroup[] {
  const byZone = new Map<string, AvailabilityDesk[]>();
  for (const desk of desks) {
    const zoneDesks = byZone.get(desk.zone) ?? [];
    zoneDesks.push(desk);
    byZone.set(desk.zone, zoneDesks);
  }
  return [...byZone.entries()]
    .sort(([zoneA], [zoneB]) => collator.compare(zoneA, zoneB))
    .map(([zone, zoneDesks]) => ({
      zone,
      desks: [...zoneDesks].sort((deskA, deskB) => collator.compare(deskA.label, deskB.label)),
    }));
}

export function listZones(desks: AvailabilityDesk[]): string[] {
  return groupDesksByZone(desks).map((group) => group.zone);
}

export function countFreeDesks(desks: AvailabilityDesk[]): number {
  return desks.filter((desk) => Object.values(desk.states).some((state) => state === 'free'))
    .length;
}
