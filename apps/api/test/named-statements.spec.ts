import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { QueryRunner } from 'typeorm';
import { z } from 'zod';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../src/database/database-connection';
import { namedStatement, queryOneRow, queryRows } from '../src/database/typed-query';
import { addDays, book, loadDemoSites, mondayOfOpenWeek, type DemoSite } from './fixtures';
import { openSessionForNewAgent, startTestApp, type TestApp } from './test-app';

/**
 * Issue 13, point 1: a booking's insert is parsed and planned once per connection on a
 * PostgreSQL server (a named statement), and sent whole on the embedded database, whose pooled
 * connections share one backend. Runs on both databases (CI runs the suite both ways).
 */
let t: TestApp;
let paris: DemoSite;
const runners: QueryRunner[] = [];

beforeAll(async () => {
  t = await startTestApp();
  ({ paris } = await loadDemoSites(t));
});
afterAll(async () => {
  for (const runner of runners) await runner.release();
  await t?.close();
});

async function connection(): Promise<QueryRunner> {
  const runner = t.dataSource.createQueryRunner();
  await runner.connect();
  runners.push(runner);
  return runner;
}

const preparedNames = (runner: QueryRunner) =>
  queryRows(
    runner.manager,
    z.object({ name: z.string() }),
    `SELECT name FROM pg_prepared_statements WHERE name LIKE 'admz\\_%' ORDER BY name`,
  );

describe('named statements', () => {
  test('names are used on a server only', () => {
    const database = t.app.get<DatabaseConnection>(DATABASE_CONNECTION);
    expect(database.namesStatements).toBe(t.isRealServer);
  });

  test('one text has one name, another text another', () => {
    const first = namedStatement('SELECT $1::int AS n');
    expect(namedStatement('SELECT $1::int AS n')).toBe(first);
    expect(first.name).toMatch(/^admz_[0-9a-f]{24}$/);
    expect(namedStatement('SELECT $1::int + 1 AS n').name).not.toBe(first.name);
  });

  test('a named statement is prepared once on its connection and answers each time', async () => {
    const runner = await connection();
    const statement = namedStatement('SELECT $1::int * 2 AS doubled');
    const doubled = z.object({ doubled: z.number() });
    for (const value of [1, 2, 3]) {
      expect(await queryOneRow(runner.manager, doubled, statement, [value])).toEqual({
        doubled: value * 2,
      });
    }
    expect(await preparedNames(runner)).toContainEqual({ name: statement.name });
  });

  test('why not on the embedded database: its connections share one backend', async () => {
    const statement = namedStatement('SELECT $1::int * 3 AS tripled');
    const tripled = z.object({ tripled: z.number() });
    const [first, second] = [await connection(), await connection()];
    expect(await queryOneRow(first.manager, tripled, statement, [2])).toEqual({ tripled: 6 });
    const onSecond = queryOneRow(second.manager, tripled, statement, [3]);
    if (t.isRealServer) {
      // Each connection its own backend: each prepares the name for itself.
      await expect(onSecond).resolves.toEqual({ tripled: 9 });
    } else {
      // One backend: the second connection's Parse finds the name taken by the first.
      await expect(onSecond).rejects.toMatchObject({ driverError: { code: '42P05' } });
    }
  });

  test('bookings are stored and refused as before, one after another and at once', async () => {
    const people = [
      await openSessionForNewAgent(t, 'Ada'),
      await openSessionForNewAgent(t, 'Bao'),
      await openSessionForNewAgent(t, 'Céleste'),
    ];
    const monday = mondayOfOpenWeek(t.clock, paris.timezone, 0);
    // Desks the demo data leaves free over the weeks used here.
    const free = (await t.dataSource.query(
      `SELECT d.id, d.label FROM desks d
        WHERE d.site_id = $1 AND d.is_active AND NOT EXISTS (
          SELECT 1 FROM bookings b WHERE b.desk_id = d.id AND b.local_date >= $2::date)
        ORDER BY d.label LIMIT 4`,
      [paris.id, monday],
    )) as { id: string; label: string }[];
    const [first, second, third, wanted] = free;
    if (!first || !second || !third || !wanted) throw new Error('four free desks expected');
    const deskOf = [first, second, third];
    // Twelve bookings one after the other, Monday to Thursday: more than PostgreSQL's five
    // custom plans before it considers a generic one.
    for (let day = 0; day < 4; day += 1) {
      for (const [index, cookie] of people.entries()) {
        const response = await book(t, cookie, {
          siteId: paris.id,
          deskId: deskOf[index]?.id ?? '',
          date: addDays(monday, day),
          slot: 'day',
        });
        expect(response.status, JSON.stringify(response.body)).toBe(201);
      }
    }
    // Then one desk wanted by three people at once: one booking, two refusals.
    const friday = addDays(monday, 4);
    const answers = await Promise.all(
      people.map((cookie) =>
        book(t, cookie, { siteId: paris.id, deskId: wanted.id, date: friday, slot: 'day' }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    for (const refusal of answers.filter((answer) => answer.status === 409)) {
      expect(JSON.stringify(refusal.body)).toContain(wanted.label);
    }
    const [stored] = (await t.dataSource.query(
      `SELECT count(*)::int AS count FROM bookings WHERE desk_id = $1 AND local_date = $2`,
      [wanted.id, friday],
    )) as { count: number }[];
    expect(stored?.count).toBe(1);
  });
});
