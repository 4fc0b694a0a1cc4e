import { useQuery } from '@tanstack/react-query';
import { isUnauthorized } from '../../../api-client';
import { fetchKioskIdentity } from '../kiosks.api';

export const kioskIdentityQueryKey = (credential: string | null) =>
  ['kiosk', 'me', credential] as const;

const fiveMinutes = 5 * 60 * 1000;

/** Who this device is; refreshed now and then so a revoked kiosk falls back to its setup screen. */
export function useKioskIdentity(credential: string | null) {
  return useQuery({
    queryKey: kioskIdentityQueryKey(credential),
    queryFn: () => fetchKioskIdentity(credential ?? ''),
    enabled: credential !== null,
    // Retry soon while the server is unreachable, rarely once it answers.
    refetchInterval: (query) => {
      if (query.state.status !== 'error') return fiveMinutes;
      return isUnauthorized(query.state.error) ? false : 15_000;
    },
    staleTime: fiveMinutes,
    retry: (failureCount, error) => !isUnauthorized(error) && failureCount < 3,
  });
}
