import { describe, expect, test } from 'vitest';
import { orderByHabit, usualPlace } from './desk-preference';

const desks = [
  { label: 'A-01', zone: 'Calme', attributes: [] },
  { label: 'A-02', zone: 'Calme', attributes: ['screen' as const] },
  { label: 'B-01', zone: 'Projet', attributes: [] },
  { label: 'B-02', zone: 'Projet', attributes: ['screen' as const] },
];

describe('« Un poste libre » preference', () => {
  test('without habits, desks come by label', () => {
    expect(orderByHabit(desks, []).map((desk) => desk.label)).toEqual([
      'A-01',
      'A-02',
      'B-01',
      'B-02',
    ]);
  });

  test('the usual zone first, then the usual equipment, then any', () => {
    const habits = [
      { zone: 'Projet', attributes: ['screen' as const], times: 3 },
      { zone: 'Calme', attributes: ['screen' as const], times: 1 },
    ];
    expect(usualPlace(habits)).toEqual({ zone: 'Projet', attributes: ['screen'] });
    expect(orderByHabit(desks, habits).map((desk) => desk.label)).toEqual([
      'B-02',
      'B-01',
      'A-02',
      'A-01',
    ]);
  });

  test('equipment booked less than half the time is not usual', () => {
    const habits = [
      { zone: 'Calme', attributes: [], times: 3 },
      { zone: 'Calme', attributes: ['screen' as const], times: 1 },
    ];
    expect(usualPlace(habits).attributes).toEqual([]);
  });
});
