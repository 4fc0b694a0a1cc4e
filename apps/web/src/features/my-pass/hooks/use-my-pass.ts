import { useQuery } from '@tanstack/react-query';
import { getRotatingQrRefetchInterval } from '../../../lib/rotating-qr';
import { fetchMyPass } from '../my-pass.api';

/** The person's own pass QR code, renewed from each answer's `refreshAfter`. */
export function useMyPass() {
  return useQuery({
    queryKey: ['my-pass'],
    queryFn: fetchMyPass,
    staleTime: 0,
    gcTime: 0,
    refetchInterval: (query) => getRotatingQrRefetchInterval(query),
  });
}
