import { afterEach, describe, expect, it, vi } from 'vitest';
import { followLiveStream, readLiveStream } from './live-stream';

const siteId = '3b241101-e2bb-4255-8caf-4136c566a962';
const occupancyEvent = `event: occupancy\ndata: {"type":"occupancy","siteId":"${siteId}","occupancy":{"present":4,"booked":9,"capacity":20}}\n\n`;
const messageEvent = `event: kiosk-message\ndata: {"type":"kiosk-message","siteId":"${siteId}","message":"Déjeuner à 12:30"}\n\n`;

function streamOf(chunks: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('readLiveStream', () => {
  it('sends the credential and hands over each valid event, skipping malformed ones', async () => {
    const fetchMock = vi.fn(async () =>
      streamOf([
        occupancyEvent.slice(0, 30),
        occupancyEvent.slice(30),
        'event: occupancy\ndata: {oops\n\n',
        messageEvent,
      ]),
    );
    vi.stubGlobal('fetch', fetchMock);
    const events: unknown[] = [];
    await readLiveStream('secret', new AbortController().signal, {
      onOpen: () => undefined,
      onEvent: (event) => events.push(event),
    });
    expect(events).toEqual([
      { type: 'occupancy', siteId, occupancy: { present: 4, booked: 9, capacity: 20 } },
      { type: 'kiosk-message', siteId, message: 'Déjeuner à 12:30' },
    ]);
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/kiosk/live',
      expect.objectContaining({
        headers: { Accept: 'text/event-stream', Authorization: 'Bearer secret' },
      }),
    );
  });
});

describe('followLiveStream', () => {
  it('reconnects after the stream ends and stops for good when the credential is refused', async () => {
    vi.useFakeTimers();
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(streamOf([occupancyEvent]))
      .mockResolvedValueOnce(
        new Response(
          JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'Borne inconnue.' }),
          {
            status: 401,
          },
        ),
      );
    vi.stubGlobal('fetch', fetchMock);
    const onEvent = vi.fn();
    const onUnauthorized = vi.fn();
    const following = followLiveStream('secret', new AbortController().signal, {
      onEvent,
      onUnauthorized,
    });
    await vi.advanceTimersByTimeAsync(1_000);
    await following;
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('stops when the kiosk no longer needs it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamOf([])),
    );
    const controller = new AbortController();
    const following = followLiveStream('secret', controller.signal, {
      onEvent: () => undefined,
      onUnauthorized: () => undefined,
    });
    controller.abort();
    await expect(following).resolves.toBeUndefined();
  });
});
