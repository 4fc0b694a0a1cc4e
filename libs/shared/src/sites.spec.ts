import { describe, expect, test } from 'vitest';
import { isKnownTimezone } from './common';
import { findSiteDatesProblem } from './site-settings';
import { isSiteListedToAgents, isWithinSiteDates } from './sites';

const temporary = {
  kind: 'temporary' as const,
  startsOn: '2027-05-10',
  endsOn: '2027-05-11',
  archivedAt: null,
};

describe('a temporary site', () => {
  test('is listed from 30 days before its first day through its last', () => {
    expect(isSiteListedToAgents(temporary, '2027-04-09')).toBe(false);
    expect(isSiteListedToAgents(temporary, '2027-04-10')).toBe(true);
    expect(isSiteListedToAgents(temporary, '2027-05-11')).toBe(true);
    expect(isSiteListedToAgents(temporary, '2027-05-12')).toBe(false);
  });

  test('takes bookings on its dates only; an archived site is never listed', () => {
    expect(isWithinSiteDates(temporary, '2027-05-09')).toBe(false);
    expect(isWithinSiteDates(temporary, '2027-05-10')).toBe(true);
    expect(
      isWithinSiteDates({ kind: 'permanent', startsOn: null, endsOn: null }, '2030-01-01'),
    ).toBe(true);
    expect(
      isSiteListedToAgents({ ...temporary, archivedAt: '2027-04-01T00:00:00.000Z' }, '2027-05-10'),
    ).toBe(false);
  });

  test('has both dates, in order; a permanent one has neither, nor places', () => {
    expect(findSiteDatesProblem({ ...temporary, capacity: 8 })).toBeNull();
    expect(
      findSiteDatesProblem({ ...temporary, endsOn: '2027-05-09', capacity: null })?.field,
    ).toBe('endsOn');
    expect(
      findSiteDatesProblem({ kind: 'permanent', startsOn: null, endsOn: null, capacity: 3 })?.field,
    ).toBe('capacity');
  });
});

test('timezones are the IANA list, whichever name a runtime gives a renamed zone', () => {
  expect(isKnownTimezone('Europe/Kyiv')).toBe(true);
  expect(isKnownTimezone('Europe/Kiev')).toBe(true);
  expect(isKnownTimezone('CET')).toBe(false);
  expect(isKnownTimezone('Mars/Olympus')).toBe(false);
});
