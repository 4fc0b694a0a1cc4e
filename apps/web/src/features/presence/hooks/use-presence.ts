import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchPresence } from '../presence.api';

export const presenceRefreshIntervalMs = 15_000;
/** While the live stream is up, polling only catches what a lost event would miss. */
export const livePresenceRefreshIntervalMs = 60_000;

export const presenceQueryKey = (siteId: string) => ['presence', siteId];

export function usePresence(siteId: string | undefined, date: string, isLive = false) {
  return useQuery({
    queryKey: ['presence', siteId, date],
    queryFn: () => fetchPresence(siteId as string, date),
    enabled: siteId !== undefined,
    refetchInterval: isLive ? livePresenceRefreshIntervalMs : presenceRefreshIntervalMs,
    placeholderData: keepPreviousData,
  });
}
