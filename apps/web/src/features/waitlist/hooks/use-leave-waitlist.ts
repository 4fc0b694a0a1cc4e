import { useMutation, useQueryClient } from '@tanstack/react-query';
import { leaveWaitlist } from '../waitlist.api';
import { myWaitlistEntriesQueryKey } from './use-my-waitlist-entries';

export function useLeaveWaitlist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) => leaveWaitlist(entryId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myWaitlistEntriesQueryKey }),
  });
}
