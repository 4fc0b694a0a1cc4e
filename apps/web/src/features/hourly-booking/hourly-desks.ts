const zoneList = new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' });

/** The desks one may book by the hour: those of the site's hourly zones, or all when none is set. */
export function listHourlyDesks<Desk extends { zone: string }>(
  desks: Desk[],
  hourlyZones: string[],
): Desk[] {
  if (hourlyZones.length === 0) return desks;
  return desks.filter((desk) => hourlyZones.includes(desk.zone));
}

/** « À l'heure, ce site propose seulement les zones « A » et « B ». », or null for every zone. */
export function describeHourlyZones(hourlyZones: string[]): string | null {
  const zones = [...new Set(hourlyZones)];
  if (zones.length === 0) return null;
  const names = zoneList.format(zones.map((zone) => `« ${zone} »`));
  return zones.length === 1
    ? `À l'heure, ce site propose seulement la zone ${names}.`
    : `À l'heure, ce site propose seulement les zones ${names}.`;
}
