import type { PresenceSearchQuery, UpdatePresenceProfileInput } from '@admz/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import {
  fetchMyBookingPresence,
  fetchPresenceProfile,
  fetchWhoIsHere,
  leavePresence,
  searchPresence,
  setBookingPresence,
  updatePresenceProfile,
} from '../presence.api';

export function usePresenceProfile() {
  return useQuery({ queryKey: queryKeys.whoIsHere.profile, queryFn: fetchPresenceProfile });
}

/** A change of mine changes what every « Qui est là ? » list shows: all are refreshed. */
function useRefreshWhoIsHere() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.whoIsHere.all });
}

export function useUpdatePresenceProfile() {
  const refresh = useRefreshWhoIsHere();
  return useMutation({
    mutationFn: (input: UpdatePresenceProfileInput) => updatePresenceProfile(input),
    onSettled: refresh,
  });
}

export function useLeavePresence() {
  const refresh = useRefreshWhoIsHere();
  return useMutation({ mutationFn: leavePresence, onSettled: refresh });
}

export function useMyBookingPresence() {
  return useQuery({ queryKey: queryKeys.whoIsHere.myBookings, queryFn: fetchMyBookingPresence });
}

export function useSetBookingPresence() {
  const refresh = useRefreshWhoIsHere();
  return useMutation({
    mutationFn: ({ bookingId, presence }: { bookingId: string; presence: boolean | null }) =>
      setBookingPresence(bookingId, presence),
    onSettled: refresh,
  });
}

export function useWhoIsHere(siteId: string | undefined, date: string) {
  return useQuery({
    queryKey: queryKeys.whoIsHere.day(siteId, date),
    queryFn: () => fetchWhoIsHere(siteId as string, date),
    enabled: siteId !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePresenceSearch(query: PresenceSearchQuery, isEnabled: boolean) {
  return useQuery({
    queryKey: queryKeys.whoIsHere.search(query),
    queryFn: () => searchPresence(query),
    enabled: isEnabled,
  });
}
