import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Booking, Outbox } from '@admz/shared';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { JobsService } from '../src/jobs/jobs.service';
import { jobQueues } from '../src/jobs/job-queues';
import {
  book,
  addDays,
  loadDemoSites,
  nextWeekday,
  sessionsFor,
  startDemoApp,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import {
  call,
  createTestDatabase,
  demoClaims,
  findFreePort,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './test-app';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

/** Retries within a second or two, and workers that ask often: the tests stay short. */
const fastMail = {
  MAIL_RETRY_DELAY_SECONDS: '1',
  JOBS_POLLING_SECONDS: '0.5',
};

/** Asks again until `read` gives a value `isDone` accepts (the guard only stops a test that hangs). */
async function pollUntil<T>(
  what: string,
  read: () => T | Promise<T>,
  isDone: (value: T) => boolean,
): Promise<T> {
  const guard = Date.now() + 100_000;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > guard) throw new Error(`still waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

type MailJobRow = { id: string; state: string; retry_count: number };

/** The mail jobs, oldest first, read over a connection of their own (the API may be gone). */
async function mailJobs(databaseUrl: string): Promise<MailJobRow[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows }: { rows: MailJobRow[] } = await client.query(
      `SELECT id, state, retry_count FROM pgboss.job WHERE name = $1 ORDER BY created_on`,
      [jobQueues.notify],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/** The Message-ID a mail job's mail carries, on every attempt: its job id. */
const messageIdOf = (jobId: string) => `<${jobId}@admz.beta.gouv.fr>`;

describe('the SMTP server is down, then up', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let paris: DemoSite;
  let cookies: DemoSessions;

  beforeAll(async () => {
    // Nothing listens on its port yet: every attempt is refused a connection.
    smtp = await startTestSmtpServer({ behaviour: 'refuse', isListening: false });
    ({ t, paris, cookies } = await startDemoApp({ SMTP_URL: smtp.url, ...fastMail }));
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  test('every mail is delivered exactly once, under the Message-ID of its first attempt', async () => {
    const bookings: Booking[] = [];
    for (const [index, cookie] of [cookies.agent, cookies.agent2, cookies.admin].entries()) {
      const created = await book(t, cookie, {
        siteId: paris.id,
        deskId: paris.deskId(10 + index),
        date: nextWeekday(t.clock, paris.timezone, 3),
        slot: 'day',
      });
      expect(created.status).toBe(201);
      bookings.push(created.body);
    }

    // Each of the three mails failed to reach the server, and waits for its next attempt.
    await pollUntil(
      'every mail to fail once',
      () => mailJobs(t.database.url),
      (jobs) =>
        jobs.length === 3 && jobs.every((job) => job.state === 'retry' || job.retry_count > 0),
    );
    expect(smtp.accepted).toEqual([]);

    // The server comes up, but answers « 451 try again later » to each mail.
    await smtp.listen();
    await pollUntil(
      'every mail to be refused once',
      () => new Set(smtp.refused.map((mail) => mail.messageId)).size,
      (count) => count === 3,
    );
    expect(smtp.accepted).toEqual([]);

    // Then it accepts.
    smtp.behave('accept');
    const jobs = await pollUntil(
      'every mail job to complete',
      () => mailJobs(t.database.url),
      (rows) => rows.every((job) => job.state === 'completed'),
    );
    expect(jobs).toHaveLength(3);
    const messageIds = jobs.map((job) => messageIdOf(job.id));
    // Once each, by Message-ID: a mail refused, then retried, then delivered, is one mail.
    expect(smtp.accepted.map((mail) => mail.messageId).sort()).toEqual([...messageIds].sort());
    expect(new Set(smtp.refused.map((mail) => mail.messageId))).toEqual(new Set(messageIds));
    for (const mail of smtp.accepted)
      expect(mail.subject).toMatch(/^Réservation confirmée : poste/);
    expect(smtp.accepted.flatMap((mail) => mail.to).sort()).toEqual(
      ['agent', 'agent2', 'admin'].map((login) => demoClaims(login).email).sort(),
    );
  });
});

describe('a change of hours that cancels bookings', () => {
  let t: TestApp;
  let paris: DemoSite;
  let cookies: DemoSessions;

  beforeAll(async () => {
    ({ t, paris, cookies } = await startDemoApp({ JOBS_POLLING_SECONDS: '0.5' }));
  });
  afterAll(async () => {
    await t?.close();
  });

  test('mails each person once, after the change committed, from a job', async () => {
    const day = addDays(nextWeekday(t.clock, paris.timezone, 4), 14);
    const bookings = [
      { cookie: cookies.agent, desk: 16, slot: 'morning' },
      { cookie: cookies.agent, desk: 16, slot: 'afternoon' },
      { cookie: cookies.agent2, desk: 17, slot: 'day' },
    ];
    for (const { cookie, desk, slot } of bookings) {
      const created = await book(t, cookie, {
        siteId: paris.id,
        deskId: paris.deskId(desk),
        date: day,
        slot,
      });
      expect(created.status).toBe(201);
    }
    const hoursChangedJobs = async () => (await mailJobs(t.database.url)).length - bookings.length;
    const closure = (confirm: boolean) =>
      call(t, `/api/sites/${paris.id}/opening-hours/exceptions/${day}`, {
        method: 'PUT',
        cookie: cookies.hote,
        body: { isClosed: true, reason: 'Travaux', ...(confirm ? { confirm } : {}) },
      });

    // Not confirmed: nothing changes, nobody is mailed.
    expect((await closure(false)).status).toBe(409);
    expect(await hoursChangedJobs()).toBe(0);

    expect((await closure(true)).status).toBe(200);
    expect(await hoursChangedJobs()).toBe(2);
    const mails = await pollUntil(
      'the two mails in the outbox',
      async () =>
        (await call<Outbox>(t, '/api/dev/outbox', { cookie: cookies.admin })).body.messages.filter(
          (mail) => mail.subject.includes('horaires modifiés'),
        ),
      (found) => found.length >= 2,
    );
    const toAgent = mails.filter((mail) => mail.to.includes(demoClaims('agent').email!));
    const toAgent2 = mails.filter((mail) => mail.to.includes(demoClaims('agent2').email!));
    expect([toAgent.length, toAgent2.length]).toEqual([1, 1]);
    expect(toAgent[0]!.attachments.map((attachment) => attachment.filename)).toEqual([
      'annulation-1.ics',
      'annulation-2.ics',
    ]);
    expect(toAgent[0]!.text).toContain('Travaux');
    expect(toAgent2[0]!.attachments.map((attachment) => attachment.filename)).toEqual([
      'annulation.ics',
    ]);
  });
});

describe('stopping the API while a mail is being sent', () => {
  let smtp: TestSmtpServer;
  let database: TestDatabase;
  let t: TestApp | null = null;

  beforeAll(async () => {
    smtp = await startTestSmtpServer({ behaviour: 'hold' });
    database = await createTestDatabase();
    t = await startTestApp({ SMTP_URL: smtp.url, ...fastMail }, database);
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
    await smtp?.close();
  });

  test('lets the send finish: the mail is delivered once and its job completed', async () => {
    const app = t!;
    const { paris } = await loadDemoSites(app);
    const cookies = await sessionsFor(app);
    const created = await book(app, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(14),
      date: nextWeekday(app.clock, paris.timezone, 2),
      slot: 'morning',
    });
    expect(created.status).toBe(201);
    // The server has the message and has not answered yet.
    await pollUntil(
      'the mail to reach the server',
      () => smtp.held.length,
      (count) => count === 1,
    );

    const stopped = app.close();
    t = null;
    await pollUntil(
      'the workers to be stopping',
      () => app.app.get(JobsService).isRunning,
      (isRunning) => !isRunning,
    );
    smtp.release();
    await stopped;

    const jobs = await mailJobs(database.url);
    expect(jobs.map((job) => job.state)).toEqual(['completed']);
    expect(smtp.accepted.map((mail) => mail.messageId)).toEqual([messageIdOf(jobs[0]!.id)]);
  });
});

/** The production build, killed (SIGKILL) while the SMTP server holds its answer, then restarted. */
describe('the API killed while sending a mail', () => {
  const mainScript = resolve(__dirname, '../dist/main.js');
  let smtp: TestSmtpServer;
  let database: TestDatabase;
  let dataDir: string;
  let child: ChildProcess | null = null;
  let output = '';

  /** Starts the built API on the test database, its mail going to the test SMTP server. */
  async function startApi(): Promise<{ baseUrl: string; process: ChildProcess }> {
    const port = await findFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const started = spawn(process.execPath, [mainScript], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        SEED_DEMO_DATA: 'false',
        // The child's clock starts where this test's does, so the day booked is bookable there.
        CLOCK_START: database.clock.now().toISOString(),
        SMTP_URL: smtp.url,
        ...fastMail,
        // A job left running by a dead process is failed, then retried, within seconds.
        MAIL_SEND_TIMEOUT_SECONDS: '8',
        JOBS_MAINTENANCE_SECONDS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child = started;
    await pollUntil(
      'the API to be ready',
      async () => {
        if (started.exitCode !== null) throw new Error(`the API exited:\n${output}`);
        try {
          return (await fetch(`${baseUrl}/api/health/ready`)).status;
        } catch {
          return 0;
        }
      },
      (status) => status === 200,
    );
    return { baseUrl, process: started };
  }

  let paris: DemoSite;
  let agent: string;

  beforeAll(async () => {
    if (!existsSync(mainScript)) throw new Error(`build the API first: ${mainScript} is missing`);
    dataDir = mkdtempSync(join(tmpdir(), 'admz-mail-kill-'));
    smtp = await startTestSmtpServer({ behaviour: 'hold' });
    database = await createTestDatabase();
    // The demo data and a session, made by an API in this process, closed before the test.
    const setup = await startTestApp({}, database);
    ({ paris } = await loadDemoSites(setup));
    ({ agent } = await sessionsFor(setup));
    await setup.close();
  }, 120_000);
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await database?.drop();
    await smtp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the mail is delivered once after a restart', async () => {
    const first = await startApi();
    const created = await fetch(`${first.baseUrl}/api/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: first.baseUrl, cookie: agent },
      body: JSON.stringify({
        siteId: paris.id,
        deskId: paris.deskId(15),
        date: nextWeekday(database.clock, paris.timezone, 4),
        slot: 'afternoon',
      }),
    });
    expect(created.status).toBe(201);
    // The message is at the server, its answer not given: the sender dies there.
    await pollUntil(
      'the mail to reach the server',
      () => smtp.held.length,
      (count) => count >= 1,
    );
    const interrupted = smtp.held[0]!.mail;
    const exited = new Promise((done) => first.process.once('exit', done));
    first.process.kill('SIGKILL');
    await exited;
    expect(smtp.accepted).toEqual([]);

    smtp.behave('accept');
    await startApi();
    const [job] = await pollUntil(
      'the mail job to complete',
      () => mailJobs(database.url),
      (jobs) => jobs.length > 0 && jobs.every((row) => row.state === 'completed'),
    );
    expect(interrupted.subject).toMatch(/^Réservation confirmée : poste/);
    expect(interrupted.messageId).toBe(messageIdOf(job!.id));
    // The mail the dead process was sending, delivered once, under the same Message-ID.
    expect(smtp.accepted.map((mail) => mail.messageId)).toEqual([interrupted.messageId]);
    expect(output).toContain('AdmZ est prêt');
  }, 120_000);
});
