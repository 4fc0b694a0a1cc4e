import { calendarFeedSchema, type CalendarFeed } from '@admz/shared';
import { requestApi } from '../../api-client';

export function fetchMyCalendarFeed(): Promise<CalendarFeed> {
  return requestApi('/api/me/calendar-feed', calendarFeedSchema);
}

export function regenerateMyCalendarFeed(): Promise<CalendarFeed> {
  return requestApi('/api/me/calendar-feed/regenerate', calendarFeedSchema, { method: 'POST' });
}
