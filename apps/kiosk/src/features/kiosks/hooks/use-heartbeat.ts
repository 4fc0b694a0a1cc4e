import { useQuery } from '@tanstack/react-query';
import { isNetworkFailure, isUnauthorized } from '../../../api-client';
import { queryKeys } from '../../../query-keys';
import { readLastHeartbeat, runHeartbeat } from '../kiosk-heartbeat';

// A revoked kiosk must notice within a minute, even if its live stream is down.
const heartbeatIntervalMs = 30_000;
// Offline, the queue waits for the first answer: ask more often.
const unansweredRetryMs = 10_000;

/** Who this kiosk is, every 30 s; starts from the last answer kept on the tablet. */
export function useHeartbeat(credential: string | null) {
  return useQuery({
    queryKey: queryKeys.heartbeat.of(credential),
    queryFn: () => runHeartbeat(credential ?? ''),
    enabled: credential !== null,
    initialData: readLastHeartbeat,
    // The kept answer is shown at once but is never taken as fresh.
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => {
      if (isUnauthorized(query.state.error)) return false;
      return isNetworkFailure(query.state.error) ? unansweredRetryMs : heartbeatIntervalMs;
    },
    refetchIntervalInBackground: true,
    retry: false,
  });
}
