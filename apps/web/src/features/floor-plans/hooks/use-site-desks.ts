import { useQuery } from '@tanstack/react-query';
import { fetchSiteDesks } from '../floor-plans.api';

export const siteDesksQueryKey = (siteId: string) => ['site-desks', siteId] as const;

export function useSiteDesks(siteId: string) {
  return useQuery({ queryKey: siteDesksQueryKey(siteId), queryFn: () => fetchSiteDesks(siteId) });
}
