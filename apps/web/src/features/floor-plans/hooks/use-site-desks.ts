import { useQuery } from '@tanstack/react-query';
import { fetchSiteDesks } from '../floor-plans.api';
import { queryKeys } from '../../../lib/query-keys';

export function useSiteDesks(siteId: string) {
  return useQuery({ queryKey: queryKeys.siteDesks(siteId), queryFn: () => fetchSiteDesks(siteId) });
}
