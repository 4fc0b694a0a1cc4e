import { useMutation, useQueryClient } from '@tanstack/react-query';
import { regenerateMyCalendarFeed } from '../calendar-feeds.api';
import { queryKeys } from '../../../lib/query-keys';

/** The new address stays in this mutation's data only: once the page is left, it is gone. */
export function useRegenerateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateMyCalendarFeed,
    onSuccess: (feed) =>
      queryClient.setQueryData(queryKeys.myCalendarFeed, {
        isActive: true,
        createdAt: feed.createdAt,
      }),
  });
}
