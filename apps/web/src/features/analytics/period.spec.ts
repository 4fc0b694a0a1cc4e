import { describe, expect, test } from 'vitest';
import {
  customPeriodProblem,
  describePeriod,
  formatRate,
  monthOf,
  shiftPeriod,
  weekOf,
} from './period';

describe('analytics periods', () => {
  test('a week runs Monday to Sunday, a month from its first to its last day', () => {
    expect(weekOf('2027-03-10')).toEqual({ from: '2027-03-08', to: '2027-03-14' });
    expect(monthOf('2028-02-15')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthOf('2027-12-31')).toEqual({ from: '2027-12-01', to: '2027-12-31' });
  });

  test('moves by a week or a month, across years', () => {
    expect(shiftPeriod('week', weekOf('2027-01-01'), -1)).toEqual({
      from: '2026-12-21',
      to: '2026-12-27',
    });
    expect(shiftPeriod('month', monthOf('2027-12-05'), 1)).toEqual({
      from: '2028-01-01',
      to: '2028-01-31',
    });
  });

  test('says what is wrong with a custom period', () => {
    expect(customPeriodProblem({ from: '2027-03-10', to: '2027-03-01' })).toBe(
      'La date de fin doit suivre la date de début.',
    );
    expect(customPeriodProblem({ from: '2026-01-01', to: '2027-01-02' })).toBe(
      'La période ne peut dépasser 366 jours (elle en compte 367).',
    );
    expect(customPeriodProblem({ from: '2026-01-01', to: '2026-12-31' })).toBeNull();
  });

  test('reads in French', () => {
    expect(describePeriod('month', monthOf('2027-03-10'))).toBe('mars 2027');
    expect(formatRate(0.425)).toBe('42,5\u00a0%');
    expect(formatRate(null)).toBe('—');
  });
});

test('analytics periods read in English too', () => {
  expect(describePeriod('month', monthOf('2027-03-10'), 'en')).toBe('March 2027');
  expect(describePeriod('week', weekOf('2027-03-10'), 'en')).toBe(
    'week from Monday 8 March to Sunday 14 March 2027',
  );
  expect(customPeriodProblem({ from: '2027-03-10', to: '2027-03-01' }, 'en')).toBe(
    'The end date must come after the start date.',
  );
  expect(formatRate(0.425, 'en')).toBe('42.5%');
});
