import type { CreateKiosk } from '@admz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createKiosk } from '../kiosks.api';
import { queryKeys } from '../../../lib/query-keys';

export function useCreateKiosk(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateKiosk) => createKiosk(siteId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.siteKiosks(siteId) }),
  });
}
