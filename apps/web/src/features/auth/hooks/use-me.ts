import { useQuery } from '@tanstack/react-query';
import { fetchMe } from '../auth.api';
import { queryKeys } from '../../../lib/query-keys';

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });
}
