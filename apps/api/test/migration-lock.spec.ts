import type { Readiness } from '@admz/shared';
import { afterAll, describe, expect, test } from 'vitest';
import { migrations } from '../src/database/data-source';
import {
  call,
  createTestDatabase,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './test-app';

/**
 * A first deployment with several replicas, or a new version rolled out to all of them at once:
 * the processes start together on a database the migrations have not reached. One migrates under
 * a PostgreSQL advisory lock while the others wait, then find nothing left to do. On a server
 * each process has its own connections (sessions), which the lock keeps apart; on the embedded
 * database the three share its one session, and queue in memory (run-migrations.ts).
 */
let database: TestDatabase | undefined;
let apps: TestApp[] = [];

afterAll(async () => {
  for (const app of apps) await app.close();
  await database?.drop();
});

describe('three API processes starting at once on an empty database', () => {
  test('all start and answer ready; every migration is applied once', async () => {
    database = await createTestDatabase({ isEmpty: true });
    const empty = database;
    const started = await Promise.allSettled(
      [1, 2, 3].map(() => startTestApp({ SEED_DEMO_DATA: 'false' }, empty)),
    );
    apps = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failures = started.flatMap((result) =>
      result.status === 'rejected'
        ? [String(result.reason instanceof Error ? result.reason.stack : result.reason)]
        : [],
    );
    expect(failures).toEqual([]);
    expect(apps).toHaveLength(3);

    const applied = (await apps[0]!.dataSource.query(
      'SELECT name, count(*)::int AS times FROM migrations GROUP BY name ORDER BY name',
    )) as { name: string; times: number }[];
    expect(applied.map((row) => row.name).sort()).toEqual(
      migrations.map((migration) => migration.name).sort(),
    );
    expect(applied.filter((row) => row.times !== 1)).toEqual([]);

    for (const app of apps) {
      const ready = await call<Readiness>(app, '/api/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.checks.migrations).toBe(true);
    }
  });
});
