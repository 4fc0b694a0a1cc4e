import type {
  ArchiveSearchQuery,
  ReplaceEventArchiveInput,
  CreateHostedEvent,
  MessageRegistrants,
  ProposeEventInput,
  RegistrationMode,
} from '@admz/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { getRotatingQrRefetchInterval } from '../../../lib/rotating-qr';
import {
  approveEvent,
  cancelEvent,
  createHostedEvent,
  declineEvent,
  fetchAttendance,
  fetchEvent,
  fetchEventArchive,
  replaceEventArchive,
  searchArchive,
  fetchEventPass,
  fetchMyProposals,
  fetchMyRegistrations,
  fetchPendingEvents,
  fetchSiteAgenda,
  fetchRegistrants,
  messageRegistrants,
  fetchRegistrationState,
  fetchUpcomingEvents,
  proposeEvent,
  registerToEvent,
  unregisterFromEvent,
} from '../events.api';

export function useUpcomingEvents() {
  return useQuery({ queryKey: queryKeys.events.upcoming, queryFn: fetchUpcomingEvents });
}

export function useMyProposals() {
  return useQuery({ queryKey: queryKeys.events.mine, queryFn: fetchMyProposals });
}

export function useMyRegistrations() {
  return useQuery({ queryKey: queryKeys.events.registered, queryFn: fetchMyRegistrations });
}

export function useEvent(eventId: string) {
  return useQuery({ queryKey: queryKeys.events.one(eventId), queryFn: () => fetchEvent(eventId) });
}

export function useSiteAgenda(siteId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.events.agenda(siteId),
    queryFn: () => fetchSiteAgenda(siteId as string),
    enabled: siteId !== undefined,
  });
}

export function usePendingEvents(siteId: string) {
  return useQuery({
    queryKey: queryKeys.events.pending(siteId),
    queryFn: () => fetchPendingEvents(siteId),
  });
}

/** Any decision or creation changes agendas, queues and proposals: all events are read again. */
function useEventsChange<Variables, Output>(change: (variables: Variables) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.events.all }),
        // Approving may cancel desk bookings of the zone.
        queryClient.invalidateQueries({ queryKey: queryKeys.availability.all }),
      ]);
    },
  });
}

export function useProposeEvent(siteId: string) {
  return useEventsChange((body: ProposeEventInput) => proposeEvent(siteId, body));
}

export function useCreateHostedEvent(siteId: string) {
  return useEventsChange((body: ProposeEventInput & Pick<CreateHostedEvent, 'confirm'>) =>
    createHostedEvent(siteId, body),
  );
}

export function useApproveEvent(siteId: string) {
  return useEventsChange(({ eventId, confirm }: { eventId: string; confirm: boolean }) =>
    approveEvent(siteId, eventId, confirm),
  );
}

export function useDeclineEvent(siteId: string) {
  return useEventsChange(({ eventId, reason }: { eventId: string; reason: string }) =>
    declineEvent(siteId, eventId, reason),
  );
}

export function useRegistrationState(eventId: string) {
  return useQuery({
    queryKey: queryKeys.events.registration(eventId),
    queryFn: () => fetchRegistrationState(eventId),
  });
}

/** While the door is open (`isLive`), arrivals are fetched again every 30 s. */
const liveRefreshMs = 30_000;

export function useRegistrants(
  siteId: string,
  eventId: string,
  isEnabled: boolean,
  isLive = false,
) {
  return useQuery({
    queryKey: queryKeys.events.registrants(eventId),
    queryFn: () => fetchRegistrants(siteId, eventId),
    enabled: isEnabled,
    refetchInterval: isLive ? liveRefreshMs : false,
  });
}

/** Who came among the people registered in person (organisers). */
export function useAttendance(siteId: string, eventId: string, isEnabled: boolean, isLive = false) {
  return useQuery({
    queryKey: queryKeys.events.attendance(eventId),
    queryFn: () => fetchAttendance(siteId, eventId),
    enabled: isEnabled,
    refetchInterval: isLive ? liveRefreshMs : false,
  });
}

/** The event pass's QR code, asked again from each answer's `refreshAfter` (it rotates every 30 s). */
export function useEventPass(eventId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: queryKeys.events.pass(eventId),
    queryFn: () => fetchEventPass(eventId),
    enabled: isEnabled,
    staleTime: 0,
    gcTime: 0,
    refetchInterval: (query) => getRotatingQrRefetchInterval(query),
  });
}

export function useRegisterToEvent(eventId: string) {
  return useEventsChange((mode: RegistrationMode) => registerToEvent(eventId, mode));
}

export function useUnregisterFromEvent(eventId: string) {
  return useEventsChange(() => unregisterFromEvent(eventId));
}

export function useCancelEvent(siteId: string) {
  return useEventsChange(({ eventId, reason }: { eventId: string; reason: string }) =>
    cancelEvent(siteId, eventId, reason),
  );
}

export function useMessageRegistrants(siteId: string, eventId: string) {
  return useMutation({
    mutationFn: (message: MessageRegistrants) => messageRegistrants(siteId, eventId, message),
  });
}

/** The archive of an approved event (empty until it is over). */
export function useEventArchive(eventId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: queryKeys.events.archive(eventId),
    queryFn: () => fetchEventArchive(eventId),
    enabled: isEnabled,
  });
}

export function useReplaceEventArchive(siteId: string, eventId: string) {
  return useEventsChange((body: ReplaceEventArchiveInput) =>
    replaceEventArchive(siteId, eventId, body),
  );
}

/** A page of the archive; the previous page stays shown while the next one loads. */
export function useArchiveSearch(query: ArchiveSearchQuery) {
  return useQuery({
    queryKey: queryKeys.events.archiveSearch(query),
    queryFn: () => searchArchive(query),
    placeholderData: keepPreviousData,
  });
}
