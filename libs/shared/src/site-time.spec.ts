import { describe, expect, test } from 'vitest';
import {
  addDaysToIsoDate,
  daysBetweenIsoDates,
  formatFrenchDate,
  formatSiteTime,
  isExistingSiteLocalTime,
  isoWeekday,
  resolveSiteLocalTime,
  siteLocalToInstant,
  siteToday,
  startOfSiteDay,
  toSiteDateTime,
} from './site-time';

const paris = 'Europe/Paris';

describe('reading an instant on a site clock', () => {
  test("today is the site's calendar day, not UTC's nor the machine's", () => {
    const instant = new Date('2026-11-22T23:30:00Z');
    expect(siteToday(paris, instant)).toBe('2026-11-23');
    expect(siteToday('America/Cayenne', instant)).toBe('2026-11-22');
    expect(siteToday('Indian/Reunion', new Date('2026-11-22T20:30:00Z'))).toBe('2026-11-23');
    expect(siteToday('Pacific/Noumea', new Date('2026-11-02T14:00:00Z'))).toBe('2026-11-03');
  });

  test('gives date, time and their parts, summer and winter, in France and overseas', () => {
    expect(toSiteDateTime('2027-07-01T07:05:00Z', paris)).toEqual({
      date: '2027-07-01',
      time: '09:05',
      year: 2027,
      month: 7,
      day: 1,
      hour: 9,
      minute: 5,
    });
    expect(toSiteDateTime(new Date('2027-01-01T08:05:00Z'), paris).time).toBe('09:05');
    expect(formatSiteTime('2026-11-03T12:12:00Z', 'America/Cayenne')).toBe('09:12');
    expect(formatSiteTime('2026-11-03T12:12:00+03:00', 'Indian/Reunion')).toBe('13:12');
  });

  test('midnight reads 00:00, and the year ends on the site calendar', () => {
    expect(toSiteDateTime('2027-12-31T23:00:00Z', paris)).toMatchObject({
      date: '2028-01-01',
      time: '00:00',
    });
    expect(siteToday('America/Cayenne', new Date('2028-01-01T02:59:00Z'))).toBe('2027-12-31');
  });

  test('across the DST changes of 2027 the wall clock jumps and repeats', () => {
    expect(formatSiteTime('2027-03-28T00:59:00Z', paris)).toBe('01:59');
    expect(formatSiteTime('2027-03-28T01:00:00Z', paris)).toBe('03:00');
    expect(formatSiteTime('2027-10-31T00:30:00Z', paris)).toBe('02:30');
    expect(formatSiteTime('2027-10-31T01:30:00Z', paris)).toBe('02:30');
  });
});

describe('a site-local date and time as an instant', () => {
  test('ordinary days, both sides of the year and overseas', () => {
    expect(siteLocalToInstant('2027-01-15', '09:00', paris).toISOString()).toBe(
      '2027-01-15T08:00:00.000Z',
    );
    expect(siteLocalToInstant('2027-07-15', '09:00', paris).toISOString()).toBe(
      '2027-07-15T07:00:00.000Z',
    );
    expect(siteLocalToInstant('2027-03-28', '09:00', 'America/Cayenne').toISOString()).toBe(
      '2027-03-28T12:00:00.000Z',
    );
    expect(siteLocalToInstant('2027-10-31', '09:00', 'Indian/Reunion').toISOString()).toBe(
      '2027-10-31T05:00:00.000Z',
    );
  });

  test('on the DST days themselves, outside the changed hour, times are exact', () => {
    expect(siteLocalToInstant('2027-03-28', '09:00', paris).toISOString()).toBe(
      '2027-03-28T07:00:00.000Z',
    );
    expect(siteLocalToInstant('2027-03-28', '01:30', paris).toISOString()).toBe(
      '2027-03-28T00:30:00.000Z',
    );
    expect(siteLocalToInstant('2027-10-31', '09:00', paris).toISOString()).toBe(
      '2027-10-31T08:00:00.000Z',
    );
  });

  test('02:30 does not exist in Paris on 28 March 2027: clocks go from 02:00 to 03:00', () => {
    expect(resolveSiteLocalTime('2027-03-28', '02:30', paris)).toEqual({
      kind: 'skipped',
      firstInstantAfter: new Date('2027-03-28T01:30:00Z'),
    });
    expect(isExistingSiteLocalTime('2027-03-28', '02:30', paris)).toBe(false);
    expect(isExistingSiteLocalTime('2027-03-28', '02:00', paris)).toBe(false);
    expect(isExistingSiteLocalTime('2027-03-28', '03:00', paris)).toBe(true);
    expect(isExistingSiteLocalTime('2027-03-28', '01:59', paris)).toBe(true);
    expect(isExistingSiteLocalTime('2027-03-29', '02:30', paris)).toBe(true);
    // The instant the API has always used for it: the same reading an hour later, 03:30.
    expect(siteLocalToInstant('2027-03-28', '02:30', paris).toISOString()).toBe(
      '2027-03-28T01:30:00.000Z',
    );
  });

  test('02:30 happens twice in Paris on 31 October 2027', () => {
    expect(resolveSiteLocalTime('2027-10-31', '02:30', paris)).toEqual({
      kind: 'repeated',
      earlier: new Date('2027-10-31T00:30:00Z'),
      later: new Date('2027-10-31T01:30:00Z'),
    });
    expect(isExistingSiteLocalTime('2027-10-31', '02:30', paris)).toBe(true);
    expect(resolveSiteLocalTime('2027-10-31', '03:00', paris)).toEqual({
      kind: 'unique',
      instant: new Date('2027-10-31T02:00:00Z'),
    });
    expect(resolveSiteLocalTime('2027-10-31', '01:59', paris)).toEqual({
      kind: 'unique',
      instant: new Date('2027-10-30T23:59:00Z'),
    });
  });

  test('every existing time of both DST days reads back as itself', () => {
    for (const date of ['2027-03-28', '2027-10-31']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const resolved = resolveSiteLocalTime(date, time, paris);
        if (resolved.kind === 'skipped') {
          expect(time >= '02:00' && time < '03:00' && date === '2027-03-28').toBe(true);
          continue;
        }
        const instant = siteLocalToInstant(date, time, paris);
        expect(toSiteDateTime(instant, paris)).toMatchObject({ date, time });
        if (resolved.kind === 'unique') expect(instant).toEqual(resolved.instant);
      }
    }
  });

  test('a site without DST never skips nor repeats a time', () => {
    for (const timezone of ['America/Cayenne', 'Indian/Reunion']) {
      expect(resolveSiteLocalTime('2027-03-28', '02:30', timezone).kind).toBe('unique');
      expect(resolveSiteLocalTime('2027-10-31', '02:30', timezone).kind).toBe('unique');
    }
  });

  test('the start of a day is its midnight, or the end of the gap when midnight is skipped', () => {
    expect(startOfSiteDay('2027-03-28', paris).toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(startOfSiteDay('2027-03-29', paris).toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(startOfSiteDay('2028-01-01', 'Indian/Reunion').toISOString()).toBe(
      '2027-12-31T20:00:00.000Z',
    );
    // Chile moves its clocks at midnight: on 5 September 2027 the day starts at 01:00.
    expect(startOfSiteDay('2027-09-05', 'America/Santiago').toISOString()).toBe(
      '2027-09-05T04:00:00.000Z',
    );
  });
});

describe('calendar dates', () => {
  test('adding days crosses months, leap days, years and DST changes without drifting', () => {
    expect(addDaysToIsoDate('2027-10-30', 2)).toBe('2027-11-01');
    expect(addDaysToIsoDate('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDaysToIsoDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysToIsoDate('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDaysToIsoDate('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDaysToIsoDate('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDaysToIsoDate('2028-01-01', -1)).toBe('2027-12-31');
    expect(addDaysToIsoDate('2027-01-01', 365)).toBe('2028-01-01');
  });

  test('days between two dates count calendar days, DST days included', () => {
    expect(daysBetweenIsoDates('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetweenIsoDates('2027-10-30', '2027-11-01')).toBe(2);
    expect(daysBetweenIsoDates('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetweenIsoDates('2027-12-31', '2028-01-01')).toBe(1);
    expect(daysBetweenIsoDates('2028-01-01', '2027-12-31')).toBe(-1);
    expect(daysBetweenIsoDates('2027-05-05', '2027-05-05')).toBe(0);
  });

  test('weekdays are ISO: Monday 1 … Sunday 7', () => {
    expect(isoWeekday('2027-03-28')).toBe(7);
    expect(isoWeekday('2027-03-29')).toBe(1);
    expect(isoWeekday('2028-02-29')).toBe(2);
    expect(isoWeekday('2027-12-31')).toBe(5);
  });

  test('dates are written in French', () => {
    expect(formatFrenchDate('2028-02-29')).toBe('mardi 29 février 2028');
    expect(formatFrenchDate('2026-11-02', { withYear: false })).toBe('lundi 2 novembre');
  });
});
