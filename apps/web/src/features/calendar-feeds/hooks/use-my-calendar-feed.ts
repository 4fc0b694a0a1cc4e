import { useQuery } from '@tanstack/react-query';
import { fetchMyCalendarFeed } from '../calendar-feeds.api';

export const myCalendarFeedQueryKey = ['calendar-feed', 'mine'] as const;

export function useMyCalendarFeed() {
  return useQuery({ queryKey: myCalendarFeedQueryKey, queryFn: fetchMyCalendarFeed });
}
