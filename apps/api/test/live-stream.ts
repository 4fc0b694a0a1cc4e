import { liveEventSchema, type LiveEvent } from '@admz/shared';
import type { TestApp } from './test-app';

export type LiveStream = {
  /** The headers the stream was opened with. */
  headers: Headers;
  /** The next event (matching `accept`), or a rejection after `timeoutMs`. */
  next: (accept?: (event: LiveEvent) => boolean, timeoutMs?: number) => Promise<LiveEvent>;
  close: () => void;
};

/** Reads a Server-Sent Events stream of the API over a real HTTP connection. */
export async function openLiveStream(
  testApp: Pick<TestApp, 'baseUrl'>,
  path: string,
  auth: { cookie?: string; bearer?: string },
): Promise<LiveStream> {
  const controller = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
  const response = await fetch(`${testApp.baseUrl}${path}`, { headers, signal: controller.signal });
  if (response.status !== 200 || !response.body) {
    throw new Error(`stream ${path}: ${response.status} ${await response.text()}`);
  }
  const events: LiveEvent[] = [];
  const waiters: (() => void)[] = [];
  let isEnded = false;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice(6))
            .join('\n');
          if (data) events.push(liveEventSchema.parse(JSON.parse(data)));
          waiters.splice(0).forEach((wake) => wake());
        }
      }
    } catch {
      // aborted by close()
    } finally {
      isEnded = true;
      waiters.splice(0).forEach((wake) => wake());
    }
  })();

  return {
    headers: response.headers,
    async next(accept = () => true, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = events.findIndex(accept);
        const [event] = index === -1 ? [] : events.splice(index, 1);
        if (event) return event;
        if (isEnded) throw new Error(`stream ${path} ended without the expected event`);
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`no expected event on ${path} in ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, remaining);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    close: () => controller.abort(),
  };
}
