import { useMutation, useQueryClient } from '@tanstack/react-query';
import { revokeMyCalendarFeed } from '../calendar-feeds.api';
import { myCalendarFeedQueryKey } from './use-my-calendar-feed-status';

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeMyCalendarFeed,
    onSuccess: (status) => queryClient.setQueryData(myCalendarFeedQueryKey, status),
  });
}
