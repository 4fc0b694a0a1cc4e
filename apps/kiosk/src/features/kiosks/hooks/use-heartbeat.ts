import { useQuery } from '@tanstack/react-query';
import { isUnauthorized } from '../../../api-client';
import { readLastHeartbeat, runHeartbeat } from '../kiosk-heartbeat';

export const heartbeatQueryKey = (credential: string | null) =>
  ['kiosk', 'heartbeat', credential] as const;

// A revoked kiosk must notice within a minute, even if its live stream is down.
const heartbeatIntervalMs = 30_000;

/** Who this kiosk is, every 30 s; starts from the last answer kept on the tablet. */
export function useHeartbeat(credential: string | null) {
  return useQuery({
    queryKey: heartbeatQueryKey(credential),
    queryFn: () => runHeartbeat(credential ?? ''),
    enabled: credential !== null,
    initialData: readLastHeartbeat,
    // The kept answer is shown at once but is never taken as fresh.
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (isUnauthorized(query.state.error) ? false : heartbeatIntervalMs),
    refetchIntervalInBackground: true,
    retry: false,
  });
}
