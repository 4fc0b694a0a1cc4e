import { useMutation, useQueryClient } from '@tanstack/react-query';
import { regenerateMyCalendarFeed } from '../calendar-feeds.api';
import { myCalendarFeedQueryKey } from './use-my-calendar-feed';

export function useRegenerateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateMyCalendarFeed,
    onSuccess: (feed) => queryClient.setQueryData(myCalendarFeedQueryKey, feed),
  });
}
