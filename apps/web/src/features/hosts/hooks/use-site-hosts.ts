import type { SiteHosts } from '@admz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { appointHost, cancelHostInvitation, fetchSiteHosts, removeHost } from '../hosts.api';

export function useSiteHosts(siteId: string) {
  return useQuery({ queryKey: queryKeys.siteHosts(siteId), queryFn: () => fetchSiteHosts(siteId) });
}

/** Each change answers with the site's hosts as they now are: the list shows that at once. */
function useHostsChange<Input>(siteId: string, change: (input: Input) => Promise<SiteHosts>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (hosts) => queryClient.setQueryData(queryKeys.siteHosts(siteId), hosts),
  });
}

export const useAppointHost = (siteId: string) =>
  useHostsChange(siteId, (email: string) => appointHost(siteId, email));

export const useRemoveHost = (siteId: string) =>
  useHostsChange(siteId, (userId: string) => removeHost(siteId, userId));

export const useCancelHostInvitation = (siteId: string) =>
  useHostsChange(siteId, (invitationId: string) => cancelHostInvitation(siteId, invitationId));
