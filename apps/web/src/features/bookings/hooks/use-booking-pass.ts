import { useQuery } from '@tanstack/react-query';
import { fetchBookingPass } from '../bookings.api';

export function useBookingPass(bookingId: string) {
  return useQuery({
    queryKey: ['bookings', bookingId, 'pass'],
    queryFn: () => fetchBookingPass(bookingId),
    staleTime: Infinity,
  });
}
