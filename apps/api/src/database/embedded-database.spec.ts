import { Pool } from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database';

let embedded: EmbeddedDatabase;
let pool: Pool;

beforeAll(async () => {
  embedded = await startEmbeddedDatabase(undefined);
  pool = new Pool({ connectionString: embedded.url, max: 20 });
});
afterAll(async () => {
  await pool?.end();
  await embedded?.stop();
});

test('concurrent connections mixing transactions and parameterised queries each get their own rows', async () => {
  const outcomes = await Promise.all(
    Array.from({ length: 900 }, async (_, index) => {
      if (index % 3 === 0) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query('SELECT $1::int AS value', [index]);
          await client.query('COMMIT');
          return rows[0]?.value === index;
        } finally {
          client.release();
        }
      }
      const { rows } = await pool.query('SELECT $1::int + $2::int AS value', [index, 1]);
      return rows[0]?.value === index + 1;
    }),
  );
  expect(outcomes.filter((isRight) => !isRight)).toHaveLength(0);
});

test('NOTIFY reaches in-process subscribers once its transaction commits', async () => {
  const received: string[] = [];
  const unsubscribe = embedded.notifications.subscribe('admz_live', (payload) =>
    received.push(payload),
  );
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_notify('admz_live', $1)`, ['in a transaction']);
    expect(received).toEqual([]);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  await pool.query(`SELECT pg_notify('admz_live', 'alone')`);
  await pool.query(`SELECT pg_notify('elsewhere', 'not for us')`);
  unsubscribe();
  await pool.query(`SELECT pg_notify('admz_live', 'after unsubscribing')`);
  expect(received).toEqual(['in a transaction', 'alone']);
});
