import { formatSiteTime as formatSharedSiteTime } from '@admz/shared';

export type SiteClock = { time: string; date: string };

const fallbackTimezone = 'Europe/Paris';

/** The wall-clock time and the day as people on the site read them, in French unless told otherwise. */
export function formatSiteClock(instant: Date, timezone: string, locale = 'fr-FR'): SiteClock {
  const timeZone = usableTimezone(timezone);
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
  return {
    time: formatSharedSiteTime(instant, timeZone),
    date: date.charAt(0).toUpperCase() + date.slice(1),
  };
}

/** « 09:05 » on the site's clock (24-hour in both languages: the kiosk is in France or its overseas). */
export function formatSiteTime(instant: Date | string, timezone: string): string {
  return formatSharedSiteTime(instant, usableTimezone(timezone));
}

function usableTimezone(timezone: string): string {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: timezone });
    return timezone;
  } catch {
    return fallbackTimezone;
  }
}
