import { poolNames } from '../database/pool-names';

/**
 * Connections serving requests that are running a statement, or ran one in the last 100 ms, on
 * this database: what PostgreSQL's activity view says of the connections named `admz-api` (the
 * pools of `api` and `all` processes; a worker's pool is named `admz-worker`, pg-boss's
 * `admz-jobs`). The last 100 ms count too: under load a connection is idle between statements
 * as often as not, and one look at them would see a burst of requests as quiet half the time.
 */
export const activeRequestStatementsSql = `
  SELECT count(*)::int AS active FROM pg_stat_activity
  WHERE datname = current_database() AND application_name = '${poolNames.requests}'
    AND (state = 'active' OR state_change > clock_timestamp() - interval '100 milliseconds')`;

export type RequestsFirstOptions = {
  /** Counts the statements running for requests now (activeRequestStatementsSql). */
  countActive: () => Promise<number>;
  /** The longest a job may have waited in its queue and still be held back for requests. */
  maxHoldMs: number;
  checkEveryMs?: number;
  /** Consecutive checks without a request statement that make the database quiet. */
  quietChecks?: number;
};

type Waiter = { until: number; release: () => void };

/** How long a quiet verdict lets one check confirm it. */
const stillQuietMs = 1_000;

/**
 * Requests first: a worker that has just finished a full batch of a queue that yields (the
 * mails) waits, before it fetches the next, while requests are being served — so a burst of
 * bookings is not slowed by composing and sending their confirmations (each costs the database
 * a read and a completion, and the machine the mail's drawing and its SMTP exchange). The
 * database is quiet once `quietChecks` checks in a row, `checkEveryMs` apart, saw no request
 * connection busy; one loop of checks serves every waiting poller of the process. Used by
 * `worker` processes: an `all` process's own mails run on its request connections.
 *
 * Holding never makes a job wait much more than `maxHoldMs`: a batch whose jobs had already
 * waited `waitedMs` (from their creation to their fetch, on the database's clock) is held
 * `maxHoldMs - waitedMs` at most — under a lasting load the queue then drains at full speed,
 * only later. `stop()` releases every poller at once.
 *
 * A database found quiet less than a second ago, and seen busy by no check since, needs one
 * quiet check to let a poller go instead of `quietChecks`: a queue draining after a burst then
 * pays a round trip per batch, not `quietChecks` × `checkEveryMs` (a third of its speed).
 */
export class RequestsFirst {
  private readonly waiters = new Set<Waiter>();
  private isChecking = false;
  private isStopped = false;
  /** When the checks last found the database quiet; null once a check has seen a request. */
  private quietAt: number | null = null;

  constructor(private readonly options: RequestsFirstOptions) {}

  /**
   * Resolves once the database is quiet, the job has waited enough, the process stops, or
   * `latestAt` (a `performance.now()` instant) has come: the caller's own deadline.
   */
  waitForQuiet(waitedMs: number, latestAt = Number.POSITIVE_INFINITY): Promise<void> {
    const until = Math.min(performance.now() + this.options.maxHoldMs - waitedMs, latestAt);
    if (until <= performance.now() || this.isStopped) return Promise.resolve();
    return new Promise((release) => {
      this.waiters.add({ until, release });
      void this.check();
    });
  }

  stop(): void {
    this.isStopped = true;
    this.releaseAll();
  }

  private async check(): Promise<void> {
    if (this.isChecking) return;
    this.isChecking = true;
    const { countActive, checkEveryMs = 20, quietChecks = 3 } = this.options;
    const isStillQuiet = this.quietAt !== null && performance.now() - this.quietAt < stillQuietMs;
    let quiet = isStillQuiet ? quietChecks - 1 : 0;
    try {
      while (this.waiters.size > 0) {
        let active = 0;
        try {
          active = await countActive();
        } catch {
          // Not knowing is no reason to hold mail: the next fetch will say if the database is gone.
          this.releaseAll();
          return;
        }
        quiet = active === 0 ? quiet + 1 : 0;
        if (active > 0) this.quietAt = null;
        if (quiet >= quietChecks) {
          this.quietAt = performance.now();
          this.releaseAll();
          return;
        }
        const now = performance.now();
        for (const waiter of this.waiters) {
          if (now >= waiter.until) {
            this.waiters.delete(waiter);
            waiter.release();
          }
        }
        if (this.waiters.size > 0)
          await new Promise((resolve) => setTimeout(resolve, checkEveryMs));
      }
    } finally {
      this.isChecking = false;
    }
  }

  private releaseAll(): void {
    for (const waiter of this.waiters) waiter.release();
    this.waiters.clear();
  }
}
