import { useQuery } from '@tanstack/react-query';
import { getRotatingQrRefetchInterval } from '../../../lib/rotating-qr';
import { fetchMyPass } from '../my-pass.api';
import { queryKeys } from '../../../lib/query-keys';

/** The person's own pass QR code, renewed from each answer's `refreshAfter`. */
export function useMyPass() {
  return useQuery({
    queryKey: queryKeys.myPass,
    queryFn: fetchMyPass,
    staleTime: 0,
    gcTime: 0,
    refetchInterval: (query) => getRotatingQrRefetchInterval(query),
  });
}
