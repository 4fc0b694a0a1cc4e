import { calendarFeedSchema, type CalendarFeed } from '@admz/shared';
import { requestApi } from '../../api-client';

export function fetchMyCalendarFeed(): Promise<CalendarFeed> {
  return requestApi('/api/me/calendar-feed', calendarFeedSchema);
}

export function regenerateMyCalendarFeed(): Promise<CalendarFeed> {
  return requestApi('/api/me/calendar-feed/regenerate', calendarFeedSchema, { method: 'POST' });
}

/** The public feed of a site's closures and public holidays: no credential, calendars poll it. */
export function buildSiteClosuresFeedUrl(origin: string, siteId: string): string {
  return `${origin}/api/sites/${encodeURIComponent(siteId)}/closures.ics`;
}
