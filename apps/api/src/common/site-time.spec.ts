import { describe, expect, test } from 'vitest';
import { formatSiteTime, siteLocalToInstant, siteToday } from './site-time';

describe('site time', () => {
  test("today is the site's calendar day, not the server's", () => {
    const instant = new Date('2026-11-22T23:30:00Z');
    expect(siteToday('Europe/Paris', instant)).toBe('2026-11-23');
    expect(siteToday('America/Cayenne', instant)).toBe('2026-11-22');
    expect(siteToday('Indian/Reunion', new Date('2026-11-22T20:30:00Z'))).toBe('2026-11-23');
  });

  test('times are the site wall clock, 24-hour, across a DST change', () => {
    expect(formatSiteTime(new Date('2026-03-29T07:00:00Z'), 'Europe/Paris')).toBe('09:00');
    expect(formatSiteTime(new Date('2026-03-28T08:00:00Z'), 'Europe/Paris')).toBe('09:00');
    expect(formatSiteTime(new Date('2026-11-22T00:05:00Z'), 'Europe/Paris')).toBe('01:05');
    expect(siteLocalToInstant('2026-10-25', '09:00', 'Europe/Paris').toISOString()).toBe(
      '2026-10-25T08:00:00.000Z',
    );
  });
});
