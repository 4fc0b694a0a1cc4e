import { afterEach, describe, expect, test, vi } from 'vitest';
import { createBrowserConnectionGate, keepConnected, reconnectDelayMs } from './reconnection';

afterEach(() => {
  vi.useRealTimers();
});

/** A browser as the gate sees it: real event targets, a network and a visibility we switch. */
function fakeBrowser({ isOnline = true, isVisible = true } = {}) {
  const window = new EventTarget();
  const navigator = { onLine: isOnline };
  const document = Object.assign(new EventTarget(), {
    visibilityState: isVisible ? 'visible' : 'hidden',
  });
  return {
    gate: createBrowserConnectionGate({ window, navigator, document }),
    setOnline(value: boolean) {
      navigator.onLine = value;
      window.dispatchEvent(new Event(value ? 'online' : 'offline'));
    },
    setVisible(value: boolean) {
      document.visibilityState = value ? 'visible' : 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

/** A server whose connections we open, drop or refuse one by one. */
function fakeServer() {
  const connections: { open: () => void; drop: () => void; fail: (error: unknown) => void }[] = [];
  const connect = (signal: AbortSignal, onOpen: () => void) =>
    new Promise<void>((resolve, reject) => {
      connections.push({ open: onOpen, drop: resolve, fail: reject });
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  return { connections, connect };
}

describe('reconnectDelayMs', () => {
  test('doubles from one second and stops at thirty', () => {
    const highest = () => 1;
    expect(
      [0, 1, 2, 3, 4, 5, 10].map((attempt) => reconnectDelayMs(attempt, { random: highest })),
    ).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  test('draws each wait in the upper half of its ceiling', () => {
    expect(reconnectDelayMs(3, { random: () => 0 })).toBe(4_000);
    expect(reconnectDelayMs(3, { random: () => 0.5 })).toBe(6_000);
  });
});

describe('keepConnected', () => {
  test('backs off after drops in a row, and starts over once a connection opens', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(1);
    const server = fakeServer();
    const controller = new AbortController();
    const running = keepConnected({ connect: server.connect, signal: controller.signal });

    await vi.advanceTimersByTimeAsync(0);
    expect(server.connections).toHaveLength(1);
    server.connections[0]?.drop(); // never opened
    await vi.advanceTimersByTimeAsync(999);
    expect(server.connections).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.connections).toHaveLength(2);
    server.connections[1]?.fail(new Error('refused'));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(server.connections).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.connections).toHaveLength(3);

    server.connections[2]?.open();
    server.connections[2]?.drop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.connections).toHaveLength(4);

    controller.abort();
    await expect(running).resolves.toBeUndefined();
    vi.restoreAllMocks();
  });

  test('stops for good on a final failure, and says so', async () => {
    const server = fakeServer();
    const onFinal = vi.fn();
    const running = keepConnected({
      connect: server.connect,
      signal: new AbortController().signal,
      isFinal: (error) => error === 'revoked',
      onFinal,
    });
    await Promise.resolve();
    server.connections[0]?.fail('revoked');
    await running;
    expect(onFinal).toHaveBeenCalledWith('revoked');
    expect(server.connections).toHaveLength(1);
  });

  test('waits while offline or hidden, and connects the moment both are back', async () => {
    vi.useFakeTimers();
    const browser = fakeBrowser({ isOnline: false, isVisible: false });
    const server = fakeServer();
    const controller = new AbortController();
    void keepConnected({ connect: server.connect, signal: controller.signal, gate: browser.gate });

    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.connections).toHaveLength(0);
    browser.setOnline(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.connections).toHaveLength(0);
    browser.setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.connections).toHaveLength(1);
    controller.abort();
  });

  test('a network that comes back cuts the backoff short', async () => {
    vi.useFakeTimers();
    const browser = fakeBrowser();
    const server = fakeServer();
    const controller = new AbortController();
    void keepConnected({ connect: server.connect, signal: controller.signal, gate: browser.gate });
    await vi.advanceTimersByTimeAsync(0);
    for (let drop = 0; drop < 5; drop += 1) {
      server.connections.at(-1)?.drop();
      await vi.advanceTimersByTimeAsync(30_000);
    }
    expect(server.connections).toHaveLength(6);

    browser.setOnline(false);
    server.connections.at(-1)?.drop();
    await vi.advanceTimersByTimeAsync(1_000);
    browser.setOnline(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.connections).toHaveLength(7);
    controller.abort();
  });

  test('ends the connection in progress when stopped', async () => {
    const server = fakeServer();
    const controller = new AbortController();
    const running = keepConnected({ connect: server.connect, signal: controller.signal });
    await Promise.resolve();
    server.connections[0]?.open();
    controller.abort();
    await expect(running).resolves.toBeUndefined();
    expect(server.connections).toHaveLength(1);
  });
});
