import { useQuery } from '@tanstack/react-query';
import { fetchMyBookings } from '../bookings.api';

export const myBookingsQueryKey = ['bookings', 'mine'] as const;

export function useMyBookings() {
  return useQuery({ queryKey: myBookingsQueryKey, queryFn: fetchMyBookings });
}
