import { describe, expect, it } from 'vitest';
import { formatSiteClock } from './site-clock';

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
