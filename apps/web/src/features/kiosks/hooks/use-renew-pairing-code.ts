import { useMutation, useQueryClient } from '@tanstack/react-query';
import { renewPairingCode } from '../kiosks.api';
import { siteKiosksQueryKey } from './use-site-kiosks';

export function useRenewPairingCode(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kioskId: string) => renewPairingCode(siteId, kioskId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: siteKiosksQueryKey(siteId) }),
  });
}
