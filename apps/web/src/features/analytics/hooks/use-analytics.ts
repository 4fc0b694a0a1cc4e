import type { AnalyticsSettings, SiteAnalytics } from '@admz/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import {
  fetchNetworkAnalytics,
  fetchOpenStatistics,
  fetchSiteAnalytics,
  saveAnalyticsSettings,
} from '../analytics.api';
import type { Period } from '../period';

export function useSiteAnalytics(siteId: string, period: Period | null) {
  return useQuery({
    queryKey: queryKeys.analytics.site(siteId, period?.from ?? '', period?.to ?? ''),
    queryFn: () => fetchSiteAnalytics(siteId, period ?? { from: '', to: '' }),
    enabled: period !== null,
    // The previous period stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useNetworkAnalytics(period: Period | null, isEnabled: boolean) {
  return useQuery({
    queryKey: queryKeys.analytics.network(period?.from ?? '', period?.to ?? ''),
    queryFn: () => fetchNetworkAnalytics(period ?? { from: '', to: '' }),
    enabled: isEnabled && period !== null,
    placeholderData: keepPreviousData,
  });
}

/** The privacy switch: every cached period of the site is read again (names appear or go). */
export function useSaveAnalyticsSettings(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: AnalyticsSettings) => saveAnalyticsSettings(siteId, settings),
    onSuccess: ({ showNames }) => {
      queryClient.setQueriesData<SiteAnalytics>(
        { queryKey: queryKeys.analytics.siteAll(siteId) },
        (previous) => previous && { ...previous, showsNames: showNames },
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.analytics.siteAll(siteId) });
    },
  });
}

export function useOpenStatistics() {
  return useQuery({
    queryKey: queryKeys.openStatistics,
    queryFn: fetchOpenStatistics,
    staleTime: 10 * 60_000,
  });
}
