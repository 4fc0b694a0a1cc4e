import type { JoinWaitlist } from '@admz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { joinWaitlist } from '../waitlist.api';
import { queryKeys } from '../../../lib/query-keys';

export function useJoinWaitlist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JoinWaitlist) => joinWaitlist(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.myWaitlistEntries }),
  });
}
