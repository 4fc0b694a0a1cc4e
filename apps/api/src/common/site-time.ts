import { splitIsoDate } from '@admz/shared';
// Building an Intl formatter is the costly part of formatting in a timezone: keep one per zone.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const timeFormatters = new Map<string, Intl.DateTimeFormat>();
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(
  cache: Map<string, Intl.DateTimeFormat>,
  timezone: string,
  create: () => Intl.DateTimeFormat,
): Intl.DateTimeFormat {
  let formatter = cache.get(timezone);
  if (!formatter) {
    formatter = create();
    cache.set(timezone, formatter);
  }
  return formatter;
}

// Schedules ask for the same few instants again and again (a month view: 31 days × a few times);
// timezone rules do not change while the process runs, so answers are kept, within a bound.
const instantCache = new Map<string, number>();
const instantCacheSize = 20_000;

/** The instant at which a site's wall clock shows `time` on `date` (DST-aware). */
export function siteLocalToInstant(date: string, time: string, timezone: string): Date {
  const key = `${timezone} ${date} ${time}`;
  const known = instantCache.get(key);
  if (known !== undefined) return new Date(known);
  const instant = computeSiteLocalInstant(date, time, timezone);
  if (instantCache.size >= instantCacheSize) instantCache.clear();
  instantCache.set(key, instant);
  return new Date(instant);
}

function computeSiteLocalInstant(date: string, time: string, timezone: string): number {
  const [year, month, day] = splitIsoDate(date);
  const [hour = NaN, minute = NaN] = time.split(':').map(Number);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the first guess may differ from the offset at the answer around a DST
  // change: correct once with the offset found there.
  const firstGuess = wallClock - offsetMs(wallClock, timezone);
  return wallClock - offsetMs(firstGuess, timezone);
}

/** Whether the site's wall clock ever shows `time` on `date` (not on the hour skipped in spring). */
export function isExistingSiteLocalTime(date: string, time: string, timezone: string): boolean {
  const instant = siteLocalToInstant(date, time, timezone);
  return siteToday(timezone, instant) === date && formatSiteTime(instant, timezone) === time;
}

/** How far the timezone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetMs(instant: number, timezone: string): number {
  const parts = formatterFor(
    wallClockFormatters,
    timezone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone: timezone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  ).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
    value('second'),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** Today's date on the site's wall clock. */
export function siteToday(timezone: string, now: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return formatterFor(
    dayFormatters,
    timezone,
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: timezone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
  ).format(now);
}

export function formatSiteTime(instant: Date, timezone: string): string {
  return formatterFor(
    timeFormatters,
    timezone,
    () =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: timezone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  ).format(instant);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

const frenchDateFormatter = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** French long date, e.g. « lundi 23 novembre 2026 ». */
export function formatFrenchDate(date: string): string {
  return frenchDateFormatter.format(new Date(`${date}T12:00:00Z`));
}
