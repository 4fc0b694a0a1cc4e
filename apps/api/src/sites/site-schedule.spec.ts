import { describe, expect, test } from 'vitest';
import { computeDaySchedule, describeRanges, isWithinOneRange } from './site-schedule';

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

  describe('several ranges per day (09:00–12:30 and 13:30–19:00)', () => {
    const split = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
      { weekday, opensAt: '13:30', closesAt: '19:00' },
      { weekday, opensAt: '09:00', closesAt: '12:30' },
    ]);
    const splitDay = (date: string, timezone: string, extendedClosesAt: string | null = null) =>
      computeDaySchedule({
        date,
        timezone,
        middayAt: '13:00',
        weekly: split,
        exception: null,
        extendedClosesAt,
      });

    test('the half days are clipped to the ranges; the day runs from first opening to last closing', () => {
      const result = splitDay('2026-11-23', 'Europe/Paris');
      expect(result.slots.map((slot) => [slot.slot, slot.localStart, slot.localEnd])).toEqual([
        ['morning', '09:00', '12:30'],
        ['afternoon', '13:30', '19:00'],
        ['day', '09:00', '19:00'],
      ]);
      if (!result.isOpen) throw new Error('open expected');
      expect(describeRanges(result.ranges)).toBe('de 09:00 à 12:30 et de 13:30 à 19:00');
      expect(isWithinOneRange(result.ranges, '10:00', '12:00')).toBe(true);
      expect(isWithinOneRange(result.ranges, '12:00', '14:00')).toBe(false);
    });

    test('ranges all after midday offer the full day only (no morning in the gap)', () => {
      const result = computeDaySchedule({
        date: '2026-11-23',
        timezone: 'Europe/Paris',
        middayAt: '13:00',
        weekly: [
          { weekday: 1, opensAt: '13:30', closesAt: '16:00' },
          { weekday: 1, opensAt: '17:00', closesAt: '19:00' },
        ],
        exception: null,
      });
      expect(result.slots.map((slot) => [slot.slot, slot.localStart, slot.localEnd])).toEqual([
        ['day', '13:30', '19:00'],
      ]);
    });

    test('spring-forward day (29 March 2026, Paris): the afternoon 13:30–19:00 is 11:30Z to 17:00Z', () => {
      expect(slotOf(splitDay('2026-03-29', 'Europe/Paris'), 'afternoon')).toEqual({
        start: '2026-03-29T11:30:00.000Z',
        end: '2026-03-29T17:00:00.000Z',
        hours: 5.5,
      });
      expect(slotOf(splitDay('2026-03-29', 'Europe/Paris'), 'morning')).toEqual({
        start: '2026-03-29T07:00:00.000Z',
        end: '2026-03-29T10:30:00.000Z',
        hours: 3.5,
      });
    });

    test('fall-back day (25 October 2026, Paris): the full day 09:00–19:00 is 08:00Z to 18:00Z', () => {
      expect(slotOf(splitDay('2026-10-25', 'Europe/Paris'), 'day')).toEqual({
        start: '2026-10-25T08:00:00.000Z',
        end: '2026-10-25T18:00:00.000Z',
        hours: 10,
      });
      expect(slotOf(splitDay('2026-10-24', 'Europe/Paris'), 'day').start).toBe(
        '2026-10-24T07:00:00.000Z',
      );
    });

    test('Cayenne (UTC−3) and Réunion (UTC+4) with a lunch break', () => {
      expect(slotOf(splitDay('2026-11-23', 'America/Cayenne'), 'afternoon')).toEqual({
        start: '2026-11-23T16:30:00.000Z',
        end: '2026-11-23T22:00:00.000Z',
        hours: 5.5,
      });
      expect(slotOf(splitDay('2026-11-23', 'Indian/Reunion'), 'morning')).toEqual({
        start: '2026-11-23T05:00:00.000Z',
        end: '2026-11-23T08:30:00.000Z',
        hours: 3.5,
      });
    });

    test('extended hours stretch the last range for key holders (here until 22:00)', () => {
      const result = splitDay('2026-11-23', 'Europe/Paris', '22:00');
      expect(result.slots.map((slot) => [slot.slot, slot.localStart, slot.localEnd])).toEqual([
        ['morning', '09:00', '12:30'],
        ['afternoon', '13:30', '22:00'],
        ['day', '09:00', '22:00'],
      ]);
      expect(result).toMatchObject({ isExtended: true });
      // An extended time before the usual closing changes nothing.
      expect(splitDay('2026-11-23', 'Europe/Paris', '18:00')).toMatchObject({ isExtended: false });
    });
  });

  describe('public holidays', () => {
    test('a public holiday closes the site with its name', () => {
      const result = computeDaySchedule({
        date: '2027-05-01',
        timezone: 'Europe/Paris',
        middayAt: '13:00',
        weekly: weekdays,
        exception: null,
        holiday: { name: 'Fête du travail' },
      });
      expect(result.isOpen).toBe(false);
      expect(result.closedReason).toBe(
        'Le site est fermé le samedi 1 mai 2027 (Jour férié : Fête du travail).',
      );
    });

    test('an exception with special hours opens a public holiday', () => {
      const result = computeDaySchedule({
        date: '2027-05-01',
        timezone: 'Europe/Paris',
        middayAt: '13:00',
        weekly: weekdays,
        exception: {
          isClosed: false,
          opensAt: '10:00',
          closesAt: '16:00',
          reason: 'Portes ouvertes',
        },
        holiday: { name: 'Fête du travail' },
      });
      expect(result.slots.map((slot) => [slot.slot, slot.localStart, slot.localEnd])).toEqual([
        ['morning', '10:00', '13:00'],
        ['afternoon', '13:00', '16:00'],
        ['day', '10:00', '16:00'],
      ]);
    });
  });
});
