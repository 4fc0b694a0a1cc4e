import { describe, expect, it } from 'vitest';
import { formatSiteClock, formatSiteTime } from './site-clock';

const instant = new Date('2026-11-03T13:05:00Z');

describe('formatSiteClock', () => {
  it('shows the time and day in the site timezone, in French', () => {
    expect(formatSiteClock(instant, 'Europe/Paris')).toEqual({
      time: '14:05',
      date: 'Mardi 3 novembre 2026',
    });
  });

  it('follows an overseas site clock, even across midnight', () => {
    expect(formatSiteClock(instant, 'America/Cayenne').time).toBe('10:05');
    expect(formatSiteClock(new Date('2026-11-03T21:30:00Z'), 'Indian/Reunion')).toEqual({
      time: '01:30',
      date: 'Mercredi 4 novembre 2026',
    });
  });

  it('falls back to Paris time for an unknown timezone', () => {
    expect(formatSiteClock(instant, 'Nowhere/Atlantis').time).toBe('14:05');
  });
});

describe('formatSiteTime', () => {
  it('gives hours and minutes on the site clock, 24-hour, in English too', () => {
    expect(formatSiteTime('2026-11-03T08:02:00Z', 'Europe/Paris')).toBe('09:02');
    expect(formatSiteTime('2026-11-03T14:30:00Z', 'Nowhere/Atlantis')).toBe('15:30');
    expect(formatSiteClock(instant, 'Europe/Paris', 'en-GB').time).toBe('14:05');
    // ICU versions differ on the comma after the weekday.
    expect(formatSiteClock(instant, 'Europe/Paris', 'en-GB').date).toMatch(
      /^Tuesday,? 3 November 2026$/,
    );
  });
});
