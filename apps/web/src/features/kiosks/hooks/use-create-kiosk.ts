import type { CreateKiosk } from '@admz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createKiosk } from '../kiosks.api';
import { siteKiosksQueryKey } from './use-site-kiosks';

export function useCreateKiosk(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateKiosk) => createKiosk(siteId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: siteKiosksQueryKey(siteId) }),
  });
}
