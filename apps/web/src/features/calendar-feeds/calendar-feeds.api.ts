import {
  calendarFeedSchema,
  calendarFeedStatusSchema,
  type CalendarFeed,
  type CalendarFeedStatus,
} from '@admz/shared';
import { requestApi } from '../../api-client';

/** Whether I have a feed: its address is shown only when created, never afterwards. */
export function fetchMyCalendarFeedStatus(): Promise<CalendarFeedStatus> {
  return requestApi('/api/me/calendar-feed', calendarFeedStatusSchema);
}

/** A new address (the previous one stops working), returned this once. */
export function regenerateMyCalendarFeed(): Promise<CalendarFeed> {
  return requestApi('/api/me/calendar-feed/regenerate', calendarFeedSchema, { method: 'POST' });
}

export function revokeMyCalendarFeed(): Promise<CalendarFeedStatus> {
  return requestApi('/api/me/calendar-feed', calendarFeedStatusSchema, { method: 'DELETE' });
}

/** The public feed of a site's closures and public holidays: no credential, calendars poll it. */
export function buildSiteClosuresFeedUrl(origin: string, siteId: string): string {
  return `${origin}/api/sites/${encodeURIComponent(siteId)}/closures.ics`;
}
