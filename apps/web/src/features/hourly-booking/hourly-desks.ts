import { localeOf, type Language } from '../../i18n/language';
import { hourlyBookingMessages } from './hourly-booking.messages';

/** The desks one may book by the hour: those of the site's hourly zones, or all when none is set. */
export function listHourlyDesks<Desk extends { zone: string }>(
  desks: Desk[],
  hourlyZones: string[],
): Desk[] {
  if (hourlyZones.length === 0) return desks;
  return desks.filter((desk) => hourlyZones.includes(desk.zone));
}

/** « À l'heure, ce site propose seulement les zones « A » et « B ». », or null for every zone. */
export function describeHourlyZones(
  hourlyZones: string[],
  language: Language = 'fr',
): string | null {
  const zones = [...new Set(hourlyZones)];
  if (zones.length === 0) return null;
  const zoneList = new Intl.ListFormat(localeOf[language], { style: 'long', type: 'conjunction' });
  const texts = hourlyBookingMessages[language];
  const names = zoneList.format(zones.map(texts.zoneName));
  return zones.length === 1 ? texts.oneZone(names) : texts.zones(names);
}
