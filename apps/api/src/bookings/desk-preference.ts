import type { DeskAttribute } from '@admz/shared';

/** How often a person booked one desk lately: its zone and equipment. */
export type DeskHabit = { zone: string; attributes: readonly DeskAttribute[]; times: number };

type CandidateDesk = { zone: string; label: string; attributes: readonly DeskAttribute[] };

/**
 * The person's usual zone (the one they booked most, ties by name) and usual equipment (what at
 * least half of their bookings had); null and none when they have not booked here lately.
 */
export function usualPlace(habits: readonly DeskHabit[]): {
  zone: string | null;
  attributes: DeskAttribute[];
} {
  const timesByZone = new Map<string, number>();
  const timesByAttribute = new Map<DeskAttribute, number>();
  let total = 0;
  for (const habit of habits) {
    total += habit.times;
    timesByZone.set(habit.zone, (timesByZone.get(habit.zone) ?? 0) + habit.times);
    for (const attribute of habit.attributes) {
      timesByAttribute.set(attribute, (timesByAttribute.get(attribute) ?? 0) + habit.times);
    }
  }
  const [zone] = [...timesByZone.entries()].sort(
    ([zoneA, timesA], [zoneB, timesB]) => timesB - timesA || zoneA.localeCompare(zoneB),
  );
  return {
    zone: zone?.[0] ?? null,
    attributes: [...timesByAttribute.entries()]
      .filter(([, times]) => times * 2 >= total)
      .map(([attribute]) => attribute),
  };
}

/**
 * « Un poste libre »: the free desks in the order to try them — the usual zone first, then the
 * desks with most of the usual equipment, then any, each group by label.
 */
export function orderByHabit<Desk extends CandidateDesk>(
  desks: readonly Desk[],
  habits: readonly DeskHabit[],
): Desk[] {
  const usual = usualPlace(habits);
  const score = (desk: Desk) => [
    desk.zone === usual.zone ? 1 : 0,
    usual.attributes.filter((attribute) => desk.attributes.includes(attribute)).length,
  ];
  return [...desks].sort((a, b) => {
    const [zoneA = 0, equipmentA = 0] = score(a);
    const [zoneB = 0, equipmentB = 0] = score(b);
    return (
      zoneB - zoneA ||
      equipmentB - equipmentA ||
      a.label.localeCompare(b.label, 'fr', { numeric: true })
    );
  });
}
