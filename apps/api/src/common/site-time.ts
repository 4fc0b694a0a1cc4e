import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';

/** The instant at which a site's wall clock shows `time` on `date` (DST-aware). */
export function siteLocalToInstant(date: string, time: string, timezone: string): Date {
  return fromZonedTime(`${date}T${time.slice(0, 5)}:00`, timezone);
}

/** Today's date on the site's wall clock. */
export function siteToday(timezone: string, now = new Date()): string {
  return formatInTimeZone(now, timezone, 'yyyy-MM-dd');
}

export function formatSiteTime(instant: Date, timezone: string): string {
  return formatInTimeZone(instant, timezone, 'HH:mm');
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** French long date, e.g. « lundi 23 novembre 2026 ». */
export function formatFrenchDate(date: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}
