import type { SiteRules } from '@admz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchSiteRules,
  updateSite,
  updateSiteRules,
  type SiteChanges,
} from '../site-settings.api';
import { openingHoursQueryKey } from './use-opening-hours';

export const siteRulesQueryKey = (siteId: string) => ['site-rules', siteId];

export function useSiteRules(siteId: string) {
  return useQuery({ queryKey: siteRulesQueryKey(siteId), queryFn: () => fetchSiteRules(siteId) });
}

export function useUpdateSiteRules(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SiteRules) => updateSiteRules(siteId, body),
    onSuccess: (rules) => {
      queryClient.setQueryData(siteRulesQueryKey(siteId), rules);
      return queryClient.invalidateQueries({ queryKey: ['availability'] });
    },
  });
}

/** Holiday region, extended hours and kiosk message live on the site itself. */
export function useUpdateSite(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SiteChanges) => updateSite(siteId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sites'] }),
        queryClient.invalidateQueries({ queryKey: openingHoursQueryKey(siteId) }),
        queryClient.invalidateQueries({ queryKey: ['availability'] }),
      ]),
  });
}
