import type { OpeningExceptionInput, ReplaceWeeklyOpening } from '@admz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  deleteOpeningException,
  fetchOpeningHours,
  putOpeningException,
  replaceWeeklyOpening,
} from '../site-settings.api';
import { queryKeys } from '../../../lib/query-keys';

export function useOpeningHours(siteId: string) {
  return useQuery({
    queryKey: queryKeys.openingHours(siteId),
    queryFn: () => fetchOpeningHours(siteId),
  });
}

/** After a change of hours, availability and bookings may have changed too. */
function useRefreshAfterHoursChange(siteId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.openingHours(siteId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.availability.all }),
    ]);
}

export function useReplaceWeeklyOpening(siteId: string) {
  const refresh = useRefreshAfterHoursChange(siteId);
  return useMutation({
    mutationFn: (body: ReplaceWeeklyOpening) => replaceWeeklyOpening(siteId, body),
    onSuccess: refresh,
  });
}

export function usePutOpeningException(siteId: string) {
  const refresh = useRefreshAfterHoursChange(siteId);
  return useMutation({
    mutationFn: ({ date, body }: { date: string; body: OpeningExceptionInput }) =>
      putOpeningException(siteId, date, body),
    onSuccess: refresh,
  });
}

export function useDeleteOpeningException(siteId: string) {
  const refresh = useRefreshAfterHoursChange(siteId);
  return useMutation({
    mutationFn: ({ date, isConfirmed }: { date: string; isConfirmed: boolean }) =>
      deleteOpeningException(siteId, date, isConfirmed),
    onSuccess: refresh,
  });
}
