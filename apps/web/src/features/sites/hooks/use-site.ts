import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { fetchSite } from '../sites.api';

/** One site, e.g. the site of a booking shown with its pass. */
export function useSite(siteId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId),
    queryFn: () => fetchSite(siteId),
    staleTime: 5 * 60_000,
  });
}
