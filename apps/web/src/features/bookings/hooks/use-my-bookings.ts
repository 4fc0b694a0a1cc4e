import { useQuery } from '@tanstack/react-query';
import { fetchMyBookings } from '../bookings.api';
import { queryKeys } from '../../../lib/query-keys';

export function useMyBookings() {
  return useQuery({ queryKey: queryKeys.myBookings, queryFn: fetchMyBookings });
}
