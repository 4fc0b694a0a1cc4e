import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchPresence } from '../presence.api';
import { queryKeys } from '../../../lib/query-keys';

export const presenceRefreshIntervalMs = 15_000;
/** While the live stream is up, polling only catches what a lost event would miss. */
export const livePresenceRefreshIntervalMs = 60_000;

export function usePresence(siteId: string | undefined, date: string, isLive = false) {
  return useQuery({
    queryKey: queryKeys.presence.day(siteId, date),
    queryFn: () => fetchPresence(siteId as string, date),
    enabled: siteId !== undefined,
    refetchInterval: isLive ? livePresenceRefreshIntervalMs : presenceRefreshIntervalMs,
    placeholderData: keepPreviousData,
  });
}
