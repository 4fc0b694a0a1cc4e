import { useMutation, useQueryClient } from '@tanstack/react-query';
import { revokeMyCalendarFeed } from '../calendar-feeds.api';
import { queryKeys } from '../../../lib/query-keys';

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeMyCalendarFeed,
    onSuccess: (status) => queryClient.setQueryData(queryKeys.myCalendarFeed, status),
  });
}
