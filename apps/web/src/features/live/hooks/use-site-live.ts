import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { openSiteLiveStream } from '../live.api';
import {
  applyLiveEvent,
  createLiveState,
  getReconnectDelayMs,
  liveEventTypes,
  parseLiveMessage,
  type LiveState,
} from '../live-events';
import { queryKeys } from '../../../lib/query-keys';

/**
 * The site's live stream: occupancy now, the latest arrivals and departures, the connection state.
 * Pushed data with no endpoint to refetch lives here; the presence list stays in TanStack Query
 * and is invalidated on each attendance event.
 */
export function useSiteLive(siteId: string): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState(() => createLiveState(siteId));

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: number | undefined;
    let attempt = 0;
    let hasOpened = false;
    // A state left from the previous site is dropped, never mixed with this one.
    const update = (change: (current: LiveState) => LiveState) =>
      setState((current) => change(current.siteId === siteId ? current : createLiveState(siteId)));
    const refreshPresence = () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.presence.site(siteId) });

    const onMessage = (message: MessageEvent<string>) => {
      const event = parseLiveMessage(message.type, message.data);
      if (!event) return;
      update((current) => applyLiveEvent(current, event));
      if (event.type === 'attendance') refreshPresence();
    };

    function connect() {
      const stream = openSiteLiveStream(siteId);
      source = stream;
      stream.onopen = () => {
        attempt = 0;
        update((current) => ({ ...current, connection: 'live' }));
        // Events sent while the stream was down are lost: read the list again.
        if (hasOpened) refreshPresence();
        hasOpened = true;
      };
      stream.onmessage = onMessage;
      for (const type of liveEventTypes) stream.addEventListener(type, onMessage);
      stream.onerror = () => {
        update((current) => ({ ...current, connection: 'reconnecting' }));
        // The browser retries a dropped connection itself, but not a refused one (HTTP error).
        if (stream.readyState === EventSource.CLOSED) {
          stream.close();
          retryTimer = window.setTimeout(connect, getReconnectDelayMs(attempt));
          attempt += 1;
        }
      };
    }

    connect();
    return () => {
      window.clearTimeout(retryTimer);
      source?.close();
    };
  }, [siteId, queryClient]);

  return state.siteId === siteId ? state : createLiveState(siteId);
}
