import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { getPriority } from 'node:os';
import { resolve } from 'node:path';
import type { Readiness } from '@admz/shared';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { processRoleHeader } from '../src/health/health.controller';
import { jobQueues } from '../src/jobs/job-queues';
import { book, loadDemoSites, nextWeekday, sessionsFor, type DemoSite } from './fixtures';
import {
  call,
  createTestDatabase,
  findFreePort,
  startTestApp,
  testStartInstant,
  type TestApp,
  type TestDatabase,
} from './test-app';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

type JobRow = { id: string; name: string; state: string };

async function query<Row>(
  databaseUrl: string,
  sql: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** Every job of every queue but pg-boss's own, oldest first. */
const allJobs = (databaseUrl: string) =>
  query<JobRow>(
    databaseUrl,
    `SELECT id, name, state FROM pgboss.job WHERE name NOT LIKE '\\_\\_pgboss%' ORDER BY created_on`,
  );

async function pollUntil<T>(what: string, read: () => Promise<T>, isDone: (value: T) => boolean) {
  const guard = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > guard) throw new Error(`still waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const messageIdOf = (jobId: string) => `<${jobId}@admz.beta.gouv.fr>`;

/**
 * `PROCESS_ROLE`: an `api` process serves people and sends jobs, a `worker` process runs them,
 * both on one database — the mails of the requests are composed away from their CPU.
 */
describe('an api process and a worker process on one database', () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  let api: TestApp;
  let worker: TestApp | null = null;
  let paris: DemoSite;
  let cookies: Awaited<ReturnType<typeof sessionsFor>>;

  /** Each role with the same database and mail server, workers asking every half second. */
  const environment = (role: 'api' | 'worker') => ({
    PROCESS_ROLE: role,
    DATABASE_URL: database.url,
    SMTP_URL: smtp.url,
    JOBS_POLLING_SECONDS: '0.5',
    JOBS_MAINTENANCE_SECONDS: '1',
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startTestSmtpServer();
    api = await startTestApp(environment('api'), database);
    ({ paris } = await loadDemoSites(api));
    cookies = await sessionsFor(api);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
    await smtp?.close();
  });

  test('the api process alone sends jobs and never runs one, and says it runs no worker', async () => {
    const ready = await call<Readiness>(api, '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.headers.get(processRoleHeader)).toBe('api');
    expect(ready.body).toEqual({
      status: 'ready',
      checks: { database: true, migrations: true, workers: false, acceptingRequests: true },
    });

    const created = await book(api, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(12),
      date: nextWeekday(api.clock, paris.timezone, 2),
      slot: 'morning',
    });
    expect(created.status).toBe(201);
    // Six polling intervals and maintenance rounds of a worker: none here takes the jobs.
    await new Promise((done) => setTimeout(done, 3_000));
    const jobs = await allJobs(database.url);
    expect(jobs.filter((job) => job.name === jobQueues.notify)).toHaveLength(1);
    expect(jobs.every((job) => job.state === 'created')).toBe(true);
    expect(smtp.accepted).toEqual([]);
    // No cron is kept by an api process (they would run nowhere else but in workers).
    expect(await query(database.url, 'SELECT name FROM pgboss.schedule')).toEqual([]);
  });

  test('a worker process delivers each mail the api process queued, exactly once', async () => {
    worker = await startTestApp(environment('worker'), database);
    const date = nextWeekday(api.clock, paris.timezone, 3);
    for (const [index, cookie] of [cookies.agent2, cookies.admin, cookies.hote].entries()) {
      const created = await book(api, cookie, {
        siteId: paris.id,
        deskId: paris.deskId(20 + index),
        date,
        slot: 'day',
      });
      expect(created.status).toBe(201);
    }

    const mailJobs = await pollUntil(
      'the four mail jobs to complete',
      async () => (await allJobs(database.url)).filter((job) => job.name === jobQueues.notify),
      (jobs) => jobs.length === 4 && jobs.every((job) => job.state === 'completed'),
    );
    // A while more: a second delivery of any of them would arrive now.
    await new Promise((done) => setTimeout(done, 1_500));
    expect(smtp.accepted.map((mail) => mail.messageId).sort()).toEqual(
      mailJobs.map((job) => messageIdOf(job.id)).sort(),
    );
    for (const mail of smtp.accepted) expect(mail.subject).toMatch(/^Réservation confirmée/);

    // The worker keeps the crons, once each.
    const schedules = await query<{ name: string }>(
      database.url,
      'SELECT name FROM pgboss.schedule',
    );
    expect(schedules.map((row) => row.name).sort()).toEqual(
      [
        jobQueues.analyticsRollup,
        jobQueues.attendanceSweep,
        jobQueues.bookingReminders,
        jobQueues.eventVisioLinks,
        jobQueues.retentionPurge,
        jobQueues.waitlistExpire,
      ].sort(),
    );
  });

  test('the worker answers its health checks and nothing else', async () => {
    const running = worker!;
    const ready = await call<Readiness>(running, '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.headers.get(processRoleHeader)).toBe('worker');
    expect(ready.body.checks).toEqual({
      database: true,
      migrations: true,
      workers: true,
      acceptingRequests: true,
    });
    expect((await call(running, '/api/health')).status).toBe(200);
    for (const path of ['/api/me', `/api/sites/${paris.id}/availability`, '/api/docs', '/']) {
      const refused = await call(running, path, { cookie: cookies.agent });
      expect(refused.status, path).toBe(404);
    }
    const post = await call(running, '/api/bookings', {
      cookie: cookies.agent,
      body: { siteId: paris.id, deskId: paris.deskId(30), date: '2027-03-10', slot: 'day' },
    });
    expect(post.status).toBe(404);
  });
});

/** The production build started as a worker: it lowers its own priority (WORKER_NICENESS). */
describe('a worker process started from the build', () => {
  const mainScript = resolve(__dirname, '../dist/main.js');
  let database: TestDatabase;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    if (!existsSync(mainScript)) throw new Error(`build the API first: ${mainScript} is missing`);
    database = await createTestDatabase();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await database?.drop();
  });

  test('gives the CPU to the requests first: its niceness is WORKER_NICENESS (10 unless set)', async () => {
    const port = await findFreePort();
    let output = '';
    child = spawn(process.execPath, [mainScript], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PROCESS_ROLE: 'worker',
        PORT: String(port),
        DATABASE_URL: database.url,
        CLOCK_START: testStartInstant().toISOString(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await pollUntil(
      'the worker to be ready',
      async () => {
        if (child?.exitCode !== null) throw new Error(`the worker exited: ${output}`);
        return fetch(`http://127.0.0.1:${port}/api/health/ready`)
          .then((response) => response.status)
          .catch(() => 0);
      },
      (status) => status === 200,
    );
    expect(getPriority(child.pid)).toBe(10);
  });
});
