// The site clock is one module shared with the web app and the kiosk (libs/shared/src/site-time.ts);
// the API's files and tests keep importing it from here.
import { siteToday as siteTodayAt } from '@admz/shared';

export {
  addDaysToIsoDate,
  daysBetweenIsoDates,
  formatFrenchDate,
  formatSiteTime,
  isExistingSiteLocalTime,
  isoWeekday,
  resolveSiteLocalTime,
  siteLocalToInstant,
  startOfSiteDay,
} from '@admz/shared';

/** Today's date on the site's wall clock; in the API, « now » always comes from the Clock. */
export function siteToday(timezone: string, now: Date): string {
  return siteTodayAt(timezone, now);
}
