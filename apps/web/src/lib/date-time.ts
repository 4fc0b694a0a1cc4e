import { splitIsoDate } from '@admz/shared';

// Every date shown to a person is in the site's timezone, never the browser's.

type DateParts = { year: number; month: number; day: number; hour: number; minute: number };

function readPartsInTimezone(instant: Date, timezone: string): DateParts {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const read = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? '0');
  return {
    year: read('year'),
    month: read('month'),
    day: read('day'),
    hour: read('hour'),
    minute: read('minute'),
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The calendar day (`YYYY-MM-DD`) it is at `instant` in `timezone`. */
export function getIsoDateInTimezone(timezone: string, instant: Date = new Date()): string {
  const { year, month, day } = readPartsInTimezone(instant, timezone);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Adds whole days to a `YYYY-MM-DD` day, without any timezone involved. */
export function addDaysToIsoDate(isoDate: string, days: number): string {
  const [year, month, day] = splitIsoDate(isoDate);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}

/** "09:12": wall-clock time of an instant in a timezone. */
export function formatTimeInTimezone(isoInstant: string, timezone: string): string {
  const { hour, minute } = readPartsInTimezone(new Date(isoInstant), timezone);
  return `${pad(hour)}:${pad(minute)}`;
}

/** "lundi 2 novembre 2026" for a calendar day `YYYY-MM-DD`. */
export function formatIsoDate(isoDate: string, options: { withYear?: boolean } = {}): string {
  const [year, month, day] = splitIsoDate(isoDate);
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(options.withYear === false ? {} : { year: 'numeric' }),
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** "lundi 2 novembre 2026 à 09:12" in the site's timezone. */
export function formatDateTimeInTimezone(isoInstant: string, timezone: string): string {
  const instant = new Date(isoInstant);
  return `${formatIsoDate(getIsoDateInTimezone(timezone, instant))} à ${formatTimeInTimezone(isoInstant, timezone)}`;
}

/**
 * A browser-local Date that shows the same wall-clock time as the instant has in `timezone`:
 * the calendar widget works in browser time, people expect the site's time.
 */
export function toWallClockDate(isoInstant: string, timezone: string): Date {
  const { year, month, day, hour, minute } = readPartsInTimezone(new Date(isoInstant), timezone);
  return new Date(year, month - 1, day, hour, minute);
}

/** The browser's timezone: for instants tied to no site (an export, a link's creation). */
export function getBrowserTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
