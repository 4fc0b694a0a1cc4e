import { performance } from 'node:perf_hooks';

/**
 * Where the API reads the time. Injected (this abstract class is the Nest token) into every
 * service, job, guard and token check, so that tests and browser scenarios choose the instant.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The real time: production and `npm start`. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock that starts at a chosen instant and then flows at the real pace (a test's requests,
 * a browser's QR rotation and live updates see time pass as they would), moved by `set` and
 * `advance` instead of waiting. Time flows rather than stands still: the web app refreshes a QR
 * code when its refresh instant has passed, which a frozen server clock would never reach.
 */
export class MovableClock extends Clock {
  private startMs: number;
  private startedAt = performance.now();

  constructor(start: Date) {
    super();
    this.startMs = start.getTime();
  }

  now(): Date {
    return new Date(this.startMs + (performance.now() - this.startedAt));
  }

  /** Jumps to `instant`; time flows on from there. */
  set(instant: Date): void {
    this.startMs = instant.getTime();
    this.startedAt = performance.now();
  }

  /** Moves time forward (or back, negative) by `ms` milliseconds. */
  advance(ms: number): void {
    this.startMs += ms;
  }
}
