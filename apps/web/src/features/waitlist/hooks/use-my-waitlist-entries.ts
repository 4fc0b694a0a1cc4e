import { useQuery } from '@tanstack/react-query';
import { fetchMyWaitlistEntries } from '../waitlist.api';

export const myWaitlistEntriesQueryKey = ['waitlist', 'mine'] as const;

export function useMyWaitlistEntries() {
  return useQuery({ queryKey: myWaitlistEntriesQueryKey, queryFn: fetchMyWaitlistEntries });
}
