import { Client } from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { book, loadDemoSites, nextWeekday, sessionsFor } from './fixtures';
import { openLiveStream } from './live-stream';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './test-app';

/**
 * Each NOTIFY wakes every backend that LISTENs, and each wakes its process: an API process holds
 * one listening connection for its caches and its live streams, a worker none (it serves no
 * request and no stream). A booking then wakes one backend per API process, not four.
 */
let database: TestDatabase;
let api: TestApp;
let worker: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startTestApp({ PROCESS_ROLE: 'api', DATABASE_URL: database.url }, database);
  worker = await startTestApp({ PROCESS_ROLE: 'worker', DATABASE_URL: database.url }, database);
});
afterAll(async () => {
  await worker?.close();
  await api?.close();
  await database?.drop();
});

async function listeningConnections(): Promise<Record<string, number>> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ application_name: string; count: number }>(
      `SELECT application_name, count(*)::int AS count FROM pg_stat_activity
       WHERE datname = current_database() AND query LIKE 'LISTEN%'
       GROUP BY application_name`,
    );
    return Object.fromEntries(rows.map((row) => [row.application_name, row.count]));
  } finally {
    await client.end();
  }
}

test('one listening connection for the api process, none for the worker', async () => {
  expect(await listeningConnections()).toEqual({ 'admz-notices': 1 });
});

test('a booking reaches the live stream through that one connection', async () => {
  const { paris } = await loadDemoSites(api);
  const cookies = await sessionsFor(api);
  const stream = await openLiveStream(api, `/api/sites/${paris.id}/live`, { cookie: cookies.hote });
  try {
    await stream.next((event) => event.type === 'occupancy');
    const booked = await book(api, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(12),
      date: nextWeekday(api.clock, paris.timezone, 2),
      slot: 'day',
    });
    expect(booked.status).toBe(201);
    const occupancy = await stream.next((event) => event.type === 'occupancy');
    expect(occupancy.type).toBe('occupancy');
  } finally {
    stream.close();
  }
});
