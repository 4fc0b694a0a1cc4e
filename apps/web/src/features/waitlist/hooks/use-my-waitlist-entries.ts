import { useQuery } from '@tanstack/react-query';
import { fetchMyWaitlistEntries } from '../waitlist.api';
import { queryKeys } from '../../../lib/query-keys';

export function useMyWaitlistEntries() {
  return useQuery({ queryKey: queryKeys.myWaitlistEntries, queryFn: fetchMyWaitlistEntries });
}
