import { useQuery } from '@tanstack/react-query';
import { fetchSiteKiosks } from '../kiosks.api';
import { queryKeys } from '../../../lib/query-keys';

/** Polled: « dernier contact » and a tablet that just typed its code show without reload. */
export const kiosksRefreshIntervalMs = 15_000;

export function useSiteKiosks(siteId: string) {
  return useQuery({
    queryKey: queryKeys.siteKiosks(siteId),
    queryFn: () => fetchSiteKiosks(siteId),
    refetchInterval: kiosksRefreshIntervalMs,
  });
}
