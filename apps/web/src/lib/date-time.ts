import { formatFrenchDate, formatSiteTime, siteToday, toSiteDateTime } from '@admz/shared';

// Every date shown to a person is in the site's timezone, never the browser's: the arithmetic is
// the shared site clock (libs/shared/src/site-time.ts); what is here is only how the web shows it.

/** "lundi 2 novembre 2026 à 09:12" in the site's timezone. */
export function formatDateTimeInTimezone(isoInstant: string, timezone: string): string {
  const instant = new Date(isoInstant);
  return `${formatFrenchDate(siteToday(timezone, instant))} à ${formatSiteTime(instant, timezone)}`;
}

/**
 * A browser-local Date that shows the same wall-clock time as the instant has in `timezone`:
 * the calendar widget works in browser time, people expect the site's time.
 */
export function toWallClockDate(isoInstant: string, timezone: string): Date {
  const { year, month, day, hour, minute } = toSiteDateTime(isoInstant, timezone);
  return new Date(year, month - 1, day, hour, minute);
}

/** The browser's timezone: for instants tied to no site (an export, a link's creation). */
export function getBrowserTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
