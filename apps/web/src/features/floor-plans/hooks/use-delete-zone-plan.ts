import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteZonePlan } from '../floor-plans.api';
import { queryKeys } from '../../../lib/query-keys';

export function useDeleteZonePlan(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (zone: string) => deleteZonePlan(siteId, zone),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.zones.all }),
  });
}
