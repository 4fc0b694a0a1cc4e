import type { HolidayRegion, PublicHoliday } from '@admz/shared';
import Holidays from 'date-holidays';
import { addDaysToIsoDate } from '../common/site-time';

const calendars = new Map<HolidayRegion, Holidays>();
// Holidays of a region and year never change while the process runs: compute them once.
const holidaysByYear = new Map<string, PublicHoliday[]>();

function calendarOf(region: HolidayRegion): Holidays {
  let calendar = calendars.get(region);
  if (!calendar) {
    const [country = region, state = ''] = region.split('-');
    calendar = new Holidays(country, state, { types: ['public'] });
    calendars.set(region, calendar);
  }
  return calendar;
}

/** The public holidays (jours fériés) of a region in a calendar year, with their French names. */
export function publicHolidaysOf(region: HolidayRegion, year: number): PublicHoliday[] {
  const key = `${region}:${year}`;
  let holidays = holidaysByYear.get(key);
  if (!holidays) {
    holidays = calendarOf(region)
      .getHolidays(year, 'fr')
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }));
    holidaysByYear.set(key, holidays);
  }
  return holidays;
}

/** The public holiday falling on a site-calendar date, if any. */
export function publicHolidayOn(region: HolidayRegion, date: string): PublicHoliday | null {
  const year = Number(date.slice(0, 4));
  return publicHolidaysOf(region, year).find((holiday) => holiday.date === date) ?? null;
}

/** Public holidays from `from` (inclusive) over the next `days` days. */
export function upcomingPublicHolidays(
  region: HolidayRegion,
  from: string,
  days = 366,
): PublicHoliday[] {
  const until = addDaysToIsoDate(from, days);
  const firstYear = Number(from.slice(0, 4));
  return [firstYear, firstYear + 1]
    .flatMap((year) => publicHolidaysOf(region, year))
    .filter((holiday) => holiday.date >= from && holiday.date < until);
}
