import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readiness } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HealthService } from '../src/health/health.service';
import { readDemoKioskCredential } from '../src/seed/demo-data';
import {
  call,
  createTestDatabase,
  findFreePort,
  startTestApp,
  testStartInstant,
  type TestApp,
  type TestDatabase,
} from './test-app';

describe('health routes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  test('liveness and readiness answer without a credential; readiness says what it checked', async () => {
    expect(await call(t, '/api/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const ready = await call<Readiness>(t, '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ready',
      checks: { database: true, migrations: true, workers: true, acceptingRequests: true },
    });
  });

  test('a draining process says it is not ready (503), so the load balancer stops sending', async () => {
    t.app.get(HealthService).startDraining();
    const draining = await call<Readiness>(t, '/api/health/ready');
    expect(draining.status).toBe(503);
    expect(draining.body).toMatchObject({
      status: 'not_ready',
      checks: { acceptingRequests: false, database: true },
    });
    expect((await call(t, '/api/health')).status).toBe(200);
  });
});

/** The production build, started the way an orchestrator starts it, then sent SIGTERM. */
describe('SIGTERM', () => {
  const mainScript = resolve(__dirname, '../dist/main.js');
  let database: TestDatabase | null = null;
  let dataDir: string;
  let child: ChildProcess | null = null;
  let baseUrl: string;
  let output = '';

  beforeAll(async () => {
    if (!existsSync(mainScript)) throw new Error(`build the API first: ${mainScript} is missing`);
    dataDir = mkdtempSync(join(tmpdir(), 'admz-sigterm-'));
    database = process.env.DATABASE_URL ? await createTestDatabase() : null;
    const port = await findFreePort();
    baseUrl = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [mainScript], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        DATA_DIR: dataDir,
        SEED_DEMO_DATA: 'true',
        DATABASE_URL: database?.url ?? '',
        // The process's own clock starts where the in-process test servers' do.
        CLOCK_START: testStartInstant().toISOString(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitUntil(async () => (await fetch(`${baseUrl}/api/health/ready`)).status === 200);
  }, 120_000);
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('drains: the request in flight is answered, live streams end, workers stop, exit 0', async () => {
    const credential = readDemoKioskCredential(dataDir);
    expect(credential).toBeTruthy();

    // A kiosk's live stream, open.
    const stream = await fetch(`${baseUrl}/api/kiosk/live`, {
      headers: { authorization: `Bearer ${credential}` },
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('retry:');

    // A request in flight: its body arrives in two parts, SIGTERM between them.
    const body = JSON.stringify({ pairingCode: 'ABCDEFGH', appVersion: 'test-arret' });
    const inFlight = startSlowRequest(`${baseUrl}/api/kiosk/pair`, body);
    inFlight.writeFirstHalf();
    await new Promise((done) => setTimeout(done, 200));
    const exited = new Promise<number | null>((done) => child!.once('exit', (code) => done(code)));
    child!.kill('SIGTERM');

    // The stream ends at once; new connections are refused while the request finishes.
    const streamEnd = await Promise.race([
      readUntilDone(reader),
      new Promise<string>((done) => setTimeout(() => done('still open'), 5_000)),
    ]);
    expect(streamEnd).toBe('ended');
    await waitUntil(async () => {
      try {
        await fetch(`${baseUrl}/api/health`);
        return false;
      } catch {
        return true;
      }
    });
    expect(child!.exitCode).toBeNull();

    inFlight.writeSecondHalf();
    const answer = await inFlight.response;
    // A well-formed answer to the request (no such pairing code), not a cut connection.
    expect([404, 422]).toContain(answer.status);
    expect(JSON.parse(answer.body)).toMatchObject({
      statusCode: answer.status,
      message: expect.stringMatching(/appairage/),
    });

    expect(await exited).toBe(0);
    expect(output).toContain('Arrêt demandé');
    expect(output).toContain('tâches de fond arrêtées');
    expect(output).not.toMatch(/Error|ERROR/);
  }, 60_000);
});

function startSlowRequest(url: string, body: string) {
  const half = Math.floor(body.length / 2);
  let respond: (value: { status: number; body: string }) => void;
  let fail: (error: Error) => void;
  const response = new Promise<{ status: number; body: string }>((done, reject) => {
    respond = done;
    fail = reject;
  });
  const request = httpRequest(
    url,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        origin: new URL(url).origin,
      },
    },
    (incoming) => {
      let text = '';
      incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
      incoming.on('end', () => respond({ status: incoming.statusCode ?? 0, body: text }));
    },
  );
  request.on('error', (error) => fail(error));
  request.flushHeaders();
  return {
    response,
    writeFirstHalf: () => request.write(body.slice(0, half)),
    writeSecondHalf: () => request.end(body.slice(half)),
  };
}

async function readUntilDone(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
  try {
    for (;;) if ((await reader.read()).done) return 'ended';
  } catch {
    return 'ended';
  }
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await condition()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('production mode', () => {
  test('refuses to start on development defaults, with one sentence per problem', async () => {
    const mainScript = resolve(__dirname, '../dist/main.js');
    const child = spawn(process.execPath, [mainScript], {
      env: { ...process.env, NODE_ENV: 'production', PUBLIC_URL: '', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(1);
    for (const name of ['OIDC_ISSUER', 'QR_SIGNING_KEY', 'SMTP_URL', 'PUBLIC_URL']) {
      expect(output).toMatch(new RegExp(`^  ${name}: .+\\.$`, 'm'));
    }
    expect(output).not.toMatch(/\bat \w+ \(/);
  });
});
