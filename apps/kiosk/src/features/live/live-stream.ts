import { keepConnected, liveEventSchema, type ConnectionGate, type LiveEvent } from '@admz/shared';
import { fetchAsKiosk, isUnauthorized } from '../../api-client';
import { createSseParser, type SseMessage } from './sse-parser';

export type LiveStreamHandlers = {
  onEvent: (event: LiveEvent) => void;
  /** The credential was refused (revoked kiosk): the stream is not retried. */
  onUnauthorized: () => void;
};

export function parseLiveEvent(message: SseMessage): LiveEvent | null {
  try {
    const parsed = liveEventSchema.safeParse(JSON.parse(message.data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Reads `GET /api/kiosk/live` once, until the server ends it; fetch, since EventSource cannot send the credential. */
export async function readLiveStream(
  credential: string,
  signal: AbortSignal,
  handlers: { onOpen: () => void; onEvent: (event: LiveEvent) => void },
): Promise<void> {
  const response = await fetchAsKiosk('/api/kiosk/live', credential, {
    accept: 'text/event-stream',
    signal,
  });
  if (response.body === null) return;
  handlers.onOpen();
  const parser = createSseParser();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    for (const message of parser.push(value)) {
      const event = parseLiveEvent(message);
      if (event !== null) handlers.onEvent(event);
    }
  }
}

/**
 * Follows the live stream until `signal` aborts, reconnecting under the shared policy (backoff
 * with jitter, at once when the tablet is back online); a refused credential ends it.
 */
export function followLiveStream(
  credential: string,
  signal: AbortSignal,
  { onEvent, onUnauthorized }: LiveStreamHandlers,
  gate?: ConnectionGate,
): Promise<void> {
  return keepConnected({
    connect: (connectionSignal, onOpen) =>
      readLiveStream(credential, connectionSignal, { onOpen, onEvent }),
    signal,
    ...(gate ? { gate } : {}),
    isFinal: isUnauthorized,
    onFinal: onUnauthorized,
  });
}
