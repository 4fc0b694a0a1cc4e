// The site clock is one module shared with the web app and the kiosk (libs/shared/src/site-time.ts);
// the API's files and tests keep importing it from here.
export {
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
} from '@admz/shared';
