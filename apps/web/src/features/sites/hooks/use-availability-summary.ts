import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchAvailabilitySummary } from '../sites.api';
import { queryKeys } from '../../../lib/query-keys';

/** Free desks per day and slot for the calendar's visible range. */
export function useAvailabilitySummary(siteId: string, from: string, to: string) {
  return useQuery({
    // Under the availability key: booking or cancelling refreshes the calendar too.
    queryKey: queryKeys.availability.summary(siteId, from, to),
    queryFn: () => fetchAvailabilitySummary(siteId, from, to),
    placeholderData: keepPreviousData,
  });
}
