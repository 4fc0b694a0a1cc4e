import { createBrowserConnectionGate, keepConnected } from '@admz/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { openSiteLiveStream } from '../live.api';
import {
  applyLiveEvent,
  createLiveState,
  liveEventTypes,
  parseLiveMessage,
  type LiveState,
} from '../live-events';
import { queryKeys } from '../../../lib/query-keys';

/**
 * The site's live stream: the latest arrivals and departures, the connection state. Pushed data
 * with no endpoint to refetch lives here; today's board stays in TanStack Query and is
 * invalidated on each attendance event.
 */
export function useSiteLive(siteId: string): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState(() => createLiveState(siteId));

  useEffect(() => {
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

    /** One EventSource, until it fails: the shared policy decides when to open the next. */
    const connect = (signal: AbortSignal, onOpen: () => void) =>
      new Promise<void>((resolve) => {
        const stream = openSiteLiveStream(siteId);
        const close = () => {
          stream.close();
          resolve();
        };
        stream.onopen = () => {
          onOpen();
          update((current) => ({ ...current, connection: 'live' }));
          // Events sent while the stream was down are lost: read the list again.
          if (hasOpened) refreshPresence();
          hasOpened = true;
        };
        stream.onmessage = onMessage;
        for (const type of liveEventTypes) stream.addEventListener(type, onMessage);
        stream.onerror = () => {
          update((current) => ({ ...current, connection: 'reconnecting' }));
          close();
        };
        signal.addEventListener('abort', close, { once: true });
      });

    const controller = new AbortController();
    void keepConnected({
      connect,
      signal: controller.signal,
      // A hidden tab or a lost network waits; both back, it reconnects at once.
      gate: createBrowserConnectionGate({ window, navigator, document }),
    });
    return () => controller.abort();
  }, [siteId, queryClient]);

  return state.siteId === siteId ? state : createLiveState(siteId);
}
