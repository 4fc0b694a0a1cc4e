import { useQuery } from '@tanstack/react-query';
import { fetchMyCalendarFeedStatus } from '../calendar-feeds.api';
import { queryKeys } from '../../../lib/query-keys';

export function useMyCalendarFeedStatus() {
  return useQuery({ queryKey: queryKeys.myCalendarFeed, queryFn: fetchMyCalendarFeedStatus });
}
