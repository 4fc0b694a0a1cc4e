import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { sendOfflineBatch } from '../offline.api';
import { computeRetryDelayMs, drainOfflineQueue } from '../offline-drain';
import type { QueuedCheckIn, ReplaySummary } from '../offline-queue';
import {
  deleteQueuedCheckIns,
  readQueuedCheckIns,
  saveQueuedCheckIn,
} from '../offline-queue-store';

export type OfflineQueue = {
  items: QueuedCheckIn[];
  isSending: boolean;
  /** What the last replay did, shown for a few seconds. */
  lastReplay: ReplaySummary | null;
  queueCheckIn: (item: QueuedCheckIn) => Promise<void>;
};

type OfflineQueueOptions = {
  /** Changes on each answered heartbeat: the moment to send what waits. */
  heartbeatReceivedAt: number | undefined;
  isOffline: boolean;
  onUnauthorized: () => void;
};

const replaySummaryMs = 15_000;

/** Between drains: how many were interrupted in a row, and when the next may start. */
type RetryState = { interruptionsInARow: number; notBefore: number; setAside: Set<string> };

/**
 * Check-ins verified offline, kept in IndexedDB and sent once the API answers again: batch after
 * batch until the queue is empty; an interrupted drain is tried again later, waiting longer each
 * time (or as long as the API asked).
 */
export function useOfflineQueue(
  credential: string,
  { heartbeatReceivedAt, isOffline, onUnauthorized }: OfflineQueueOptions,
): OfflineQueue {
  const [items, setItems] = useState<QueuedCheckIn[]>([]);
  const [isLoaded, setIsLoaded] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const [lastReplay, setLastReplay] = useState<ReplaySummary | null>(null);
  // Bumped when a retry is due, so that a drain starts without waiting for the next heartbeat.
  const [retryDueAt, setRetryDueAt] = useState(0);
  const isDrainingRef = useRef(false);
  const retryRef = useRef<RetryState>({
    interruptionsInARow: 0,
    notBefore: 0,
    setAside: new Set(),
  });
  const retryTimerRef = useRef<number | undefined>(undefined);

  useEffect(() => {
    let isCancelled = false;
    void readQueuedCheckIns()
      .catch(() => [])
      .then((stored) => {
        if (isCancelled) return;
        const storedIds = new Set(stored.map((item) => item.clientId));
        setItems((current) => [
          ...stored,
          ...current.filter((item) => !storedIds.has(item.clientId)),
        ]);
        setIsLoaded(true);
      });
    return () => {
      isCancelled = true;
      window.clearTimeout(retryTimerRef.current);
    };
  }, []);

  const removeSettled = async (clientIds: string[]) => {
    const settled = new Set(clientIds);
    setItems((current) => current.filter((item) => !settled.has(item.clientId)));
    await deleteQueuedCheckIns(clientIds).catch(() => undefined);
  };

  const sendQueue = useEffectEvent(async () => {
    const retry = retryRef.current;
    if (isOffline || items.length === 0 || isDrainingRef.current) return;
    if (Date.now() < retry.notBefore) return;
    isDrainingRef.current = true;
    setIsSending(true);
    try {
      const result = await drainOfflineQueue({
        items,
        setAsideClientIds: retry.setAside,
        sendBatch: (batch) => sendOfflineBatch(credential, batch),
        removeSettled,
      });
      if (result.summary.sentCount > 0) setLastReplay(result.summary);
      if (result.state === 'unauthorized') {
        onUnauthorized();
        return;
      }
      retry.setAside = new Set(result.setAsideClientIds);
      if (result.state === 'drained' && result.setAsideClientIds.length === 0) {
        retry.interruptionsInARow = 0;
        retry.notBefore = 0;
        return;
      }
      retry.interruptionsInARow += 1;
      const delayMs = computeRetryDelayMs(retry.interruptionsInARow, result.retryAfterMs);
      retry.notBefore = Date.now() + delayMs;
      window.clearTimeout(retryTimerRef.current);
      retryTimerRef.current = window.setTimeout(() => setRetryDueAt(Date.now()), delayMs);
    } finally {
      isDrainingRef.current = false;
      setIsSending(false);
    }
  });

  useEffect(() => {
    if (isLoaded) void sendQueue();
  }, [heartbeatReceivedAt, isLoaded, retryDueAt]);

  useEffect(() => {
    if (lastReplay === null) return;
    const timer = window.setTimeout(() => setLastReplay(null), replaySummaryMs);
    return () => window.clearTimeout(timer);
  }, [lastReplay]);

  const queueCheckIn = async (item: QueuedCheckIn) => {
    setItems((current) => [...current, item]);
    // Without IndexedDB (private mode) the item still waits in memory until a reload.
    await saveQueuedCheckIn(item).catch(() => undefined);
  };

  return { items, isSending, lastReplay, queueCheckIn };
}
