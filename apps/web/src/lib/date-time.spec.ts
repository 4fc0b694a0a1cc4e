import { describe, expect, it } from 'vitest';
import {
  addDaysToIsoDate,
  formatDateTimeInTimezone,
  formatIsoDate,
  formatTimeInTimezone,
  getIsoDateInTimezone,
  toWallClockDate,
} from './date-time';

describe('getIsoDateInTimezone', () => {
  it('gives the day as the site sees it, not as UTC does', () => {
    const lateEveningInParis = new Date('2026-11-02T23:30:00Z'); // 00:30 on the 3rd in Paris
    expect(getIsoDateInTimezone('Europe/Paris', lateEveningInParis)).toBe('2026-11-03');
    expect(getIsoDateInTimezone('America/Cayenne', lateEveningInParis)).toBe('2026-11-02');
    expect(getIsoDateInTimezone('Pacific/Noumea', new Date('2026-11-02T14:00:00Z'))).toBe(
      '2026-11-03',
    );
  });
});

describe('addDaysToIsoDate', () => {
  it('crosses months, years and the DST change without drifting', () => {
    expect(addDaysToIsoDate('2026-10-31', 1)).toBe('2026-11-01');
    expect(addDaysToIsoDate('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDaysToIsoDate('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDaysToIsoDate('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('formatTimeInTimezone', () => {
  it('shows the wall-clock time of the site, summer and winter', () => {
    expect(formatTimeInTimezone('2026-11-03T08:12:00Z', 'Europe/Paris')).toBe('09:12');
    expect(formatTimeInTimezone('2026-07-03T07:12:00Z', 'Europe/Paris')).toBe('09:12');
    expect(formatTimeInTimezone('2026-11-03T12:12:00Z', 'America/Cayenne')).toBe('09:12');
    expect(formatTimeInTimezone('2026-11-03T12:12:00+03:00', 'Indian/Reunion')).toBe('13:12');
  });
});

describe('formatIsoDate', () => {
  it('writes the day in French, whatever the browser timezone', () => {
    expect(formatIsoDate('2026-11-02')).toBe('lundi 2 novembre 2026');
    expect(formatIsoDate('2026-11-02', { withYear: false })).toBe('lundi 2 novembre');
  });
});

describe('formatDateTimeInTimezone', () => {
  it('uses the day and hour of the site', () => {
    expect(formatDateTimeInTimezone('2026-11-02T23:30:00Z', 'Europe/Paris')).toBe(
      'mardi 3 novembre 2026 à 00:30',
    );
  });
});

describe('toWallClockDate', () => {
  it('keeps the site wall-clock fields on a browser-local Date', () => {
    const date = toWallClockDate('2026-11-03T12:00:00Z', 'America/Cayenne');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2026, 10, 3, 9,
    ]);
  });
});
