import 'reflect-metadata';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { SessionsService, SESSION_COOKIE } from '../src/auth/sessions.service';
import { MovableClock } from '../src/common/clock';
import { loadConfig, type AppConfig } from '../src/config';
import {
  startEmbeddedDatabase,
  type DatabaseNotifications,
} from '../src/database/embedded-database';
import { migratedEmbeddedTemplate, migratedServerTemplate } from './database-templates';
import { demoAccounts } from '../src/identity-provider/demo-accounts';
import { UsersService, type IdentityClaims } from '../src/users/users.service';

export type TestApp = {
  app: NestExpressApplication;
  baseUrl: string;
  config: AppConfig;
  dataSource: DataSource;
  database: TestDatabase;
  /** The server's clock (shared by every server on this database): move it instead of waiting. */
  clock: MovableClock;
  isRealServer: boolean;
  /** Stops this server, and drops the database when this app created it. */
  close: () => Promise<void>;
};

/** A fresh database for one test file: embedded PGlite, or a new database on DATABASE_URL. */
export type TestDatabase = {
  url: string;
  notifications: DatabaseNotifications | undefined;
  isRealServer: boolean;
  /** The time of this test world: every server started on this database reads it. */
  clock: MovableClock;
  drop: () => Promise<void>;
};

/** Tuesday 9 March 2027, 08:55 in Paris: an ordinary working morning, five minutes before opening. */
export const defaultTestInstant = '2027-03-09T07:55:00Z';

/**
 * The instant test servers start at: `ADMZ_TEST_NOW` (CI runs the day-sensitive files at awkward
 * instants with it), or the default above. Never today: a test must not depend on the real date.
 */
export function testStartInstant(): Date {
  const chosen = process.env.ADMZ_TEST_NOW || defaultTestInstant;
  const instant = new Date(chosen);
  if (Number.isNaN(instant.getTime()))
    throw new Error(`ADMZ_TEST_NOW is not an instant: ${chosen}`);
  return instant;
}

export type TestDatabaseOptions = {
  /** The instant its servers start at (default: `testStartInstant()`). */
  now?: Date;
  /**
   * An empty database, which the server migrates as at a first deployment. By default a database
   * starts already migrated, copied from a template (database-templates.ts).
   */
  isEmpty?: boolean;
};

/** A fresh database, migrated unless `isEmpty`, whose servers start at `now`. */
export async function createTestDatabase({
  now = testStartInstant(),
  isEmpty = false,
}: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const clock = new MovableClock(now);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase(undefined, {
      template: isEmpty ? undefined : await migratedEmbeddedTemplate(),
    });
    return {
      url: embedded.url,
      notifications: embedded.notifications,
      isRealServer: false,
      clock,
      drop: embedded.stop,
    };
  }
  const name = `admz_test_${randomBytes(6).toString('hex')}`;
  const template = isEmpty ? 'template1' : await migratedServerTemplate(serverUrl);
  await withClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`),
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    notifications: undefined,
    isRealServer: true,
    clock,
    drop: async () => {
      await withClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

/**
 * Boots the real AdmZ server on a fresh database: embedded PostgreSQL by default, or a new
 * database on the server named by DATABASE_URL (CI runs the suite both ways). Given a
 * `database`, it starts one more API process on it (the caller drops it), on the same clock.
 * The server's clock starts at `now` (default `testStartInstant()`) and flows from there.
 */
export async function startTestApp(
  environment: Record<string, string> = {},
  sharedDatabase?: TestDatabase,
  databaseOptions: TestDatabaseOptions = {},
): Promise<TestApp> {
  const database = sharedDatabase ?? (await createTestDatabase(databaseOptions));
  const port = await findFreePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SEED_DEMO_DATA: 'true',
    // People booked today at Paris would change what every other test counts there.
    SEED_DEMO_PRESENCE: 'false',
    SEED_DEMO_RICH: 'false',
    ...environment,
  });
  const app = await createApp({
    config,
    databaseUrl: database.url,
    databaseNotifications: database.notifications,
    persistDir: undefined,
    isQuiet: true,
    clock: database.clock,
  });
  await app.listen(port, '127.0.0.1');
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    dataSource: app.get(DataSource),
    database,
    clock: database.clock,
    isRealServer: database.isRealServer,
    close: async () => {
      await app.close();
      if (!sharedDatabase) await database.drop();
    },
  };
}

async function withClient<T>(url: string, action: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A session for a person, opened the way the login callback opens it. Booking tests use it;
 * the login flow itself is tested end to end over HTTP in auth.spec.ts.
 */
export async function openSessionFor(testApp: TestApp, claims: IdentityClaims): Promise<string> {
  const user = await testApp.app.get(UsersService).upsertFromClaims(claims);
  const { token } = await testApp.app.get(SessionsService).openSession(user.id, null);
  return `${SESSION_COOKIE}=${token}`;
}

/** A session for a new agent of their own (tests that must not meet other tests' bookings). */
export function openSessionForNewAgent(testApp: TestApp, givenName: string): Promise<string> {
  const id = randomBytes(6).toString('hex');
  return openSessionFor(testApp, {
    sub: `test-agent-${id}`,
    given_name: givenName,
    usual_name: 'Test',
    email: `agent-${id}@example.gouv.fr`,
    roles: ['agent_public'],
  });
}

export function demoClaims(login: string, overrides: Partial<IdentityClaims> = {}): IdentityClaims {
  const account = demoAccounts.find((candidate) => candidate.login === login);
  if (!account) throw new Error(`unknown demo account ${login}`);
  return { ...account.claims, ...overrides };
}

export type ApiResponse<T = unknown> = { status: number; body: T; headers: Headers };

export type CallOptions = {
  method?: string;
  body?: unknown;
  cookie?: string;
  bearer?: string;
  headers?: Record<string, string>;
};

/** One HTTP call to the running server, JSON in and out. */
export async function call<T = unknown>(
  testApp: TestApp,
  path: string,
  options: CallOptions = {},
): Promise<ApiResponse<T>> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  // A browser sends its origin with every state change; the API refuses those without one.
  const headers: Record<string, string> = {
    ...(method === 'GET' || method === 'HEAD' ? {} : { origin: testApp.baseUrl }),
    ...options.headers,
  };
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  const response = await fetch(`${testApp.baseUrl}${path}`, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string' || options.body instanceof Uint8Array
          ? options.body
          : JSON.stringify(options.body),
    redirect: 'manual',
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as T, headers: response.headers };
}
