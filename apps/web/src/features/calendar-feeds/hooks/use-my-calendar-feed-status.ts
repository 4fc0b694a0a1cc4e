import { useQuery } from '@tanstack/react-query';
import { fetchMyCalendarFeedStatus } from '../calendar-feeds.api';

export const myCalendarFeedQueryKey = ['calendar-feed', 'mine'] as const;

export function useMyCalendarFeedStatus() {
  return useQuery({ queryKey: myCalendarFeedQueryKey, queryFn: fetchMyCalendarFeedStatus });
}
