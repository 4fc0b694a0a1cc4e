import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, expect } from 'vitest';

/**
 * A test whose code never yields (a synchronous loop, a WebAssembly call that does not return)
 * stops every timer of its process, vitest's own timeouts included: the run then waits forever
 * and CI only ends at its time limit, without a word about where. This watchdog runs on a
 * thread of its own, so it still runs then: when the test process's event loop has not turned
 * for `blockedLimitSeconds`, it names the file and the test on stderr and kills the process, and
 * vitest reports that file as failed. (`ADMZ_TEST_BLOCKED_LIMIT_SECONDS` shortens the wait, for the
 * watchdog's own test.)
 */
const blockedLimitSeconds = Number(process.env.ADMZ_TEST_BLOCKED_LIMIT_SECONDS ?? 120);

const heartbeat = new Int32Array(new SharedArrayBuffer(4));
const currentTest = new Uint8Array(new SharedArrayBuffer(1024));
const encoder = new TextEncoder();

const beat = () => Atomics.store(heartbeat, 0, Math.floor(Date.now() / 1000));
const name = (text: string) => {
  const bytes = encoder.encode(text).subarray(0, currentTest.length - 1);
  currentTest.fill(0);
  currentTest.set(bytes);
};

beat();
setInterval(beat, 1_000).unref();
name(`${expect.getState().testPath ?? 'a test file'}, outside any test (its start or a hook)`);

beforeEach((context) => {
  name(`${context.task.file.name} › ${context.task.name}`);
});
afterEach((context) => {
  name(`${context.task.file.name}, after « ${context.task.name} » (a hook)`);
});

// CommonJS evaluated as the thread's source: it needs no build step of its own.
// Only the time this thread saw pass counts: when its own check comes far later than due, the
// whole process (or the machine: a paused virtual machine) stood still, not the event loop
// alone, and the count starts again — the main thread gets its turn to beat first.
const watchdog = new Worker(
  `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { heartbeat, currentTest, limit } = workerData;
const checkMs = 5000;
let lastBeat = Atomics.load(heartbeat, 0);
let lastCheck = Date.now();
let stalledMs = 0;
setInterval(() => {
  const now = Date.now();
  const sinceCheck = now - lastCheck;
  lastCheck = now;
  const beat = Atomics.load(heartbeat, 0);
  if (beat !== lastBeat || sinceCheck > 3 * checkMs) {
    lastBeat = beat;
    stalledMs = 0;
    return;
  }
  stalledMs += sinceCheck;
  if (stalledMs < limit * 1000) return;
  const blocked = Math.floor(now / 1000) - beat;
  const end = currentTest.indexOf(0);
  const test = new TextDecoder().decode(currentTest.slice(0, end === -1 ? undefined : end));
  // Straight to the file descriptor: the process's streams need the blocked thread to flush.
  writeSync(2, '\\n[event-loop watchdog] no turn of the event loop for ' + blocked +
    ' s, in ' + test + ': the process is stopped so that the run goes on.\\n');
  process.kill(process.pid, 'SIGKILL');
}, checkMs);
`,
  { eval: true, workerData: { heartbeat, currentTest, limit: blockedLimitSeconds } },
);
watchdog.unref();
