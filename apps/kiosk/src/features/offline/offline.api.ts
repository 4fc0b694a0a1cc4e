import {
  offlineCheckInsResultSchema,
  type OfflineCheckInsRequest,
  type OfflineCheckInsResult,
} from '@admz/shared';
import { requestApi } from '../../api-client';
import { classifyBatchError, type BatchOutcome } from './offline-drain';
import { buildReplayRequest, type QueuedCheckIn } from './offline-queue';

// A full batch takes the API a few seconds to apply: more than the usual 8 s would cut it short.
const replayTimeoutMs = 30_000;

export function postOfflineCheckIns(
  credential: string,
  request: OfflineCheckInsRequest,
): Promise<OfflineCheckInsResult> {
  return requestApi({
    path: '/api/kiosk/check-ins/offline',
    credential,
    schema: offlineCheckInsResultSchema,
    method: 'POST',
    body: request,
    timeoutMs: replayTimeoutMs,
  });
}

/** One batch of the queue, and what became of it. */
export async function sendOfflineBatch(
  credential: string,
  batch: QueuedCheckIn[],
): Promise<BatchOutcome> {
  try {
    const { results } = await postOfflineCheckIns(credential, buildReplayRequest(batch));
    return { kind: 'answered', results };
  } catch (error) {
    return classifyBatchError(error);
  }
}
