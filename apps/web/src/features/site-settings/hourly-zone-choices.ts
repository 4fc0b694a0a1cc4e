import type { ZoneSummary } from '@admz/shared';
import { formatCount } from '../../i18n/format';
import type { Language } from '../../i18n/language';
import { siteSettingsMessages } from './site-settings.messages';

/** A zone the host may offer by the hour; `deskCount` null: no active desk carries it any more. */
export type HourlyZoneChoice = { zone: string; deskCount: number | null };

/**
 * The site's zones, then the chosen zones no desk carries any more (a renamed zone), so that the
 * host sees them and can uncheck them.
 */
export function listHourlyZoneChoices(zones: ZoneSummary[], chosen: string[]): HourlyZoneChoice[] {
  const known = new Set(zones.map((zone) => zone.zone));
  return [
    ...zones.map((zone) => ({ zone: zone.zone, deskCount: zone.deskCount })),
    ...[...new Set(chosen)]
      .filter((zone) => !known.has(zone))
      .map((zone) => ({ zone, deskCount: null })),
  ];
}

/** « 4 postes », or why a chosen zone has none. */
export function describeHourlyZoneChoice(
  choice: HourlyZoneChoice,
  language: Language = 'fr',
): string {
  if (choice.deskCount === null) return siteSettingsMessages[language].hourlyZones.noDeskLeft;
  return formatCount(choice.deskCount, { fr: 'poste', en: 'desk' }, language);
}
