import { addDaysToIsoDate, type HolidayRegion } from '@admz/shared';
import { publicHolidaysOf } from '../sites/public-holidays';
import type { PeriodScope } from './analytics-queries';

/** `YYYY-MM` of a date, and month arithmetic on `YYYY-MM`. */
export const monthOf = (date: string) => date.slice(0, 7);

export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const lastDayOfMonth = (month: string) => addDaysToIsoDate(`${addMonths(month, 1)}-01`, -1);

/**
 * The whole months of [from, to] already rolled up (rollups end on `rolledThrough`, the last day
 * of a month): read from the rollup tables. Null when there is none; the partial months at the
 * period's ends and the days after `rolledThrough` are read from the bookings.
 */
export function rolledMonthsWithin(
  from: string,
  to: string,
  rolledThrough: string | null,
): { from: string; to: string } | null {
  if (rolledThrough === null) return null;
  const first = from.endsWith('-01') ? from : `${addMonths(monthOf(from), 1)}-01`;
  const end = to < rolledThrough ? to : rolledThrough;
  const last =
    lastDayOfMonth(monthOf(end)) === end ? end : lastDayOfMonth(addMonths(monthOf(end), -1));
  return first <= last ? { from: first, to: last } : null;
}

/**
 * The days of [from, to] already rolled up (through `rolledThrough`): the day-grain rollups (site
 * days, the visitors' and administrations' days of the year) hold any of them, so a period's
 * partial months need not be read from the bookings. Null when there is none.
 */
export function rolledDaysWithin(
  from: string,
  to: string,
  rolledThrough: string | null,
): { from: string; to: string } | null {
  if (rolledThrough === null) return null;
  const end = to < rolledThrough ? to : rolledThrough;
  return from <= end ? { from, to: end } : null;
}

/**
 * The statements' scope: the sites, the period, the public holidays of their regions in it, and
 * what of it is rolled up through `rolledThrough` (null: nothing, every day from the bookings).
 */
export function periodScopeOf(
  sites: { id: string; holiday_region: HolidayRegion }[],
  period: { from: string; to: string },
  now: Date,
  rolledThrough: string | null,
): PeriodScope {
  const regions = [...new Set(sites.map((site) => site.holiday_region))];
  const years: number[] = [];
  for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year += 1)
    years.push(year);
  const holidays = regions.flatMap((region) =>
    years.flatMap((year) =>
      publicHolidaysOf(region, year)
        .filter((holiday) => holiday.date >= period.from && holiday.date <= period.to)
        .map((holiday) => ({ region, date: holiday.date })),
    ),
  );
  return {
    siteIds: sites.map((site) => site.id),
    from: period.from,
    to: period.to,
    now,
    holidays,
    rolled: rolledMonthsWithin(period.from, period.to, rolledThrough),
    rolledDays: rolledDaysWithin(period.from, period.to, rolledThrough),
  };
}
