import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import type { BookOnBehalf } from '@admz/shared';
import { queryKeys } from '../../../lib/query-keys';
import {
  actOnBooking,
  bookOnBehalf,
  fetchEvacuationList,
  fetchTodayBoard,
  searchSitePeople,
  type BoardAction,
} from '../today-board.api';

/** Without the live stream, the board polls; with it, polling only catches a lost event. */
const refreshIntervalMs = (isLive: boolean) => (isLive ? 60_000 : 15_000);

/**
 * Today's board, read again from the API on each attendance event of the live stream (its key
 * is under the site's presence key, which `useSiteLive` invalidates).
 */
export function useTodayBoard(siteId: string, isLive: boolean) {
  return useQuery({
    queryKey: queryKeys.presence.today(siteId),
    queryFn: () => fetchTodayBoard(siteId),
    refetchInterval: refreshIntervalMs(isLive),
    placeholderData: keepPreviousData,
  });
}

export function useEvacuationList(siteId: string, isLive: boolean) {
  return useQuery({
    queryKey: queryKeys.presence.evacuation(siteId),
    queryFn: () => fetchEvacuationList(siteId),
    refetchInterval: refreshIntervalMs(isLive),
    placeholderData: keepPreviousData,
  });
}

/** A host's change: the board (and everything under the site's presence) is read again. */
function useBoardChange<Input, Output>(siteId: string, change: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.presence.site(siteId) }),
  });
}

export const useBoardAction = (siteId: string) =>
  useBoardChange(siteId, ({ bookingId, action }: { bookingId: string; action: BoardAction }) =>
    actOnBooking(siteId, bookingId, action),
  );

export const useBookOnBehalf = (siteId: string) =>
  useBoardChange(siteId, (input: BookOnBehalf) => bookOnBehalf(siteId, input));

/** People who have logged in matching what is typed (two characters or more). */
export function useSitePeopleSearch(siteId: string, text: string) {
  const query = useDeferredValue(text.trim());
  return useQuery({
    queryKey: queryKeys.sitePeopleSearch(siteId, query),
    queryFn: () => searchSitePeople(siteId, query),
    enabled: query.length >= 2,
    staleTime: 30_000,
  });
}
