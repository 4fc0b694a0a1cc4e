import {
  ApiError,
  maxOfflineCheckIns,
  noAnswerStatus,
  type OfflineCheckInsResult,
} from '@admz/shared';
import { describe, expect, it } from 'vitest';
import {
  classifyBatchError,
  computeRetryDelayMs,
  drainOfflineQueue,
  type BatchOutcome,
} from './offline-drain';
import { buildReplayRequest, type QueuedCheckIn } from './offline-queue';

// A rotating code as the API signs it (typ, site, window, name, desk, zone, iat, exp): real size.
const realToken =
  'eyJhbGciOiJFZERTQSIsImtpZCI6ImFkbXotMSJ9.eyJ0eXAiOiJhZG16LXJvdGF0aW5nIiwic2lkIjoiMjgxODY3OTItOWY0Mi00NmRlLThiZWQtZWZkY2U2ZjI4YTVmIiwid2luIjpbMTc5NjE2NTEwMCwxNzk2MjUyMzQwXSwiZ24iOiJDYW1pbGxlIiwiZGwiOiJDLTEwIiwiZHoiOiJFc3BhY2UgY2FsbWUiLCJzdWIiOiJkZWZiNTRhOC1iNDc1LTQzYTUtYmMzOC1jMmU4YTgwNzQzYTUiLCJpYXQiOjE3OTYxOTU5OTYsImV4cCI6MTc5NjE5NjA0MX0.MMuMWhhLn21iReNpbCGRNwHzs0nYHKjguL45NH_IQjOYhyA4j3eiAYEnubEj2Ggx_-QfQ1ScCjP99_X6T8YHDQ';

/** The client id of the `index`-th scan of `queueOf`, shaped like the kiosk's UUIDs. */
function clientIdOf(index: number, prefix = 'c'): string {
  return `${prefix}${String(index).padStart(5, '0')}-8a43-4d4e-9a3f-2d0c6c1f8b11`;
}

/** `count` scans queued one every 2 s. */
function queueOf(count: number, prefix = 'c'): QueuedCheckIn[] {
  return Array.from({ length: count }, (_, index) => ({
    clientId: clientIdOf(index, prefix),
    token: realToken,
    scannedAt: new Date(Date.UTC(2026, 10, 3, 7, 0, 0) + index * 2_000).toISOString(),
    bookingId: `b-${prefix}${index}`,
    givenName: `Personne ${index}`,
    deskLabel: 'A-01',
  }));
}

type FakeApi = {
  sendBatch: (batch: QueuedCheckIn[]) => Promise<BatchOutcome>;
  /** Every batch the kiosk sent, as client ids. */
  sent: string[][];
};

/** The API as the kiosk meets it: applies what it is sent, or answers `failWith` instead. */
function fakeApi(
  failWith: (batch: QueuedCheckIn[], requestIndex: number) => Error | null = () => null,
): FakeApi {
  const sent: string[][] = [];
  const sendBatch = async (batch: QueuedCheckIn[]): Promise<BatchOutcome> => {
    sent.push(batch.map((item) => item.clientId));
    const error = failWith(batch, sent.length - 1);
    if (error) return classifyBatchError(error);
    const results: OfflineCheckInsResult['results'] = batch.map((item) => ({
      clientId: item.clientId,
      outcome: 'applied',
      bookingId: null,
      message: null,
    }));
    return { kind: 'answered', results };
  };
  return { sendBatch, sent };
}

/** The tablet's stored queue (IndexedDB in the browser): what is still waiting. */
function storedQueue(items: QueuedCheckIn[]) {
  const waiting = new Map(items.map((item) => [item.clientId, item]));
  return {
    waiting,
    removeSettled: async (clientIds: string[]) => {
      for (const clientId of clientIds) waiting.delete(clientId);
    },
  };
}

const bytesOf = (batch: QueuedCheckIn[]) =>
  new TextEncoder().encode(JSON.stringify(buildReplayRequest(batch))).length;

describe('drainOfflineQueue', () => {
  it('sends 1,000 queued scans in batches the API accepts, oldest first, each once, until the queue is empty', async () => {
    const queue = queueOf(1000);
    const api = fakeApi();
    const store = storedQueue(queue);
    const result = await drainOfflineQueue({
      items: [...queue].reverse(),
      sendBatch: api.sendBatch,
      removeSettled: store.removeSettled,
    });
    expect(result).toMatchObject({ state: 'drained', setAsideClientIds: [] });
    expect(result.summary).toEqual({ sentCount: 1000, refused: [] });
    expect(api.sent.map((batch) => batch.length)).toEqual(Array(5).fill(maxOfflineCheckIns));
    expect(api.sent.flat()).toEqual(queue.map((item) => item.clientId));
    expect(store.waiting.size).toBe(0);
    // A real-size batch is about a tenth of the API's 1 MB body limit.
    expect(bytesOf(queue.slice(0, maxOfflineCheckIns))).toBeLessThan((1024 * 1024) / 5);
  });

  it('splits a refused batch until the item at fault is alone, settles it with the API’s reason, and goes on', async () => {
    const queue = queueOf(450);
    const faulty = clientIdOf(123);
    const api = fakeApi((batch) =>
      batch.some((item) => item.clientId === faulty)
        ? new ApiError(400, 'Requête invalide : vérifiez checkIns.0.token. QR code illisible.')
        : null,
    );
    const store = storedQueue(queue);
    const result = await drainOfflineQueue({
      items: queue,
      sendBatch: api.sendBatch,
      removeSettled: store.removeSettled,
    });
    expect(result.state).toBe('drained');
    expect(result.summary.sentCount).toBe(450);
    expect(result.summary.refused).toEqual([
      {
        clientId: faulty,
        givenName: 'Personne 123',
        message: 'Requête invalide : vérifiez checkIns.0.token. QR code illisible.',
      },
    ]);
    expect(store.waiting.size).toBe(0);
    // Isolating one item among 200 takes a handful of requests, not one per item.
    expect(api.sent.length).toBeLessThan(25);
    const accepted = api.sent.filter((batch) => !batch.includes(faulty)).flat();
    expect(new Set(accepted).size).toBe(accepted.length);
  });

  it('splits batches too large for a proxy on the way (413) until they pass; nothing is lost', async () => {
    const queue = queueOf(600);
    const api = fakeApi((batch) =>
      bytesOf(batch) > 30_000 ? new ApiError(413, 'La requête est trop volumineuse.') : null,
    );
    const store = storedQueue(queue);
    const result = await drainOfflineQueue({
      items: queue,
      sendBatch: api.sendBatch,
      removeSettled: store.removeSettled,
    });
    expect(result.state).toBe('drained');
    expect(result.summary).toEqual({ sentCount: 600, refused: [] });
    expect(store.waiting.size).toBe(0);
  });

  it('stops when the network drops: what was answered leaves the queue, the rest is sent by the next drain', async () => {
    const queue = queueOf(1000);
    const store = storedQueue(queue);
    const lossy = fakeApi((_, requestIndex) =>
      requestIndex === 2
        ? new ApiError(noAnswerStatus, 'Connexion au serveur impossible, réessayez.')
        : null,
    );
    const interrupted = await drainOfflineQueue({
      items: queue,
      sendBatch: lossy.sendBatch,
      removeSettled: store.removeSettled,
    });
    expect(interrupted).toMatchObject({ state: 'interrupted', retryAfterMs: null });
    expect(interrupted.summary.sentCount).toBe(400);
    expect(lossy.sent).toHaveLength(3);
    expect([...store.waiting.keys()]).toEqual(queue.slice(400).map((item) => item.clientId));

    const back = fakeApi();
    const resumed = await drainOfflineQueue({
      items: [...store.waiting.values()],
      sendBatch: back.sendBatch,
      removeSettled: store.removeSettled,
    });
    expect(resumed.state).toBe('drained');
    expect(back.sent.flat()).toEqual(queue.slice(400).map((item) => item.clientId));
    expect(store.waiting.size).toBe(0);
  });

  it('sets aside an item the API fails on (500), drains the others, and sends it last next time', async () => {
    const queue = queueOf(300);
    const poisoned = clientIdOf(7);
    const store = storedQueue(queue);
    const api = fakeApi((batch) =>
      batch.some((item) => item.clientId === poisoned)
        ? new ApiError(500, 'Une erreur interne est survenue.')
        : null,
    );
    const first = await drainOfflineQueue({
      items: queue,
      sendBatch: api.sendBatch,
      removeSettled: store.removeSettled,
    });
    expect(first).toMatchObject({ state: 'drained', setAsideClientIds: [poisoned] });
    expect(first.summary.sentCount).toBe(299);
    expect([...store.waiting.keys()]).toEqual([poisoned]);

    // Scans queued since go first; the set-aside item is tried again after them.
    const later = queueOf(3, 'n');
    for (const item of later) store.waiting.set(item.clientId, item);
    const healed = fakeApi();
    const second = await drainOfflineQueue({
      items: [...store.waiting.values()],
      setAsideClientIds: new Set(first.setAsideClientIds),
      sendBatch: healed.sendBatch,
      removeSettled: store.removeSettled,
    });
    expect(second.state).toBe('drained');
    expect(healed.sent.flat()).toEqual([...later.map((item) => item.clientId), poisoned]);
    expect(store.waiting.size).toBe(0);
  });

  it('stops after a few requests when the server fails on everything, keeping every item', async () => {
    const queue = queueOf(1000);
    const store = storedQueue(queue);
    const api = fakeApi(() => new ApiError(500, 'Une erreur interne est survenue.'));
    const result = await drainOfflineQueue({
      items: queue,
      sendBatch: api.sendBatch,
      removeSettled: store.removeSettled,
    });
    expect(result.state).toBe('interrupted');
    expect(api.sent.length).toBeLessThanOrEqual(10);
    expect(store.waiting.size).toBe(1000);
  });

  it('stops with the wait the API asked for (429), and at once for a revoked kiosk (401)', async () => {
    const queue = queueOf(10);
    const store = storedQueue(queue);
    const busy = fakeApi(() => new ApiError(429, 'Trop de requêtes.', { retryAfterMs: 30_000 }));
    await expect(
      drainOfflineQueue({
        items: queue,
        sendBatch: busy.sendBatch,
        removeSettled: store.removeSettled,
      }),
    ).resolves.toMatchObject({ state: 'interrupted', retryAfterMs: 30_000 });
    const revoked = fakeApi(
      () => new ApiError(401, 'Borne désactivée par un gestionnaire du site.'),
    );
    await expect(
      drainOfflineQueue({
        items: queue,
        sendBatch: revoked.sendBatch,
        removeSettled: store.removeSettled,
      }),
    ).resolves.toMatchObject({ state: 'unauthorized' });
    expect(revoked.sent).toHaveLength(1);
    expect(store.waiting.size).toBe(10);
  });
});

describe('classifyBatchError', () => {
  it('tells no answer from a refusal, a size problem and a failure', () => {
    expect(
      classifyBatchError(
        new ApiError(noAnswerStatus, 'Connexion au serveur impossible, réessayez.'),
      ),
    ).toEqual({
      kind: 'unanswered',
      retryAfterMs: null,
    });
    for (const status of [408, 502, 503, 504]) {
      expect(classifyBatchError(new ApiError(status, 'x')).kind).toBe('unanswered');
    }
    expect(classifyBatchError(new ApiError(429, 'x', { retryAfterMs: 12_000 }))).toEqual({
      kind: 'unanswered',
      retryAfterMs: 12_000,
    });
    expect(classifyBatchError(new ApiError(401, 'x'))).toEqual({ kind: 'unauthorized' });
    expect(classifyBatchError(new ApiError(413, 'x'))).toEqual({ kind: 'too-large' });
    expect(classifyBatchError(new ApiError(400, 'Aucun enregistrement.'))).toEqual({
      kind: 'refused',
      message: 'Aucun enregistrement.',
    });
    for (const status of [403, 404, 500]) {
      expect(classifyBatchError(new ApiError(status, 'x')).kind).toBe('failed');
    }
    expect(classifyBatchError(new TypeError('boom')).kind).toBe('failed');
  });
});

describe('computeRetryDelayMs', () => {
  const middle = () => 0.5;

  it('doubles from 5 seconds up to 5 minutes', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((count) => computeRetryDelayMs(count, null, middle))).toEqual(
      [5_000, 10_000, 20_000, 40_000, 300_000, 300_000, 300_000],
    );
  });

  it('spreads retries ±20 % and never comes back sooner than the API asked', () => {
    expect(computeRetryDelayMs(1, null, () => 0)).toBe(4_000);
    expect(computeRetryDelayMs(1, null, () => 1)).toBe(6_000);
    expect(computeRetryDelayMs(1, 60_000, middle)).toBe(60_000);
  });
});
