import { createBrowserConnectionGate, type LiveEvent } from '@admz/shared';
import { useEffect, useEffectEvent } from 'react';
import { followLiveStream } from '../live-stream';

type LiveEventHandlers = {
  onEvent: (event: LiveEvent) => void;
  onUnauthorized: () => void;
};

/** Follows the kiosk's live stream while `isPaused` is false (offline: the heartbeat says when to come back). */
export function useLiveEvents(
  credential: string,
  isPaused: boolean,
  { onEvent, onUnauthorized }: LiveEventHandlers,
): void {
  const handleEvent = useEffectEvent(onEvent);
  const handleUnauthorized = useEffectEvent(onUnauthorized);

  useEffect(() => {
    if (isPaused) return;
    const controller = new AbortController();
    void followLiveStream(
      credential,
      controller.signal,
      {
        onEvent: (event) => handleEvent(event),
        onUnauthorized: () => handleUnauthorized(),
      },
      createBrowserConnectionGate({ window, navigator }),
    );
    return () => controller.abort();
  }, [credential, isPaused]);
}
