import type { Event } from '@admz/shared';
import { describe, expect, test } from 'vitest';
import { isEventPassDay } from './event-pass-panel';

// 10:00–12:00 in Paris on Tuesday 9 March 2027 (UTC+1).
const event: Pick<Event, 'date' | 'timezone' | 'endsAt'> = {
  date: '2027-03-09',
  timezone: 'Europe/Paris',
  endsAt: '2027-03-09T11:00:00.000Z',
};

describe('isEventPassDay', () => {
  test('from the start of the event’s day in its site’s calendar, until the end', () => {
    // 00:30 in Paris is still 8 March in UTC: the site's calendar decides.
    expect(isEventPassDay(event, Date.parse('2027-03-08T23:30:00Z'))).toBe(true);
    expect(isEventPassDay(event, Date.parse('2027-03-08T22:30:00Z'))).toBe(false);
    expect(isEventPassDay(event, Date.parse('2027-03-09T10:59:00Z'))).toBe(true);
    expect(isEventPassDay(event, Date.parse('2027-03-09T11:00:00Z'))).toBe(false);
  });
});
