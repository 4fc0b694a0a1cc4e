import { useQuery } from '@tanstack/react-query';
import { fetchZones } from '../floor-plans.api';

export const zonesQueryKey = ['zones'] as const;

export function useZones(siteId: string | undefined) {
  return useQuery({
    queryKey: [...zonesQueryKey, siteId],
    queryFn: () => fetchZones(siteId as string),
    enabled: siteId !== undefined,
  });
}
