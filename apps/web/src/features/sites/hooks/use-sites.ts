import { useQuery } from '@tanstack/react-query';
import { fetchSites } from '../sites.api';
import { queryKeys } from '../../../lib/query-keys';

export function useSites() {
  return useQuery({ queryKey: queryKeys.sites, queryFn: fetchSites, staleTime: 5 * 60_000 });
}
