import { liveEventSchema, type LiveEvent } from '@admz/shared';
import { fetchAsKiosk, isUnauthorized } from '../../api-client';
import { createSseParser, type SseMessage } from './sse-parser';

export type LiveStreamHandlers = {
  onEvent: (event: LiveEvent) => void;
  /** The credential was refused (revoked kiosk): the stream is not retried. */
  onUnauthorized: () => void;
};

const maxReconnectDelayMs = 30_000;

/** 1 s, 2 s, 4 s… up to 30 s, each drawn in its upper half so that kiosks do not reconnect in step. */
export function liveReconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxReconnectDelayMs, 1_000 * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

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

/** Follows the live stream until `signal` aborts, reconnecting with backoff after each drop. */
export async function followLiveStream(
  credential: string,
  signal: AbortSignal,
  { onEvent, onUnauthorized }: LiveStreamHandlers,
): Promise<void> {
  let attempt = 0;
  while (!signal.aborted) {
    try {
      await readLiveStream(credential, signal, {
        onOpen: () => {
          attempt = 0;
        },
        onEvent,
      });
    } catch (error) {
      if (signal.aborted) return;
      if (isUnauthorized(error)) {
        onUnauthorized();
        return;
      }
    }
    await waitFor(liveReconnectDelayMs(attempt), signal);
    attempt += 1;
  }
}

function waitFor(delayMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, delayMs);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
