import type { CreateBookingSeries } from '@admz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createBookingSeries } from '../booking-series.api';
import { queryKeys } from '../../../lib/query-keys';

export function useCreateBookingSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBookingSeries) => createBookingSeries(input),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.myBookings }),
        queryClient.invalidateQueries({ queryKey: queryKeys.availability.all }),
      ]),
  });
}
