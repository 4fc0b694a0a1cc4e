import { splitIsoDate } from './common';

// Site-local calendar and clock arithmetic, for the API, the web app and the kiosk alike. Built on
// Intl only (no dependency: this library imports nothing but zod). A calendar date is
// `YYYY-MM-DD`, a wall-clock time `HH:MM`; every site has an IANA timezone.

/** Twenty-four hours, for durations counted in elapsed time (a session's life), not calendar days. */
export const millisecondsPerDay = 24 * 60 * 60 * 1000;

/** A site's calendar date and wall-clock time at one instant. */
export type SiteDateTime = {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 24-hour */
  time: string;
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
};

/**
 * What a site's wall clock does at a date and time: shows it once (`unique`), jumps over it when
 * clocks go forward (`skipped`), or shows it twice when they go back (`repeated`).
 */
export type SiteLocalTime =
  | { kind: 'unique'; instant: Date }
  | { kind: 'skipped'; firstInstantAfter: Date }
  | { kind: 'repeated'; earlier: Date; later: Date };

// Building an Intl formatter is the costly part of reading a timezone: keep one per zone.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timezone, formatter);
  }
  return formatter;
}

type WallClock = SiteDateTime & { second: number };

function readWallClock(instant: number, timezone: string): WallClock {
  const parts = partsFormatterFor(timezone).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  const [year, month, day] = [value('year'), value('month'), value('day')];
  const [hour, minute, second] = [value('hour'), value('minute'), value('second')];
  return {
    date: `${padYear(year)}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
    year,
    month,
    day,
    hour,
    minute,
    second,
  };
}

const pad = (value: number) => String(value).padStart(2, '0');
const padYear = (value: number) => String(value).padStart(4, '0');

function toEpoch(instant: Date | string | number): number {
  return instant instanceof Date ? instant.getTime() : new Date(instant).getTime();
}

/** The site's calendar date and wall-clock time at an instant. */
export function toSiteDateTime(instant: Date | string | number, timezone: string): SiteDateTime {
  const { date, time, year, month, day, hour, minute } = readWallClock(toEpoch(instant), timezone);
  return { date, time, year, month, day, hour, minute };
}

/** Today's date on the site's wall clock. */
export function siteToday(timezone: string, now: Date = new Date()): string {
  return readWallClock(now.getTime(), timezone).date;
}

/** « 09:05 »: the site's wall-clock time of an instant, 24-hour. */
export function formatSiteTime(instant: Date | string, timezone: string): string {
  return readWallClock(toEpoch(instant), timezone).time;
}

/** How far the timezone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetMs(instant: number, timezone: string): number {
  const clock = readWallClock(instant, timezone);
  const asUtc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The wall-clock reading `date` `time` taken as if it were UTC, in milliseconds. */
function wallClockAsUtc(date: string, time: string): number {
  const [year, month, day] = splitIsoDate(date);
  const [hour = NaN, minute = NaN] = time.split(':').map(Number);
  return Date.UTC(year, month - 1, day, hour, minute);
}

// Schedules ask for the same few instants again and again (a month view: 31 days × a few times);
// timezone rules do not change while the process runs, so answers are kept, within a bound.
const instantCache = new Map<string, number>();
const instantCacheSize = 20_000;

/**
 * The instant at which a site's wall clock shows `time` on `date` (DST-aware). A time skipped in
 * spring, or shown twice in autumn, gets one of its neighbours: ask `resolveSiteLocalTime` or
 * `isExistingSiteLocalTime` first where that matters.
 */
export function siteLocalToInstant(date: string, time: string, timezone: string): Date {
  const key = `${timezone} ${date} ${time}`;
  const known = instantCache.get(key);
  if (known !== undefined) return new Date(known);
  const wallClock = wallClockAsUtc(date, time);
  // The offset at the first guess may differ from the offset at the answer around a DST
  // change: correct once with the offset found there.
  const firstGuess = wallClock - offsetMs(wallClock, timezone);
  const instant = wallClock - offsetMs(firstGuess, timezone);
  if (instantCache.size >= instantCacheSize) instantCache.clear();
  instantCache.set(key, instant);
  return new Date(instant);
}

/** Whether the site's wall clock shows `time` on `date` once, twice, or never (DST days). */
export function resolveSiteLocalTime(date: string, time: string, timezone: string): SiteLocalTime {
  const wallClock = wallClockAsUtc(date, time);
  // Offsets a day either side bracket any change of that night (they are months apart).
  const offsetBefore = offsetMs(wallClock - millisecondsPerDay, timezone);
  const offsetAfter = offsetMs(wallClock + millisecondsPerDay, timezone);
  const candidates = [...new Set([wallClock - offsetBefore, wallClock - offsetAfter])]
    .filter((instant) => wallClock - offsetMs(instant, timezone) === instant)
    .sort((first, second) => first - second);
  const [earlier, later] = candidates;
  if (earlier === undefined) {
    // Clocks went forward over it: the first instant after the gap reads `time` + the gap.
    return { kind: 'skipped', firstInstantAfter: new Date(wallClock - offsetBefore) };
  }
  if (later === undefined) return { kind: 'unique', instant: new Date(earlier) };
  return { kind: 'repeated', earlier: new Date(earlier), later: new Date(later) };
}

/** Whether the site's wall clock ever shows `time` on `date` (not on the hour skipped in spring). */
export function isExistingSiteLocalTime(date: string, time: string, timezone: string): boolean {
  return resolveSiteLocalTime(date, time, timezone).kind !== 'skipped';
}

/** The first instant of a site-calendar date (midnight, or the end of a gap when midnight is skipped). */
export function startOfSiteDay(date: string, timezone: string): Date {
  const midnight = resolveSiteLocalTime(date, '00:00', timezone);
  switch (midnight.kind) {
    case 'unique':
      return midnight.instant;
    case 'repeated':
      return midnight.earlier;
    case 'skipped':
      return midnight.firstInstantAfter;
  }
}

/** Adds whole days to a calendar date (no timezone involved: a calendar day is always a day). */
export function addDaysToIsoDate(isoDate: string, days: number): string {
  const [year, month, day] = splitIsoDate(isoDate);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`, two calendar dates (negative when `to` comes first). */
export function daysBetweenIsoDates(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = splitIsoDate(from);
  const [toYear, toMonth, toDay] = splitIsoDate(to);
  const difference =
    Date.UTC(toYear, toMonth - 1, toDay) - Date.UTC(fromYear, fromMonth - 1, fromDay);
  return Math.round(difference / millisecondsPerDay);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  const [year, month, day] = splitIsoDate(isoDate);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

const frenchDateFormatters = {
  withYear: new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
  withoutYear: new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }),
};

const frenchMonthFormatter = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  month: 'long',
  year: 'numeric',
});

/** « novembre 2026 » for a `YYYY-MM` month. */
export function formatFrenchMonth(month: string): string {
  const [year, monthNumber] = splitIsoDate(`${month}-01`);
  return frenchMonthFormatter.format(new Date(Date.UTC(year, monthNumber - 1, 15)));
}

/** « lundi 2 novembre 2026 » (or « lundi 2 novembre ») for a calendar date, whatever the zone. */
export function formatFrenchDate(isoDate: string, options: { withYear?: boolean } = {}): string {
  const [year, month, day] = splitIsoDate(isoDate);
  const formatter =
    options.withYear === false ? frenchDateFormatters.withoutYear : frenchDateFormatters.withYear;
  return formatter.format(new Date(Date.UTC(year, month - 1, day)));
}
