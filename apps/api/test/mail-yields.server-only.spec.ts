import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jobQueues } from '../src/jobs/job-queues';
import { JobsService } from '../src/jobs/jobs.service';
import { poolNames } from '../src/database/pool-names';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './test-app';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

/**
 * Requests first (jobs/requests-first.ts): a worker's mail pollers, once a full batch is done,
 * wait while request connections are busy — at most MAIL_YIELD_SECONDS from a mail's creation.
 * A request is played by a connection named as the API's pool, held busy by `pg_sleep`.
 */
let database: TestDatabase;
let smtp: TestSmtpServer;
let api: TestApp;

const environment = (role: 'api' | 'worker', mailYieldSeconds = 60) => ({
  PROCESS_ROLE: role,
  DATABASE_URL: database.url,
  SMTP_URL: smtp.url,
  JOBS_POLLING_SECONDS: '0.5',
  MAIL_YIELD_SECONDS: String(mailYieldSeconds),
});

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startTestSmtpServer();
  api = await startTestApp(environment('api'), database);
});
afterAll(async () => {
  await api?.close();
  await database?.drop();
  await smtp?.close();
});

async function withClient<T>(name: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: database.url, application_name: name });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Mail jobs of bookings that do not exist: each is done (nobody to tell) without a mail. */
async function queueMails(count: number): Promise<void> {
  const jobs = api.app.get(JobsService);
  for (let index = 0; index < count; index += 1) {
    await jobs.send(jobQueues.notify, { kind: 'booking-confirmed', bookingId: randomUUID() });
  }
}

const mailStates = () =>
  withClient('admz-test', async (client) => {
    const { rows } = await client.query<{ state: string; count: number }>(
      `SELECT state, count(*)::int AS count FROM pgboss.job WHERE name = $1 GROUP BY state`,
      [jobQueues.notify],
    );
    return Object.fromEntries(rows.map((row) => [row.state, row.count])) as Record<string, number>;
  });

async function waitFor(what: string, isDone: () => Promise<boolean>, withinMs: number) {
  const guard = performance.now() + withinMs;
  while (!(await isDone())) {
    if (performance.now() > guard) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A request connection running a statement until `stop()` (a minute at most). */
function busyRequestConnection(): { stop: () => Promise<void> } {
  const running = withClient(poolNames.requests, async (client) => {
    await client.query('SELECT pg_sleep(60)').catch(() => undefined);
  });
  return {
    stop: async () => {
      await withClient('admz-test', (client) =>
        client.query(
          `SELECT pg_cancel_backend(pid) FROM pg_stat_activity
           WHERE datname = current_database() AND application_name = $1`,
          [poolNames.requests],
        ),
      );
      await running;
    },
  };
}

describe('a worker process', () => {
  test('holds the mail back while requests are served, and sends it once they stop', async () => {
    await queueMails(100);
    const busy = busyRequestConnection();
    // The request is running before the worker starts.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const worker = await startTestApp(environment('worker'), database);
    try {
      // Each of the four pollers does the batch it fetched first (10 mails), then waits.
      await waitFor('the first batches', async () => (await mailStates()).completed === 40, 15_000);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await mailStates()).toEqual({ completed: 40, created: 60 });
      await busy.stop();
      await waitFor('every mail', async () => (await mailStates()).completed === 100, 15_000);
    } finally {
      await busy.stop();
      await worker.close();
    }
  });

  test('holds none longer than MAIL_YIELD_SECONDS, however long the requests go on', async () => {
    await queueMails(100);
    const busy = busyRequestConnection();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = performance.now();
      const worker = await startTestApp(environment('worker', 2), database);
      try {
        await waitFor('every mail', async () => (await mailStates()).completed === 200, 15_000);
        expect(performance.now() - started).toBeLessThan(15_000);
      } finally {
        await worker.close();
      }
    } finally {
      await busy.stop();
    }
  });
});
