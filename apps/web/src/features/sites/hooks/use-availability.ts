import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchAvailability } from '../sites.api';

export const availabilityQueryKey = ['availability'] as const;

export function useAvailability(siteId: string | undefined, date: string | undefined) {
  return useQuery({
    queryKey: [...availabilityQueryKey, siteId, date],
    queryFn: () => fetchAvailability(siteId as string, date as string),
    enabled: siteId !== undefined && date !== undefined,
    // Keep the previous day on screen while the next one loads: no flicker on "Jour suivant".
    placeholderData: keepPreviousData,
  });
}
