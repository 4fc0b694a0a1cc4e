import { generateKeyPairSync } from 'node:crypto';
import type { Availability, CheckInResult, ErrorResponse, Me } from '@admz/shared';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SESSION_COOKIE } from '../src/auth/sessions.service';
import { jobQueues } from '../src/jobs/job-queues';
import {
  createKiosk,
  loadDemoSites,
  nextWeekday,
  openAllDayToday,
  sessionsFor,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import { openLiveStream } from './live-stream';
import { startNginx, upstreamHeader, type Nginx } from './nginx';
import { Browser, logIn } from './oidc-browser';
import {
  call,
  createTestDatabase,
  findFreePort,
  openSessionForNewAgent,
  startTestApp,
  type ApiResponse,
  type CallOptions,
  type TestApp,
  type TestDatabase,
} from './test-app';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

/**
 * Issue 13, point 4: two API processes behind nginx (Debian's, started here), round robin, on one
 * database — PostgreSQL server in the server run, the embedded database shared through its socket
 * otherwise. Everything is asked through nginx, and each answer says which process gave it
 * (nginx's $upstream_addr): what one process did, the other knows.
 */
let database: TestDatabase;
let smtp: TestSmtpServer;
let first: TestApp;
let second: TestApp;
let nginx: Nginx;
/** The AdmZ people reach: nginx's address, the same clock and database as both processes. */
let front: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;
let today: string;

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startTestSmtpServer();
  // What must be the same in every process: the public address, the QR signing key, the mail server.
  const publicPort = await findFreePort();
  const qrSigningKey = generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  const environment = {
    PUBLIC_URL: `http://127.0.0.1:${publicPort}`,
    QR_SIGNING_KEY: qrSigningKey,
    SMTP_URL: smtp.url,
    JOBS_POLLING_SECONDS: '0.5',
  };
  first = await startTestApp(environment, database);
  second = await startTestApp(environment, database);
  nginx = await startNginx({
    port: publicPort,
    apiPorts: [first.config.port, second.config.port],
    identityProviderPort: first.config.port,
  });
  front = { ...first, baseUrl: nginx.url };
  ({ paris } = await loadDemoSites(first));
  cookies = await sessionsFor(first);
  today = await openAllDayToday(front, cookies.hote, paris);
});
afterAll(async () => {
  await nginx?.stop();
  await second?.close();
  await first?.close();
  await database?.drop();
  await smtp?.close();
});

type Served<T> = ApiResponse<T> & { servedBy: string };

/** Which process answered: `first` or `second`, from the header nginx adds. */
function processOf(headers: Headers): string {
  const upstream = headers.get(upstreamHeader) ?? '';
  if (upstream === `127.0.0.1:${first.config.port}`) return 'first';
  if (upstream === `127.0.0.1:${second.config.port}`) return 'second';
  throw new Error(`answered by no known process: "${upstream}"`);
}

/** One call through nginx, and which process answered it. */
async function through<T>(path: string, options: CallOptions = {}): Promise<Served<T>> {
  const response = await call<T>(front, path, options);
  return { ...response, servedBy: processOf(response.headers) };
}

/** Round robin: after a request the other process answers; asks the health route until so. */
async function nextRequestGoesTo(process: 'first' | 'second'): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    if ((await through('/api/health')).servedBy !== process) return;
  }
  throw new Error('nginx does not alternate between the two processes');
}

describe('two API processes behind nginx, one database', () => {
  test('nginx alternates between them, each answering ready', async () => {
    const answers = [await through('/api/health/ready'), await through('/api/health/ready')];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(new Set(answers.map((answer) => answer.servedBy))).toEqual(new Set(['first', 'second']));
  });

  test('a login started on one process ends on the other; its session is good on both', async () => {
    await nextRequestGoesTo('first');
    const browser = new Browser(nginx.url);
    const landing = await logIn(browser, 'Camille Martin');
    expect(landing.location?.pathname).toBe('/');
    const servedOn = (path: string) => {
      const answer = browser.responses.find((response) => response.url.pathname === path);
      if (!answer) throw new Error(`no answer to ${path}`);
      return processOf(answer.headers);
    };
    expect(servedOn('/api/auth/login')).toBe('first');
    expect(servedOn('/api/auth/callback')).toBe('second');

    const token = browser.cookieValue(SESSION_COOKIE);
    expect(token).toBeTruthy();
    const cookie = `${SESSION_COOKIE}=${token}`;
    const answers = [
      await through<Me>('/api/me', { cookie }),
      await through<Me>('/api/me', { cookie }),
    ];
    expect(answers.map((answer) => answer.servedBy).sort()).toEqual(['first', 'second']);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.email).toBe('camille.martin@travail.gouv.fr');
    }
  });

  test('wrong typed codes are counted across both: 10 looked up in all, then refused by both', async () => {
    const { credential } = await createKiosk(front, cookies.hote, paris.id, 'Borne du hall');
    const answers: Served<CheckInResult & ErrorResponse>[] = [];
    for (let index = 0; index < 14; index += 1) {
      answers.push(
        await through('/api/kiosk/check-ins', {
          bearer: credential,
          body: { shortCode: `ZZ${'23456789ABCDEFGH'[index]}2ZZZZ` },
          // The person's address as a client sends it; nginx adds its own after it.
          headers: { 'x-forwarded-for': '198.51.100.7' },
        }),
      );
    }
    const served = (status: number) =>
      answers.filter((answer) => answer.status === status).map((answer) => answer.servedBy);
    expect(served(422)).toHaveLength(10);
    expect(new Set(served(422))).toEqual(new Set(['first', 'second']));
    expect(served(429)).toHaveLength(4);
    expect(new Set(served(429))).toEqual(new Set(['first', 'second']));
  });

  test("a host's live stream on one process hears a booking made on the other", async () => {
    const stream = await openLiveStream(front, `/api/sites/${paris.id}/live`, {
      cookie: cookies.hote,
    });
    try {
      const listening = processOf(stream.headers);
      expect((await stream.next()).type).toBe('occupancy');
      // Round robin: the request after the stream's goes to the other process.
      const booked = await through<{ id: string }>('/api/bookings', {
        cookie: cookies.agent2,
        body: { siteId: paris.id, deskId: paris.deskId(3), date: today, slot: 'day' },
      });
      expect(booked.status).toBe(201);
      expect(booked.servedBy).not.toBe(listening);
      const heard = await stream.next((event) => event.type === 'attendance');
      expect(heard).toMatchObject({ change: 'booked', bookingId: booked.body.id });
    } finally {
      stream.close();
    }
  });

  test('the availability read on one process right after a booking on the other shows it', async () => {
    const date = nextWeekday(first.clock, paris.timezone, 2);
    const path = `/api/sites/${paris.id}/availability?date=${date}`;
    const stateOf = (seen: Availability) =>
      seen.desks.find((desk) => desk.id === paris.deskId(5))?.states.morning;
    // Both processes hold the day in their cache.
    for (let read = 0; read < 4; read += 1) {
      const warm = await through<Availability>(path, { cookie: cookies.agent });
      expect(stateOf(warm.body)).toBe('free');
    }
    const booked = await through('/api/bookings', {
      cookie: cookies.admin,
      body: { siteId: paris.id, deskId: paris.deskId(5), date, slot: 'morning' },
    });
    expect(booked.status).toBe(201);
    const onOther = await through<Availability>(path, { cookie: cookies.agent });
    const onSame = await through<Availability>(path, { cookie: cookies.agent });
    expect(onOther.servedBy).not.toBe(booked.servedBy);
    expect(onSame.servedBy).toBe(booked.servedBy);
    expect([stateOf(onOther.body), stateOf(onSame.body)]).toEqual(['taken', 'taken']);
  });

  test('each job is run once though both processes run workers: one confirmation mail per booking', async () => {
    const before = new Set((await notifyJobs()).map((job) => job.id));
    const date = nextWeekday(first.clock, paris.timezone, 4);
    const servedBy: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      const agent = await openSessionForNewAgent(first, `Agent ${index}`);
      const booked = await through('/api/bookings', {
        cookie: agent,
        body: { siteId: paris.id, deskId: paris.deskId(10 + index), date, slot: 'day' },
      });
      expect(booked.status).toBe(201);
      servedBy.push(booked.servedBy);
    }
    expect(new Set(servedBy)).toEqual(new Set(['first', 'second']));

    const guard = Date.now() + 60_000;
    let queued = (await notifyJobs()).filter((job) => !before.has(job.id));
    while (queued.length < 6 || queued.some((job) => job.state !== 'completed')) {
      if (Date.now() > guard) throw new Error(`jobs still waiting: ${JSON.stringify(queued)}`);
      await new Promise((done) => setTimeout(done, 100));
      queued = (await notifyJobs()).filter((job) => !before.has(job.id));
    }
    expect(queued).toHaveLength(6);
    // A while more: a second delivery of any of them would arrive now.
    await new Promise((done) => setTimeout(done, 1_500));
    const delivered = smtp.accepted.map((mail) => mail.messageId);
    for (const job of queued) {
      expect(
        delivered.filter((messageId) => messageId === `<${job.id}@admz.beta.gouv.fr>`),
      ).toHaveLength(1);
    }
    expect(new Set(delivered).size).toBe(delivered.length);
  });
});

/** The confirmation-mail jobs, straight from pg-boss's table. */
async function notifyJobs(): Promise<{ id: string; state: string }[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; state: string }>(
      'SELECT id, state FROM pgboss.job WHERE name = $1',
      [jobQueues.notify],
    );
    return rows;
  } finally {
    await client.end();
  }
}
