import type { SlotTimes } from '@admz/shared';
import { describe, expect, it } from 'vitest';
import { dayOpening, listSelectableHours } from './selectable-hours';

describe('listSelectableHours', () => {
  it('offers start hours 09..18 and end hours up to closing for 09:00–19:00', () => {
    const { startHours, endHours } = listSelectableHours('09:00', '19:00');
    expect(startHours).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
      '18:00',
    ]);
    expect(endHours[0]).toBe('10:00');
    expect(endHours.at(-1)).toBe('19:00');
  });

  it('offers only end hours after the chosen start', () => {
    expect(listSelectableHours('09:00', '19:00', '14:00').endHours).toEqual([
      '15:00',
      '16:00',
      '17:00',
      '18:00',
      '19:00',
    ]);
    expect(listSelectableHours('09:00', '19:00', '18:00').endHours).toEqual(['19:00']);
  });

  it('falls back to the first start hour when the chosen one is outside the opening', () => {
    expect(listSelectableHours('09:00', '12:00', '15:00').endHours).toEqual([
      '10:00',
      '11:00',
      '12:00',
    ]);
  });

  it('keeps whole hours inside an opening that does not start or end on the hour', () => {
    const { startHours, endHours } = listSelectableHours('08:30', '11:30');
    expect(startHours).toEqual(['09:00', '10:00']);
    expect(endHours).toEqual(['10:00', '11:00']);
  });

  it('offers nothing when the opening holds no whole hour', () => {
    expect(listSelectableHours('09:15', '10:10')).toEqual({ startHours: [], endHours: [] });
    expect(listSelectableHours('', '19:00')).toEqual({ startHours: [], endHours: [] });
  });
});

describe('dayOpening', () => {
  const slot = (name: SlotTimes['slot'], localStart: string, localEnd: string): SlotTimes => ({
    slot: name,
    startsAt: '2025-01-15T08:00:00Z',
    endsAt: '2025-01-15T18:00:00Z',
    localStart,
    localEnd,
    isPast: false,
  });

  it("reads the opening from the day's « day » slot", () => {
    expect(dayOpening([slot('morning', '09:00', '13:00'), slot('day', '09:00', '19:00')])).toEqual({
      opensAt: '09:00',
      closesAt: '19:00',
    });
  });

  it('returns null on a closed day', () => {
    expect(dayOpening([])).toBeNull();
  });
});
