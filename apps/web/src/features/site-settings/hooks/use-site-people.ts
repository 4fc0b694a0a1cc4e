import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addKeyHolder,
  assignDesk,
  fetchDeskAssignments,
  fetchKeyHolders,
  removeKeyHolder,
} from '../site-settings.api';
import { queryKeys } from '../../../lib/query-keys';

export function useKeyHolders(siteId: string) {
  return useQuery({
    queryKey: queryKeys.keyHolders(siteId),
    queryFn: () => fetchKeyHolders(siteId),
  });
}

export function useAddKeyHolder(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => addKeyHolder(siteId, email),
    onSuccess: (people) => queryClient.setQueryData(queryKeys.keyHolders(siteId), people),
  });
}

export function useRemoveKeyHolder(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeKeyHolder(siteId, userId),
    onSuccess: (people) => queryClient.setQueryData(queryKeys.keyHolders(siteId), people),
  });
}

export function useDeskAssignments(siteId: string) {
  return useQuery({
    queryKey: queryKeys.deskAssignments(siteId),
    queryFn: () => fetchDeskAssignments(siteId),
  });
}

export function useAssignDesk(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ deskId, email }: { deskId: string; email: string | null }) =>
      assignDesk(siteId, deskId, email),
    onSuccess: (assignments) => {
      queryClient.setQueryData(queryKeys.deskAssignments(siteId), assignments);
      return queryClient.invalidateQueries({ queryKey: queryKeys.availability.all });
    },
  });
}
