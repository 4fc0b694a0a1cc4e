import { describe, expect, it } from 'vitest';
import {
  addMonths,
  lastDayOfMonth,
  rolledDaysWithin,
  rolledMonthsWithin,
} from './analytics-period';

describe('month arithmetic', () => {
  it('crosses years both ways and knows leap years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2027-02')).toBe('2027-02-28');
  });
});

describe('rolledMonthsWithin', () => {
  it('is null before the first rollup', () => {
    expect(rolledMonthsWithin('2026-01-01', '2026-12-31', null)).toBeNull();
  });

  it('keeps the whole months of the period up to the last rolled day', () => {
    expect(rolledMonthsWithin('2025-12-03', '2026-12-02', '2026-10-31')).toEqual({
      from: '2026-01-01',
      to: '2026-10-31',
    });
  });

  it('takes a period that starts on the first and ends on a month end whole', () => {
    expect(rolledMonthsWithin('2026-03-01', '2026-05-31', '2026-10-31')).toEqual({
      from: '2026-03-01',
      to: '2026-05-31',
    });
  });

  it('leaves a partial last month to the bookings', () => {
    expect(rolledMonthsWithin('2026-03-01', '2026-05-30', '2026-10-31')).toEqual({
      from: '2026-03-01',
      to: '2026-04-30',
    });
  });

  it('is null for a period inside one month, or after the last rolled day', () => {
    expect(rolledMonthsWithin('2026-05-02', '2026-05-30', '2026-10-31')).toBeNull();
    expect(rolledMonthsWithin('2026-11-01', '2026-11-30', '2026-10-31')).toBeNull();
    expect(rolledMonthsWithin('2026-10-15', '2026-11-20', '2026-10-31')).toBeNull();
  });
});

describe('rolledDaysWithin', () => {
  it('is null before the first rollup, or for a period after the last rolled day', () => {
    expect(rolledDaysWithin('2026-01-01', '2026-12-31', null)).toBeNull();
    expect(rolledDaysWithin('2026-11-01', '2026-11-30', '2026-10-31')).toBeNull();
  });

  it('keeps every day of the period up to the last rolled day, partial months included', () => {
    expect(rolledDaysWithin('2025-12-03', '2026-12-02', '2026-10-31')).toEqual({
      from: '2025-12-03',
      to: '2026-10-31',
    });
    expect(rolledDaysWithin('2026-05-02', '2026-05-30', '2026-10-31')).toEqual({
      from: '2026-05-02',
      to: '2026-05-30',
    });
    expect(rolledDaysWithin('2026-10-15', '2026-11-20', '2026-10-31')).toEqual({
      from: '2026-10-15',
      to: '2026-10-31',
    });
    expect(rolledDaysWithin('2026-10-31', '2026-11-20', '2026-10-31')).toEqual({
      from: '2026-10-31',
      to: '2026-10-31',
    });
  });
});
