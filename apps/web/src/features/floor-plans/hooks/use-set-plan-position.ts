import type { Desk, PlanPosition } from '@admz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setDeskPlanPosition } from '../floor-plans.api';
import { queryKeys } from '../../../lib/query-keys';

type Variables = { deskId: string; position: PlanPosition | null };

/** Moves a desk on the plan at once on screen; puts it back if the server refuses. */
export function useSetPlanPosition(siteId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.siteDesks(siteId);
  return useMutation({
    mutationFn: ({ deskId, position }: Variables) => setDeskPlanPosition(siteId, deskId, position),
    onMutate: async ({ deskId, position }: Variables) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Desk[]>(key);
      queryClient.setQueryData<Desk[]>(key, (desks) =>
        desks?.map((desk) => (desk.id === deskId ? { ...desk, planPosition: position } : desk)),
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: queryKeys.zones.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.availability.all }),
      ]),
  });
}
