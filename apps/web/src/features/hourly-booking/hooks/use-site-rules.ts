import { useQuery } from '@tanstack/react-query';
import { fetchSiteRules } from '../hourly-booking.api';
import { queryKeys } from '../../../lib/query-keys';

/** Same key as the site settings page: saving the rules there refreshes this form. */
export function useSiteRules(siteId: string) {
  return useQuery({ queryKey: queryKeys.siteRules(siteId), queryFn: () => fetchSiteRules(siteId) });
}
