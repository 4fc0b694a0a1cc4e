import { useQuery } from '@tanstack/react-query';
import { fetchZones } from '../floor-plans.api';
import { queryKeys } from '../../../lib/query-keys';

export function useZones(siteId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.zones.site(siteId),
    queryFn: () => fetchZones(siteId as string),
    enabled: siteId !== undefined,
  });
}
