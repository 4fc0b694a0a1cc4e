import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchAvailabilitySummary } from '../sites.api';
import { availabilityQueryKey } from './use-availability';

/** Free desks per day and slot for the calendar's visible range. */
export function useAvailabilitySummary(siteId: string, from: string, to: string) {
  return useQuery({
    // Under the availability key: booking or cancelling refreshes the calendar too.
    queryKey: [...availabilityQueryKey, 'summary', siteId, from, to],
    queryFn: () => fetchAvailabilitySummary(siteId, from, to),
    placeholderData: keepPreviousData,
  });
}
