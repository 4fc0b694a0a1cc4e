import type { CreateBookingSeries } from '@admz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { myBookingsQueryKey } from '../../bookings/hooks/use-my-bookings';
import { availabilityQueryKey } from '../../sites/hooks/use-availability';
import { createBookingSeries } from '../booking-series.api';

export function useCreateBookingSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBookingSeries) => createBookingSeries(input),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: myBookingsQueryKey }),
        queryClient.invalidateQueries({ queryKey: availabilityQueryKey }),
      ]),
  });
}
