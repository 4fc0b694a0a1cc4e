import { useMutation, useQueryClient } from '@tanstack/react-query';
import { myBookingsQueryKey } from '../../bookings/hooks/use-my-bookings';
import { availabilityQueryKey } from '../../sites/hooks/use-availability';
import { cancelBookingSeries } from '../booking-series.api';

export function useCancelBookingSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (seriesId: string) => cancelBookingSeries(seriesId),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: myBookingsQueryKey }),
        queryClient.invalidateQueries({ queryKey: availabilityQueryKey }),
      ]),
  });
}
