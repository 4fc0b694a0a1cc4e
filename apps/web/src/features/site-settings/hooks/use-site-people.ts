import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addKeyHolder,
  assignDesk,
  fetchDeskAssignments,
  fetchKeyHolders,
  removeKeyHolder,
} from '../site-settings.api';

const keyHoldersQueryKey = (siteId: string) => ['key-holders', siteId];
const deskAssignmentsQueryKey = (siteId: string) => ['desk-assignments', siteId];

export function useKeyHolders(siteId: string) {
  return useQuery({ queryKey: keyHoldersQueryKey(siteId), queryFn: () => fetchKeyHolders(siteId) });
}

export function useAddKeyHolder(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => addKeyHolder(siteId, email),
    onSuccess: (people) => queryClient.setQueryData(keyHoldersQueryKey(siteId), people),
  });
}

export function useRemoveKeyHolder(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeKeyHolder(siteId, userId),
    onSuccess: (people) => queryClient.setQueryData(keyHoldersQueryKey(siteId), people),
  });
}

export function useDeskAssignments(siteId: string) {
  return useQuery({
    queryKey: deskAssignmentsQueryKey(siteId),
    queryFn: () => fetchDeskAssignments(siteId),
  });
}

export function useAssignDesk(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ deskId, email }: { deskId: string; email: string | null }) =>
      assignDesk(siteId, deskId, email),
    onSuccess: (assignments) => {
      queryClient.setQueryData(deskAssignmentsQueryKey(siteId), assignments);
      return queryClient.invalidateQueries({ queryKey: ['availability'] });
    },
  });
}
