import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cancelBookingSeries } from '../booking-series.api';
import { queryKeys } from '../../../lib/query-keys';

export function useCancelBookingSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (seriesId: string) => cancelBookingSeries(seriesId),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.myBookings }),
        queryClient.invalidateQueries({ queryKey: queryKeys.availability.all }),
      ]),
  });
}
