import { describe, expect, test } from 'vitest';
import { computeDaySchedule } from './site-schedule';

const weekdays = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  opensAt: '09:00:00',
  closesAt: '19:00:00',
}));
const schedule = (
  date: string,
  timezone: string,
  exception: Parameters<typeof computeDaySchedule>[0]['exception'] = null,
) => computeDaySchedule({ date, timezone, middayAt: '13:00:00', weekly: weekdays, exception });
const slotOf = (result: ReturnType<typeof schedule>, slot: string) => {
  const found = result.slots.find((candidate) => candidate.slot === slot);
  if (!found) throw new Error(`no ${slot} slot`);
  return {
    start: found.startsAt.toISOString(),
    end: found.endsAt.toISOString(),
    hours: (found.endsAt.getTime() - found.startsAt.getTime()) / 3_600_000,
  };
};

describe('computeDaySchedule', () => {
  test('offers morning, afternoon and full day on a 9:00–19:00 day', () => {
    const result = schedule('2026-11-23', 'Europe/Paris');
    expect(result.slots.map((slot) => [slot.slot, slot.localStart, slot.localEnd])).toEqual([
      ['morning', '09:00', '13:00'],
      ['afternoon', '13:00', '19:00'],
      ['day', '09:00', '19:00'],
    ]);
    expect(slotOf(result, 'morning').start).toBe('2026-11-23T08:00:00.000Z');
  });

  test('spring-forward day in Paris (29 March 2026): the morning is 4 hours, 07:00Z to 11:00Z', () => {
    expect(slotOf(schedule('2026-03-29', 'Europe/Paris'), 'morning')).toEqual({
      start: '2026-03-29T07:00:00.000Z',
      end: '2026-03-29T11:00:00.000Z',
      hours: 4,
    });
    // The day before is still winter time.
    expect(slotOf(schedule('2026-03-28', 'Europe/Paris'), 'morning').start).toBe(
      '2026-03-28T08:00:00.000Z',
    );
  });

  test('fall-back day in Paris (25 October 2026): the morning is 4 hours, 08:00Z to 12:00Z', () => {
    expect(slotOf(schedule('2026-10-25', 'Europe/Paris'), 'morning')).toEqual({
      start: '2026-10-25T08:00:00.000Z',
      end: '2026-10-25T12:00:00.000Z',
      hours: 4,
    });
    expect(slotOf(schedule('2026-10-24', 'Europe/Paris'), 'morning').start).toBe(
      '2026-10-24T07:00:00.000Z',
    );
  });

  test('computes slots in the site timezone: Cayenne (UTC−3) and Réunion (UTC+4)', () => {
    expect(slotOf(schedule('2026-11-23', 'America/Cayenne'), 'day')).toEqual({
      start: '2026-11-23T12:00:00.000Z',
      end: '2026-11-23T22:00:00.000Z',
      hours: 10,
    });
    expect(slotOf(schedule('2026-11-23', 'Indian/Reunion'), 'morning').start).toBe(
      '2026-11-23T05:00:00.000Z',
    );
  });

  test('a closing exception closes the day with its reason', () => {
    const result = schedule('2026-12-24', 'Europe/Paris', {
      isClosed: true,
      opensAt: null,
      closesAt: null,
      reason: 'Réveillon',
    });
    expect(result.isOpen).toBe(false);
    expect(result.closedReason).toContain('Réveillon');
    expect(result.slots).toEqual([]);
  });

  test('special hours that end before midday offer the full day only', () => {
    const result = schedule('2026-12-24', 'Europe/Paris', {
      isClosed: false,
      opensAt: '09:00:00',
      closesAt: '12:00:00',
      reason: '',
    });
    expect(result.slots.map((slot) => slot.slot)).toEqual(['day']);
  });

  test('a weekday without hours is closed', () => {
    const result = computeDaySchedule({
      date: '2026-11-22',
      timezone: 'Europe/Paris',
      middayAt: '13:00',
      weekly: weekdays.slice(0, 5),
      exception: null,
    });
    expect(result).toMatchObject({ isOpen: false, slots: [] });
    expect(result.closedReason).toContain('dimanche 22 novembre 2026');
  });
});
