import { formatSiteTime, slotLabels, type TodayBoard, type TodayEntry } from '@admz/shared';

export type BoardStatus = {
  label: string;
  severity: 'success' | 'info' | 'warning' | 'error' | undefined;
};

const at = (instant: string | null, timezone: string) =>
  instant ? ` à ${formatSiteTime(instant, timezone)}` : '';

/** « Arrivé·e à 09:12 (par Inès Lefèvre) », « En retard »…, in the site's timezone. */
export function describeBoardStatus(entry: TodayEntry, timezone: string): BoardStatus {
  const by = (actor: TodayEntry['arrivalMarkedBy']) => (actor ? ` (par ${actor.name})` : '');
  switch (entry.state) {
    case 'expected':
      return entry.isLate
        ? { label: 'En retard', severity: 'warning' }
        : { label: 'Attendu·e', severity: undefined };
    case 'arrived':
      return {
        label: `Arrivé·e${at(entry.checkedInAt, timezone)}${by(entry.arrivalMarkedBy)}`,
        severity: 'success',
      };
    case 'left':
      return {
        label: `Parti·e${at(entry.checkedOutAt, timezone)}${by(entry.departureMarkedBy)}`,
        severity: 'info',
      };
    case 'no_show':
      return {
        label: entry.releasedAt
          ? `Absent·e : poste libéré${at(entry.releasedAt, timezone)}`
          : 'Absent·e',
        severity: 'error',
      };
  }
}

/** « Journée, 09:00–19:00 » in the site's timezone. */
export function describeBoardSlot(entry: TodayEntry, timezone: string): string {
  const times = `${formatSiteTime(entry.startsAt, timezone)}–${formatSiteTime(entry.endsAt, timezone)}`;
  return entry.slot === 'hour' ? times : `${slotLabels[entry.slot]}, ${times}`;
}

export function personName(entry: { person: TodayEntry['person'] }): string {
  return entry.person
    ? `${entry.person.givenName} ${entry.person.usualName}`
    : 'Personne anonymisée';
}

/** The free desks, zone by zone, in the order the API gives them. */
export function groupFreeDesks(
  desks: TodayBoard['freeDesks'],
): { zone: string; labels: string[] }[] {
  const zones: { zone: string; labels: string[] }[] = [];
  for (const desk of desks) {
    const group = zones.find((candidate) => candidate.zone === desk.zone);
    if (group) group.labels.push(desk.label);
    else zones.push({ zone: desk.zone, labels: [desk.label] });
  }
  return zones;
}
