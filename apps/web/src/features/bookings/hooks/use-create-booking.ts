import type { CreateBooking } from '@admz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createBooking } from '../bookings.api';
import { queryKeys } from '../../../lib/query-keys';

export function useCreateBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBooking) => createBooking(input),
    // Refresh on failure too: a 409 means our view of the desks was out of date.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.availability.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myBookings }),
      ]),
  });
}
