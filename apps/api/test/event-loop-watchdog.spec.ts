import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

test('a test that never yields is stopped and named, and its run fails instead of waiting forever', async () => {
  const vitest = resolve(__dirname, '../../../node_modules/vitest/vitest.mjs');
  const run = spawn(
    process.execPath,
    [vitest, 'run', '--config', resolve(__dirname, 'watchdog-fixture/vitest.config.mts')],
    { env: { ...process.env, ADMZ_TEST_BLOCKED_LIMIT_SECONDS: '2' } },
  );
  let output = '';
  run.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  run.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => run.on('close', done));
  expect(output).toMatch(
    /event-loop watchdog\] no turn of the event loop for \d+ s, in .*spins\.fixture\.ts › spins without end/,
  );
  expect(code).toBe(1);
});
