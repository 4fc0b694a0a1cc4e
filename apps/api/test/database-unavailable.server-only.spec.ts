import { randomBytes } from 'node:crypto';
import type { ErrorResponse } from '@admz/shared';
import { Client, type Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  call,
  createTestDatabase,
  demoClaims,
  openSessionFor,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './test-app';

// PostgreSQL out of connections: the API answers 503 with a sentence and Retry-After, not 500.
// Only a server has connection limits (PGlite serves every connection it is given): this file
// runs in the server run (`npm run test:integration` with DATABASE_URL, in CI) and is not part
// of the embedded run (see `*.server-only.spec.ts` in vitest.config.mts). Started without a
// server, it fails instead of passing or skipping.

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('this file needs a PostgreSQL server: set DATABASE_URL');

/** Runs SQL as the server's superuser (exempt from the limits tested here). */
async function asSuperuser(url: string, sql: string, parameters: unknown[] = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

/** Polls until `check` holds: the pool and the server notice a terminated connection in their own time. */
async function waitUntil(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never happened: ${what}`);
}

describe('a database out of connections (PostgreSQL server only)', () => {
  const role = `admz_limited_${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    // A role that is not a superuser (superusers are exempt from CONNECTION LIMIT), owning an
    // empty database the API migrates at start, as a first deployment would.
    await asSuperuser(serverUrl, `CREATE ROLE ${role} LOGIN`);
    database = await createTestDatabase({ isEmpty: true });
    const name = new URL(database.url).pathname.slice(1);
    await asSuperuser(serverUrl, `ALTER DATABASE ${name} OWNER TO ${role}`);
    const url = new URL(database.url);
    url.username = role;
    t = await startTestApp({}, { ...database, url: url.toString() });
    cookie = await openSessionFor(t, demoClaims('agent'));
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
    await asSuperuser(serverUrl, `DROP ROLE IF EXISTS ${role}`);
  });

  test('every connection of the role held: 503, a sentence, Retry-After; then served again', async () => {
    expect((await call(t, '/api/bookings/mine', { cookie })).status).toBe(200);

    // The API's own pool lets its connections go (the jobs' and listeners' stay held), and the
    // role may not open one more: each of its allowed connections is in use.
    await asSuperuser(
      serverUrl,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE usename = $1 AND application_name = 'admz-api'`,
      [role],
    );
    const pool = (t.dataSource.driver as PostgresDriver).master as Pool;
    await waitUntil(() => pool.totalCount === 0, 'the pool dropped its terminated connections');
    const countHeld = async () =>
      Number(
        (
          await asSuperuser(
            serverUrl,
            'SELECT count(*)::int AS count FROM pg_stat_activity WHERE usename = $1',
            [role],
          )
        )[0]?.count,
      );
    await waitUntil(async () => (await countHeld()) > 0, 'the jobs and listeners hold theirs');
    await asSuperuser(serverUrl, `ALTER ROLE ${role} CONNECTION LIMIT ${await countHeld()}`);

    const refused = await call<ErrorResponse>(t, '/api/bookings/mine', { cookie });
    expect(refused.status).toBe(503);
    expect(refused.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Le service est momentanément indisponible : réessayez dans quelques secondes.',
    });
    expect(refused.headers.get('retry-after')).toBe('5');
    const inEnglish = await call<ErrorResponse>(t, '/api/bookings/mine', {
      cookie,
      headers: { 'accept-language': 'en' },
    });
    expect(inEnglish.status).toBe(503);
    expect(inEnglish.body.message).toBe(
      'The service is unavailable for a moment: please try again in a few seconds.',
    );

    await asSuperuser(serverUrl, `ALTER ROLE ${role} CONNECTION LIMIT -1`);
    expect((await call(t, '/api/bookings/mine', { cookie })).status).toBe(200);
  });
});
