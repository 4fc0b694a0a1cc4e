export type SiteClock = { time: string; date: string };

const fallbackTimezone = 'Europe/Paris';

/** The wall-clock time and the day as people on the site read them, in French unless told otherwise. */
export function formatSiteClock(instant: Date, timezone: string, locale = 'fr-FR'): SiteClock {
  const timeZone = isUsableTimezone(timezone) ? timezone : fallbackTimezone;
  const time = formatSiteTime(instant, timezone, locale);
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
  return { time, date: date.charAt(0).toUpperCase() + date.slice(1) };
}

/** « 09:05 » on the site's clock (24-hour in both languages: the kiosk is in France or its overseas). */
export function formatSiteTime(instant: Date | string, timezone: string, locale = 'fr-FR'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: isUsableTimezone(timezone) ? timezone : fallbackTimezone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(typeof instant === 'string' ? new Date(instant) : instant);
}

function isUsableTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}
