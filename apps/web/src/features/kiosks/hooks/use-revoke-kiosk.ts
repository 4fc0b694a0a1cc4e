import { useMutation, useQueryClient } from '@tanstack/react-query';
import { revokeKiosk } from '../kiosks.api';
import { queryKeys } from '../../../lib/query-keys';

export function useRevokeKiosk(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kioskId: string) => revokeKiosk(siteId, kioskId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.siteKiosks(siteId) }),
  });
}
