import { describe, expect, it } from 'vitest';
import { RequestsFirst } from './requests-first';

/** A database whose request statements are `active` until `quietAt` (ms from now). */
function busyUntil(quietAtMs: number) {
  const started = performance.now();
  let checks = 0;
  return {
    countActive: async () => {
      checks += 1;
      return performance.now() - started < quietAtMs ? 3 : 0;
    },
    checks: () => checks,
  };
}

const elapsedOf = async (run: () => Promise<void>) => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

describe('RequestsFirst', () => {
  it('holds a poller while requests run, and lets it go once the database is quiet', async () => {
    const database = busyUntil(150);
    const requestsFirst = new RequestsFirst({
      countActive: database.countActive,
      maxHoldMs: 10_000,
      checkEveryMs: 5,
      quietChecks: 3,
    });
    const elapsed = await elapsedOf(() => requestsFirst.waitForQuiet(0));
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('once the database is quiet, one quiet check lets the next poller go, until a request is seen', async () => {
    let active = 0;
    let checks = 0;
    const requestsFirst = new RequestsFirst({
      countActive: async () => {
        checks += 1;
        return active;
      },
      maxHoldMs: 10_000,
      checkEveryMs: 5,
      quietChecks: 3,
    });
    await requestsFirst.waitForQuiet(0);
    expect(checks).toBe(3);
    // Still quiet: one look.
    await requestsFirst.waitForQuiet(0);
    await requestsFirst.waitForQuiet(0);
    expect(checks).toBe(5);
    // A request seen: held, then three quiet checks in a row again once it is over.
    active = 2;
    const held = requestsFirst.waitForQuiet(0);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const checksWhileBusy = checks;
    expect(checksWhileBusy).toBeGreaterThan(5);
    active = 0;
    await held;
    expect(checks - checksWhileBusy).toBeGreaterThanOrEqual(3);
    expect(checks - checksWhileBusy).toBeLessThanOrEqual(4);
  });

  it('never holds a job beyond the longest hold, counted from its creation', async () => {
    const database = busyUntil(60_000);
    const requestsFirst = new RequestsFirst({
      countActive: database.countActive,
      maxHoldMs: 300,
      checkEveryMs: 5,
    });
    // Waited 200 ms in the queue already: 100 ms more at most.
    const elapsed = await elapsedOf(() => requestsFirst.waitForQuiet(200));
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect(elapsed).toBeLessThan(5_000);
    // Waited the whole hold already: not held, not even asked.
    const checks = database.checks();
    await requestsFirst.waitForQuiet(300);
    expect(database.checks()).toBe(checks);
  });

  it("ends a hold at the caller's own deadline", async () => {
    const database = busyUntil(60_000);
    const requestsFirst = new RequestsFirst({
      countActive: database.countActive,
      maxHoldMs: 60_000,
      checkEveryMs: 5,
    });
    const elapsed = await elapsedOf(() => requestsFirst.waitForQuiet(0, performance.now() + 100));
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('one loop of checks serves every waiting poller, and stop() lets them all go', async () => {
    const database = busyUntil(60_000);
    const requestsFirst = new RequestsFirst({
      countActive: database.countActive,
      maxHoldMs: 60_000,
      checkEveryMs: 20,
    });
    const released: number[] = [];
    const waiting = [0, 1, 2, 3].map((poller) =>
      requestsFirst.waitForQuiet(0).then(() => released.push(poller)),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(released).toEqual([]);
    // About one check per 20 ms for the four pollers together, not four.
    expect(database.checks()).toBeLessThan(25);
    requestsFirst.stop();
    await Promise.all(waiting);
    expect(released.sort()).toEqual([0, 1, 2, 3]);
    await requestsFirst.waitForQuiet(0);
  });

  it('does not hold when the database cannot say', async () => {
    const requestsFirst = new RequestsFirst({
      countActive: () => Promise.reject(new Error('connection lost')),
      maxHoldMs: 60_000,
    });
    const elapsed = await elapsedOf(() => requestsFirst.waitForQuiet(0));
    expect(elapsed).toBeLessThan(5_000);
  });
});
