import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { fetchPublicAgenda } from '../public-agenda.api';

/** The public agenda, of the network or of one site; readable without logging in. */
export function usePublicAgenda(siteId: string | null) {
  return useQuery({
    queryKey: queryKeys.publicAgenda(siteId),
    queryFn: () => fetchPublicAgenda(siteId),
  });
}
