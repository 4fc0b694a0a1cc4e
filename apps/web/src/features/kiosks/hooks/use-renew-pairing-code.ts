import { useMutation, useQueryClient } from '@tanstack/react-query';
import { renewPairingCode } from '../kiosks.api';
import { queryKeys } from '../../../lib/query-keys';

export function useRenewPairingCode(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kioskId: string) => renewPairingCode(siteId, kioskId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.siteKiosks(siteId) }),
  });
}
