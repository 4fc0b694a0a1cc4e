import { useQuery } from '@tanstack/react-query';
import { getRotatingQrRefetchInterval } from '../../../lib/rotating-qr';
import { fetchBookingPass } from '../bookings.api';
import { queryKeys } from '../../../lib/query-keys';

/** The booking's QR code, asked again from each answer's `refreshAfter` (it rotates every 30 s). */
export function useBookingPass(bookingId: string, isEnabled = true) {
  return useQuery({
    queryKey: queryKeys.bookingPass(bookingId),
    queryFn: () => fetchBookingPass(bookingId),
    enabled: isEnabled,
    staleTime: 0,
    gcTime: 0,
    refetchInterval: (query) => getRotatingQrRefetchInterval(query),
  });
}
