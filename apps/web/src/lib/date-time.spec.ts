import { describe, expect, it } from 'vitest';
import { formatDateTimeInTimezone, toWallClockDate } from './date-time';

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
