import type { TodayEntry } from '@admz/shared';
import { describe, expect, test } from 'vitest';
import { describeBoardStatus, groupFreeDesks } from './board-display';

const entry = (overrides: Partial<TodayEntry>): TodayEntry => ({
  bookingId: '00000000-0000-4000-8000-000000000001',
  person: { givenName: 'Camille', usualName: 'Martin', organizationLabel: null },
  desk: { id: '00000000-0000-4000-8000-000000000002', label: 'A-01', zone: 'Plateau' },
  slot: 'day',
  startsAt: '2027-03-09T08:00:00.000Z',
  endsAt: '2027-03-09T18:00:00.000Z',
  status: 'confirmed',
  state: 'expected',
  isLate: false,
  isWalkIn: false,
  checkedInAt: null,
  checkedOutAt: null,
  releasedAt: null,
  bookedBy: null,
  arrivalMarkedBy: null,
  departureMarkedBy: null,
  ...overrides,
});

describe('describeBoardStatus', () => {
  test('says when, in the site time, and which host marked it by hand', () => {
    expect(
      describeBoardStatus(
        entry({
          state: 'arrived',
          checkedInAt: '2027-03-09T08:12:00.000Z',
          arrivalMarkedBy: { name: 'Inès Lefèvre' },
        }),
        'Europe/Paris',
      ),
    ).toEqual({ label: 'Arrivé·e à 09:12 (par Inès Lefèvre)', severity: 'success' });
    expect(
      describeBoardStatus(
        entry({ state: 'left', checkedOutAt: '2027-03-09T16:30:00.000Z' }),
        'Europe/Paris',
      ).label,
    ).toBe('Parti·e à 17:30');
  });

  test('tells late from expected, and a release from a plain absence', () => {
    expect(describeBoardStatus(entry({ isLate: true }), 'Europe/Paris').label).toBe('En retard');
    expect(describeBoardStatus(entry({}), 'Europe/Paris').label).toBe('Attendu·e');
    expect(
      describeBoardStatus(
        entry({ state: 'no_show', releasedAt: '2027-03-09T08:30:00.000Z' }),
        'Europe/Paris',
      ).label,
    ).toBe('Absent·e : poste libéré à 09:30');
    expect(describeBoardStatus(entry({ state: 'no_show' }), 'Europe/Paris').label).toBe('Absent·e');
  });
});

test('groupFreeDesks keeps zones apart in the order given', () => {
  const desk = (label: string, zone: string) => ({ id: label, label, zone });
  expect(
    groupFreeDesks([desk('A-01', 'Plateau'), desk('A-02', 'Plateau'), desk('C-01', 'Calme')]),
  ).toEqual([
    { zone: 'Plateau', labels: ['A-01', 'A-02'] },
    { zone: 'Calme', labels: ['C-01'] },
  ]);
});

test('describeBoardStatus reads in English too', () => {
  expect(
    describeBoardStatus(
      entry({ state: 'no_show', releasedAt: '2027-03-09T08:30:00.000Z' }),
      'Europe/Paris',
      'en',
    ).label,
  ).toBe('Absent: desk released at 09:30');
  expect(describeBoardStatus(entry({ isLate: true }), 'Europe/Paris', 'en').label).toBe('Late');
});
