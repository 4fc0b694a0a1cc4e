// One reconnection policy for the live streams of the web app and the kiosk: back off with jitter
// after each drop, start over once a connection opens, and do not try while the device is offline
// (or the page hidden, for the web app) — try again the moment that changes.

export type BackoffOptions = {
  /** The ceiling of the first wait; each drop in a row doubles it. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
};

/** 1 s, 2 s, 4 s… up to 30 s, each drawn in its upper half so that clients do not reconnect in step. */
export function reconnectDelayMs(attempt: number, options: BackoffOptions = {}): number {
  const { firstDelayMs = 1_000, maxDelayMs = 30_000, random = Math.random } = options;
  const ceiling = Math.min(maxDelayMs, firstDelayMs * 2 ** Math.max(attempt, 0));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Whether connecting is worth trying now, and a way to hear when that may have changed. */
export type ConnectionGate = {
  isOpen(): boolean;
  /** Calls `onChange` when the answer may have changed; returns how to stop listening. */
  subscribe(onChange: () => void): () => void;
};

/** Always open: for callers that decide elsewhere when to stop. */
export const alwaysOpenGate: ConnectionGate = { isOpen: () => true, subscribe: () => () => {} };

type ListenerTarget = {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
};

/**
 * Open while the browser is online and, when `document` is given, while the page is visible.
 * The browser objects are passed in (`{ window, navigator, document }`), so this stays testable.
 */
export function createBrowserConnectionGate(browser: {
  window: ListenerTarget;
  navigator: { onLine: boolean };
  document?: ListenerTarget & { visibilityState: string };
}): ConnectionGate {
  const { window, navigator, document } = browser;
  return {
    isOpen: () =>
      navigator.onLine && (document === undefined || document.visibilityState !== 'hidden'),
    subscribe(onChange) {
      window.addEventListener('online', onChange);
      window.addEventListener('offline', onChange);
      document?.addEventListener('visibilitychange', onChange);
      return () => {
        window.removeEventListener('online', onChange);
        window.removeEventListener('offline', onChange);
        document?.removeEventListener('visibilitychange', onChange);
      };
    },
  };
}

export type KeepConnectedOptions = {
  /**
   * One connection: settles when it ends (resolved: closed; rejected: failed). Call `onOpen` once
   * it is established, which starts the backoff over. End it when `signal` aborts.
   */
  connect: (signal: AbortSignal, onOpen: () => void) => Promise<void>;
  /** Ends everything. */
  signal: AbortSignal;
  gate?: ConnectionGate;
  /** A failure after which trying again is pointless (a revoked credential): stops, and is told. */
  isFinal?: (error: unknown) => boolean;
  onFinal?: (error: unknown) => void;
  backoff?: BackoffOptions;
};

/** Connects, and reconnects after each drop under the one policy, until `signal` aborts. */
export async function keepConnected({
  connect,
  signal,
  gate = alwaysOpenGate,
  isFinal = () => false,
  onFinal,
  backoff,
}: KeepConnectedOptions): Promise<void> {
  let attempt = 0;
  while (!signal.aborted) {
    if (!gate.isOpen()) {
      await waitUntilOpen(gate, signal);
      continue;
    }
    try {
      await connect(signal, () => {
        attempt = 0;
      });
    } catch (error) {
      if (signal.aborted) return;
      if (isFinal(error)) {
        onFinal?.(error);
        return;
      }
    }
    if (signal.aborted) return;
    await waitForRetry(reconnectDelayMs(attempt, backoff), gate, signal);
    attempt += 1;
  }
}

/** Until the gate opens or `signal` aborts. */
function waitUntilOpen(gate: ConnectionGate, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = gate.subscribe(check);
    signal.addEventListener('abort', done, { once: true });
    check();
    function check() {
      if (gate.isOpen()) done();
    }
    function done() {
      unsubscribe();
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** The backoff's wait, cut short when the gate reopens (the network is back: try at once). */
function waitForRetry(delayMs: number, gate: ConnectionGate, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let hasBeenClosed = !gate.isOpen();
    const timer = setTimeout(done, delayMs);
    const unsubscribe = gate.subscribe(() => {
      if (!gate.isOpen()) hasBeenClosed = true;
      else if (hasBeenClosed) done();
    });
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
