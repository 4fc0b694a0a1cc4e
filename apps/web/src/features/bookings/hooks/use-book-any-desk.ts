import type { BookAnyDesk } from '@admz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bookAnyDesk } from '../bookings.api';
import { queryKeys } from '../../../lib/query-keys';

/** « Un poste libre »: refreshes the desks and my bookings whatever the answer. */
export function useBookAnyDesk() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BookAnyDesk) => bookAnyDesk(input),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.availability.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myBookings }),
      ]),
  });
}
