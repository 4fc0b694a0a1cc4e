import { useMutation, useQueryClient } from '@tanstack/react-query';
import { leaveWaitlist } from '../waitlist.api';
import { queryKeys } from '../../../lib/query-keys';

export function useLeaveWaitlist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) => leaveWaitlist(entryId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.myWaitlistEntries }),
  });
}
