import type { CheckInRequest } from '@admz/shared';
import { useMutation } from '@tanstack/react-query';
import { isNetworkFailure } from '../../../api-client';
import { readServerTime } from '../../kiosks/server-clock';
import type { OfflineQueue } from '../../offline/hooks/use-offline-queue';
import { decideOfflineCheckIn } from '../../offline/offline-check-in';
import { loadOfflineVerifier } from '../../offline/load-offline-verifier';
import { readStoredPublicKeys } from '../../offline/public-keys';
import type { CheckInAnswer } from '../check-in-outcome';
import { postCheckIn } from '../check-ins.api';

type CheckInContext = {
  credential: string;
  siteId: string;
  clockOffsetMs: number;
  offlineQueue: OfflineQueue;
  isOffline: boolean;
  /** The API gave no answer at all: the kiosk is offline. */
  onUnreachable: () => void;
};

// Known offline, the API still gets a quick chance (it may be back) before the tablet answers itself.
const offlineAttemptTimeoutMs = 2_000;

/** Sends a scan to the API; when it cannot be reached, verifies and queues the scan on the tablet. */
export function useCheckIn({
  credential,
  siteId,
  clockOffsetMs,
  offlineQueue,
  isOffline,
  onUnreachable,
}: CheckInContext) {
  return useMutation({
    mutationFn: async (request: CheckInRequest): Promise<CheckInAnswer> => {
      try {
        const timeoutMs = isOffline ? offlineAttemptTimeoutMs : undefined;
        return { source: 'server', result: await postCheckIn(credential, request, timeoutMs) };
      } catch (error) {
        if (!isNetworkFailure(error)) throw error;
        onUnreachable();
        const now = readServerTime(clockOffsetMs);
        const decision = await decideOfflineCheckIn({
          request,
          queue: offlineQueue.items,
          now,
          verify: async (token) =>
            (await loadOfflineVerifier()).verifyTokenOffline({
              token,
              keys: readStoredPublicKeys(),
              siteId,
              now,
            }),
        });
        if (decision.verdict === 'queue') await offlineQueue.queueCheckIn(decision.item);
        return { source: 'offline', decision };
      }
    },
    retry: false,
  });
}
