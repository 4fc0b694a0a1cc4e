import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchAvailability } from '../sites.api';
import { queryKeys } from '../../../lib/query-keys';

export function useAvailability(siteId: string | undefined, date: string | undefined) {
  return useQuery({
    queryKey: queryKeys.availability.day(siteId, date),
    queryFn: () => fetchAvailability(siteId as string, date as string),
    enabled: siteId !== undefined && date !== undefined,
    // Keep the previous day on screen while the next one loads: no flicker on "Jour suivant".
    placeholderData: keepPreviousData,
  });
}
