import type { SiteRules } from '@admz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchSiteRules,
  updateSite,
  updateSiteRules,
  type SiteChanges,
} from '../site-settings.api';
import { queryKeys } from '../../../lib/query-keys';

export function useSiteRules(siteId: string) {
  return useQuery({ queryKey: queryKeys.siteRules(siteId), queryFn: () => fetchSiteRules(siteId) });
}

export function useUpdateSiteRules(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SiteRules) => updateSiteRules(siteId, body),
    onSuccess: (rules) => {
      queryClient.setQueryData(queryKeys.siteRules(siteId), rules);
      return queryClient.invalidateQueries({ queryKey: queryKeys.availability.all });
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
        queryClient.invalidateQueries({ queryKey: queryKeys.sites }),
        queryClient.invalidateQueries({ queryKey: queryKeys.openingHours(siteId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.availability.all }),
      ]),
  });
}
