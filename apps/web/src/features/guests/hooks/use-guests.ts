import type { CreateGuestInvitation, GuestSettings } from '@admz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { failedRefreshDelayMs, getRefreshDelayMs } from '../../../lib/rotating-qr';
import {
  acceptCharter,
  approveInvitation,
  cancelInvitation,
  declineInvitation,
  fetchGuestPage,
  fetchGuestSettings,
  fetchMyInvitations,
  fetchPendingInvitations,
  inviteGuest,
  updateGuestSettings,
} from '../guests.api';

export function useMyInvitations() {
  return useQuery({ queryKey: queryKeys.guests.mine, queryFn: fetchMyInvitations });
}

export function usePendingInvitations(siteId: string) {
  return useQuery({
    queryKey: queryKeys.guests.pending(siteId),
    queryFn: () => fetchPendingInvitations(siteId),
  });
}

/** Any change of an invitation: the agent's list and the hosts' queues are read again. */
function useGuestsChange<Variables, Output>(change: (variables: Variables) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.guests.all });
    },
  });
}

export function useInviteGuest() {
  return useGuestsChange((body: CreateGuestInvitation) => inviteGuest(body));
}

export function useCancelInvitation() {
  return useGuestsChange((invitationId: string) => cancelInvitation(invitationId));
}

export function useApproveInvitation(siteId: string) {
  return useGuestsChange((invitationId: string) => approveInvitation(siteId, invitationId));
}

export function useDeclineInvitation(siteId: string) {
  return useGuestsChange(({ invitationId, reason }: { invitationId: string; reason: string }) =>
    declineInvitation(siteId, invitationId, reason),
  );
}

/** The guest's page: asked again when its QR code is due for renewal. */
export function useGuestPage(secret: string) {
  return useQuery({
    queryKey: queryKeys.guests.publicView(secret),
    queryFn: () => fetchGuestPage(secret),
    staleTime: 0,
    retry: false,
    refetchInterval: (query) => {
      if (query.state.status === 'error') return query.state.data ? failedRefreshDelayMs : false;
      const pass = query.state.data?.pass;
      return pass ? getRefreshDelayMs(pass, Date.now()) : false;
    },
  });
}

export function useAcceptCharter(secret: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => acceptCharter(secret),
    onSuccess: (view) => queryClient.setQueryData(queryKeys.guests.publicView(secret), view),
  });
}

/** A site's rules for guests (its hosts' settings page). */
export function useGuestSettings(siteId: string) {
  return useQuery({
    queryKey: queryKeys.guests.settings(siteId),
    queryFn: () => fetchGuestSettings(siteId),
  });
}

export function useUpdateGuestSettings(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: GuestSettings) => updateGuestSettings(siteId, settings),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.guests.settings(siteId), saved),
  });
}
