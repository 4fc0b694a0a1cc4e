import { useQuery } from '@tanstack/react-query';
import { fetchSiteRules } from '../hourly-booking.api';

/** Same key as the site settings page: saving the rules there refreshes this form. */
export const siteRulesQueryKey = (siteId: string) => ['site-rules', siteId];

export function useSiteRules(siteId: string) {
  return useQuery({ queryKey: siteRulesQueryKey(siteId), queryFn: () => fetchSiteRules(siteId) });
}
