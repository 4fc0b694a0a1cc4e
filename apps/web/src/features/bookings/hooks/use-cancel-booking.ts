import { useMutation, useQueryClient } from '@tanstack/react-query';
import { availabilityQueryKey } from '../../sites/hooks/use-availability';
import { cancelBooking } from '../bookings.api';
import { myBookingsQueryKey } from './use-my-bookings';

export function useCancelBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (bookingId: string) => cancelBooking(bookingId),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: myBookingsQueryKey }),
        queryClient.invalidateQueries({ queryKey: availabilityQueryKey }),
      ]),
  });
}
