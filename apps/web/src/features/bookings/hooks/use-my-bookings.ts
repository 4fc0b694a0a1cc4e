import type { Booking, MyBookings } from '@admz/shared';
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { fetchMyBookings } from '../my-bookings.api';
import { queryKeys } from '../../../lib/query-keys';

type MyBookingsPages = InfiniteData<MyBookings, string | undefined>;

/** The pages, and the bookings loaded so far: every upcoming one, then the past pages asked for. */
function withLoadedBookings(data: MyBookingsPages): MyBookingsPages & { bookings: Booking[] } {
  return {
    ...data,
    bookings: [...(data.pages[0]?.upcoming ?? []), ...data.pages.flatMap((page) => page.past)],
  };
}

/** « Mes réservations »: the first page at once, older pages when the person asks for them. */
export function useMyBookings() {
  return useInfiniteQuery({
    queryKey: queryKeys.myBookings,
    queryFn: ({ pageParam }) => fetchMyBookings(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextBefore ?? undefined,
    select: withLoadedBookings,
  });
}
