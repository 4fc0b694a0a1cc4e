import type { CreateBooking } from '@admz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { availabilityQueryKey } from '../../sites/hooks/use-availability';
import { createBooking } from '../bookings.api';
import { myBookingsQueryKey } from './use-my-bookings';

export function useCreateBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBooking) => createBooking(input),
    // Refresh on failure too: a 409 means our view of the desks was out of date.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: availabilityQueryKey }),
        queryClient.invalidateQueries({ queryKey: myBookingsQueryKey }),
      ]),
  });
}
