import { describe, expect, test } from 'vitest';
import { publicHolidayOn, upcomingPublicHolidays } from './public-holidays';

describe('public holidays by region (date-holidays)', () => {
  test('metropolitan France: 1 May is Fête du travail, 26 December is a working day', () => {
    expect(publicHolidayOn('FR', '2027-05-01')).toEqual({
      date: '2027-05-01',
      name: 'Fête du travail',
    });
    expect(publicHolidayOn('FR', '2027-12-26')).toBeNull();
  });

  test('Alsace-Moselle keeps 26 December and Good Friday', () => {
    expect(publicHolidayOn('FR-67', '2027-12-26')?.name).toBe('Lendemain de Noël');
    expect(publicHolidayOn('FR-57', '2027-03-26')?.name).toBe('Vendredi saint');
  });

  test('overseas departments: abolition of slavery on their own dates', () => {
    expect(publicHolidayOn('GP', '2027-05-27')?.name).toBe('Abolition de l’esclavage');
    expect(publicHolidayOn('MQ', '2027-05-22')?.name).toBe('Abolition de l’esclavage');
    expect(publicHolidayOn('GF', '2027-06-10')?.name).toBe('Abolition de l’esclavage');
    expect(publicHolidayOn('RE', '2027-12-20')?.name).toBe('Abolition de l’esclavage');
    expect(publicHolidayOn('YT', '2027-04-27')?.name).toBe('Abolition de l’esclavage');
    expect(publicHolidayOn('FR', '2027-05-27')).toBeNull();
  });

  test('the coming year spans two calendar years', () => {
    const holidays = upcomingPublicHolidays('FR', '2026-12-01');
    expect(holidays[0]).toEqual({ date: '2026-12-25', name: 'Noël' });
    expect(holidays.map((holiday) => holiday.date)).toContain('2027-11-11');
    expect(holidays.map((holiday) => holiday.date)).not.toContain('2027-12-25');
  });
});
