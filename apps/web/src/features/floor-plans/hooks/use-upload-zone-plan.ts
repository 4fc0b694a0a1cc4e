import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadZonePlan } from '../floor-plans.api';
import { queryKeys } from '../../../lib/query-keys';

export function useUploadZonePlan(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ zone, file }: { zone: string; file: File }) =>
      uploadZonePlan(siteId, zone, file),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.zones.all }),
  });
}
