import { useMutation } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { isUnauthorized } from '../../../api-client';
import { postOfflineCheckIns } from '../offline.api';
import {
  buildReplayRequest,
  selectReplayBatch,
  settleReplay,
  type QueuedCheckIn,
  type ReplaySummary,
} from '../offline-queue';
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

/** Check-ins verified offline, kept in IndexedDB and sent once the API answers again. */
export function useOfflineQueue(
  credential: string,
  { heartbeatReceivedAt, isOffline, onUnauthorized }: OfflineQueueOptions,
): OfflineQueue {
  const [items, setItems] = useState<QueuedCheckIn[]>([]);
  const [isLoaded, setIsLoaded] = useState(false);
  const [lastReplay, setLastReplay] = useState<ReplaySummary | null>(null);
  const isSendingRef = useRef(false);

  const replay = useMutation({
    mutationFn: async (batch: QueuedCheckIn[]) => {
      const { results } = await postOfflineCheckIns(credential, buildReplayRequest(batch));
      const settlement = settleReplay(batch, results);
      await deleteQueuedCheckIns(settlement.settledClientIds).catch(() => undefined);
      return settlement;
    },
    retry: false,
  });

  useEffect(() => {
    let isCancelled = false;
    readQueuedCheckIns()
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
    };
  }, []);

  const sendQueue = useEffectEvent(() => {
    if (isOffline || items.length === 0 || isSendingRef.current) return;
    isSendingRef.current = true;
    replay.mutate(selectReplayBatch(items), {
      onSuccess: ({ settledClientIds, summary }) => {
        const settled = new Set(settledClientIds);
        setItems((current) => current.filter((item) => !settled.has(item.clientId)));
        if (summary.sentCount > 0) setLastReplay(summary);
      },
      onError: (error) => {
        if (isUnauthorized(error)) onUnauthorized();
      },
      onSettled: () => {
        isSendingRef.current = false;
      },
    });
  });

  useEffect(() => {
    if (isLoaded) sendQueue();
  }, [heartbeatReceivedAt, isLoaded]);

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

  return { items, isSending: replay.isPending, lastReplay, queueCheckIn };
}
