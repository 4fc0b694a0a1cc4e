import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchPresence } from '../presence.api';

export const presenceRefreshIntervalMs = 15_000;

export function usePresence(siteId: string | undefined, date: string) {
  return useQuery({
    queryKey: ['presence', siteId, date],
    queryFn: () => fetchPresence(siteId as string, date),
    enabled: siteId !== undefined,
    refetchInterval: presenceRefreshIntervalMs,
    placeholderData: keepPreviousData,
  });
}
