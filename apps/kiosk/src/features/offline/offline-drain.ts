import { maxOfflineCheckIns, type OfflineCheckInsResult } from '@admz/shared';
import { ApiError, isNetworkFailure } from '../../api-client';
import { settleReplay, type QueuedCheckIn, type ReplaySummary } from './offline-queue';

/** What became of one batch sent to `POST /api/kiosk/check-ins/offline`. */
export type BatchOutcome =
  | { kind: 'answered'; results: OfflineCheckInsResult['results'] }
  /** 400 or 422: the API refuses what the batch holds (an item it can never accept). */
  | { kind: 'refused'; message: string }
  /** 413: the body is too large for the API or a proxy before it; smaller batches may pass. */
  | { kind: 'too-large' }
  /** Any other error answered (500, a proxy's 404…): maybe one item, maybe the server. */
  | { kind: 'failed' }
  /** No answer from the API: network down, timeout, 408, 429, a gateway's 502–504. */
  | { kind: 'unanswered'; retryAfterMs: number | null }
  | { kind: 'unauthorized' };

const unansweredStatuses = new Set([408, 429, 502, 503, 504]);

/** Sorts a failed replay request into what the drain does next. */
export function classifyBatchError(error: unknown): BatchOutcome {
  if (isNetworkFailure(error)) return { kind: 'unanswered', retryAfterMs: null };
  if (!(error instanceof ApiError)) return { kind: 'failed' };
  if (error.status === 401) return { kind: 'unauthorized' };
  if (unansweredStatuses.has(error.status)) {
    return { kind: 'unanswered', retryAfterMs: error.retryAfterMs };
  }
  if (error.status === 413) return { kind: 'too-large' };
  if (error.status === 400 || error.status === 422) {
    return { kind: 'refused', message: error.message };
  }
  return { kind: 'failed' };
}

export type DrainResult = {
  /**
   * drained: every item was sent and answered, or set aside; interrupted: try again after a wait
   * (`retryAfterMs` when the API said how long); unauthorized: the kiosk was revoked.
   */
  state: 'drained' | 'interrupted' | 'unauthorized';
  retryAfterMs: number | null;
  /** What the API answered during this drain, and the items it refused. */
  summary: ReplaySummary;
  /** Items the API failed on when sent alone: kept, and sent after the others next time. */
  setAsideClientIds: string[];
};

type DrainInput = {
  items: readonly QueuedCheckIn[];
  /** Items set aside by an earlier drain: sent after all the others. */
  setAsideClientIds?: ReadonlySet<string>;
  sendBatch: (batch: QueuedCheckIn[]) => Promise<BatchOutcome>;
  /** Removes answered items from the queue at once: a reload mid-drain does not resend them. */
  removeSettled: (clientIds: string[]) => Promise<void>;
  batchSize?: number;
};

/**
 * Sends the queue in batches, oldest scans first, until it is empty. A batch the API refuses
 * (400, 422) or finds too large (413) is split in two until the item at fault is alone: refused,
 * it is settled with the API's reason; too large or failing (500…), it is set aside for the next
 * drain. No answer at all stops the drain with everything unanswered kept; so do failures in a
 * row beyond what isolating one item takes — then it is the server, not an item.
 */
export async function drainOfflineQueue({
  items,
  setAsideClientIds = new Set(),
  sendBatch,
  removeSettled,
  batchSize = maxOfflineCheckIns,
}: DrainInput): Promise<DrainResult> {
  const byScanTime = [...items].sort((first, second) =>
    first.scannedAt.localeCompare(second.scannedAt),
  );
  const pending = [
    ...byScanTime.filter((item) => !setAsideClientIds.has(item.clientId)),
    ...byScanTime.filter((item) => setAsideClientIds.has(item.clientId)),
  ];
  // Halves of a split batch, tried before the rest of the queue.
  const halves: QueuedCheckIn[][] = [];
  const summary: ReplaySummary = { sentCount: 0, refused: [] };
  const setAside: string[] = [];
  const maxFailuresInARow = Math.ceil(Math.log2(batchSize)) + 2;
  let failuresInARow = 0;
  const finish = (state: DrainResult['state'], retryAfterMs: number | null = null) => ({
    state,
    retryAfterMs,
    summary,
    setAsideClientIds: setAside,
  });

  for (;;) {
    const batch = halves.shift() ?? pending.splice(0, batchSize);
    const [first] = batch;
    if (first === undefined) return finish('drained');
    const outcome = await sendBatch(batch);
    switch (outcome.kind) {
      case 'answered': {
        const settlement = settleReplay(batch, outcome.results);
        await removeSettled(settlement.settledClientIds);
        summary.sentCount += settlement.summary.sentCount;
        summary.refused.push(...settlement.summary.refused);
        failuresInARow = 0;
        // An answer that leaves items out is not one to build on: they wait for the next drain.
        if (settlement.settledClientIds.length < batch.length) return finish('interrupted');
        break;
      }
      case 'refused':
        if (batch.length > 1) {
          halves.unshift(...splitInTwo(batch));
          break;
        }
        await removeSettled([first.clientId]);
        summary.sentCount += 1;
        summary.refused.push({
          clientId: first.clientId,
          givenName: first.givenName,
          message: outcome.message,
        });
        break;
      case 'too-large':
      case 'failed':
        failuresInARow += 1;
        if (failuresInARow >= maxFailuresInARow) return finish('interrupted');
        if (batch.length > 1) halves.unshift(...splitInTwo(batch));
        else setAside.push(first.clientId);
        break;
      case 'unanswered':
        return finish('interrupted', outcome.retryAfterMs);
      case 'unauthorized':
        return finish('unauthorized');
    }
  }
}

function splitInTwo(batch: QueuedCheckIn[]): [QueuedCheckIn[], QueuedCheckIn[]] {
  const middle = Math.ceil(batch.length / 2);
  return [batch.slice(0, middle), batch.slice(middle)];
}

const firstRetryMs = 5_000;
const maxRetryMs = 5 * 60_000;

/**
 * How long to wait before the next drain after `interruptionsInARow` interrupted ones: doubling
 * from 5 s to 5 min, spread ±20 % so that kiosks back at the same moment do not retry together;
 * never sooner than the API asked (`Retry-After`).
 */
export function computeRetryDelayMs(
  interruptionsInARow: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  const backoff = Math.min(maxRetryMs, firstRetryMs * 2 ** Math.max(0, interruptionsInARow - 1));
  const spread = backoff * (0.8 + 0.4 * random());
  return Math.round(Math.max(spread, retryAfterMs ?? 0));
}
