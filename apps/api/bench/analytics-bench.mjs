// AdmZ analytics benchmark: a year of synthetic activity on a fresh PostgreSQL database, then
// p50/p99 of every statistics request through the production build's HTTP API.
// Usage: npm run bench (after the other benchmarks), or, once built,
//   node apps/api/bench/analytics-bench.mjs
// DATABASE_URL defaults to the local server at 127.0.0.1:5432; BENCH_REPEAT (default 40) is the
// number of timed requests per row, after 3 unmeasured ones.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import shared from '@admz/shared';
import {
  createBenchDatabase,
  dropBenchDatabase,
  freePort,
  hash,
  percentile,
  serverUrl,
  startApi,
  startSmtpSink,
  stopApi,
  waitForServer,
  withClient,
} from './bench-support.mjs';

const repeat = Number(process.env.BENCH_REPEAT ?? 40);
const sites = 3;
const desksPerSite = 100;
const people = 3000;
const administrations = 40;
const targetP99Ms = 300;

const addDays = (date, days) => shared.addDaysToIsoDate(date, days);
const round = (value, digits = 1) => Number(value.toFixed(digits));

async function sessionFor(client, userId) {
  const token = randomBytes(32).toString('base64url');
  await client.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
    [hash(token), userId],
  );
  return `admz_session=${token}`;
}

/**
 * 3 sites of 100 desks in 3 zones, open Monday to Friday; 3,000 agents of 40 administrations;
 * every desk booked most half-days of the past year, set-based (INSERT … SELECT generate_series).
 */
async function seed(client, today) {
  const started = performance.now();
  const siteIds = (
    await client.query(
      `INSERT INTO sites (name, slug, address)
       SELECT 'Bench ' || n, 'bench-' || n, n || ' rue du Banc, Paris' FROM generate_series(1, ${sites}) AS n
       RETURNING id`,
    )
  ).rows.map((row) => row.id);
  await client.query(
    `INSERT INTO desks (site_id, label, zone, attributes)
     SELECT s, 'D-' || lpad(n::text, 3, '0'), 'Zone ' || (n % 3 + 1), ARRAY['screen']
     FROM unnest($1::uuid[]) AS s, generate_series(1, ${desksPerSite}) AS n`,
    [siteIds],
  );
  await client.query(
    `INSERT INTO opening_hours (site_id, weekday, opens_at, closes_at)
     SELECT s, d, '09:00', '19:00' FROM unnest($1::uuid[]) AS s, generate_series(1, 5) AS d`,
    [siteIds],
  );
  await client.query(
    `INSERT INTO users (sub, given_name, usual_name, email, siret, organization_label)
     SELECT 'bench-' || n, 'Agent', 'Bench ' || n, 'bench' || n || '@example.gouv.fr',
            lpad((n % ${administrations})::text, 9, '1') || '00011', 'Administration ' || (n % ${administrations})
     FROM generate_series(1, ${people}) AS n`,
  );
  // The live-update trigger would queue one NOTIFY per row: not what this measures.
  await client.query(`ALTER TABLE bookings DISABLE TRIGGER bookings_live_insert`);
  const inserted = await client.query(
    `WITH person AS (SELECT array_agg(id ORDER BY split_part(sub, '-', 2)::int) AS ids FROM users),
     desk AS (SELECT id, site_id, row_number() OVER (ORDER BY site_id, label) - 1 AS k FROM desks),
     slot AS (SELECT * FROM (VALUES ('morning', time '09:00', time '13:00'),
                                    ('afternoon', time '13:00', time '19:00')) AS v(name, starts, ends)),
     day AS (SELECT g::date AS d, row_number() OVER (ORDER BY g) AS i
             FROM generate_series($1::date - 365, $1::date - 1, interval '1 day') AS g
             WHERE extract(isodow FROM g) < 6),
     booked AS (
       SELECT desk.site_id, desk.id AS desk_id, slot.name AS slot, day.d,
              ((day.d + slot.starts) AT TIME ZONE 'Europe/Paris') AS starts_at,
              ((day.d + slot.ends) AT TIME ZONE 'Europe/Paris') AS ends_at,
              person.ids[1 + ((desk.k + day.i * 7 + CASE WHEN slot.name = 'morning' THEN 0 ELSE 1500 END) % ${people})] AS user_id,
              random() AS r
       FROM day CROSS JOIN desk CROSS JOIN slot CROSS JOIN person
       WHERE random() < 0.95
     )
     INSERT INTO bookings (site_id, desk_id, user_id, slot, local_date, starts_at, ends_at, status,
                           short_code, created_at, checked_in_at, checked_out_at,
                           organization_siret, organization_label)
     SELECT b.site_id, b.desk_id, b.user_id, b.slot, b.d, b.starts_at, b.ends_at,
            CASE WHEN b.r < 0.80 THEN 'checked_out' WHEN b.r < 0.90 THEN 'absent'
                 WHEN b.r < 0.95 THEN 'cancelled' ELSE 'confirmed' END,
            -- The whole digest: a 10-character prefix collides once in about 100 seeds.
            upper(md5(b.desk_id::text || b.d || b.slot)),
            b.starts_at - interval '3 days',
            CASE WHEN b.r < 0.80 THEN b.starts_at + interval '10 minutes' END,
            CASE WHEN b.r < 0.80 THEN b.ends_at END,
            u.siret, u.organization_label
     FROM booked b JOIN users u ON u.id = b.user_id`,
    [today],
  );
  await client.query(`ALTER TABLE bookings ENABLE TRIGGER bookings_live_insert`);
  await client.query(`ANALYZE`);
  const [admin] = (
    await client.query(
      `INSERT INTO users (sub, given_name, usual_name, email, is_admin)
       VALUES ('bench-admin', 'Admin', 'Bench', 'admin@example.gouv.fr', true) RETURNING id`,
    )
  ).rows;
  const [host] = (
    await client.query(
      `INSERT INTO users (sub, given_name, usual_name, email)
       VALUES ('bench-host', 'Host', 'Bench', 'host@example.gouv.fr') RETURNING id`,
    )
  ).rows;
  await client.query(`INSERT INTO site_roles (user_id, site_id, role) VALUES ($1, $2, 'host')`, [
    host.id,
    siteIds[0],
  ]);
  return {
    siteIds,
    bookings: inserted.rowCount,
    seedSeconds: round((performance.now() - started) / 1000),
    adminCookie: await sessionFor(client, admin.id),
    hostCookie: await sessionFor(client, host.id),
  };
}

/** The last day of the last complete month 3 days ago, once the API's start-up run rolled it up. */
async function waitForRollup(databaseUrl, today) {
  const settled = addDays(today, -3);
  const lastMonthEnd = addDays(settled, 1).endsWith('-01')
    ? settled
    : addDays(`${settled.slice(0, 8)}01`, -1);
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const rows = await withClient(databaseUrl, (client) =>
      client.query(`SELECT rolled_through::text AS day FROM analytics_rollup_state`),
    ).catch(() => ({ rows: [] }));
    if (rows.rows[0]?.day === lastMonthEnd) return lastMonthEnd;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the months through ${lastMonthEnd} were not rolled up in 5 minutes`);
}

/** `count` sequential requests after 3 unmeasured ones; `path` may vary per request. */
async function measure(baseUrl, cookie, pathOf, count = repeat, warmUp = 3) {
  const durations = [];
  let errors = 0;
  let bytes = 0;
  for (let index = 0; index < warmUp + count; index += 1) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${pathOf(index)}`, {
      headers: cookie ? { cookie } : {},
    });
    const body = await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (response.status !== 200) errors += 1;
    if (index >= warmUp) {
      durations.push(elapsed);
      bytes = body.byteLength;
    }
  }
  durations.sort((a, b) => a - b);
  return {
    'p50 ms': round(percentile(durations, 50)),
    'p99 ms': round(percentile(durations, 99)),
    requests: count,
    'non-200': errors,
    'bytes (last)': bytes,
  };
}

async function main() {
  const database = await createBenchDatabase('admz_bench_analytics');
  const databaseUrl = database.url;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The first start creates the schema; the history is then written as a year of use would
  // have left it, and the API restarted: its start-up run rolls up the past months, as the
  // nightly run would have done month after month.
  const smtp = await startSmtpSink();
  let child = startApi({ port, databaseUrl, smtpUrl: smtp.url });
  try {
    await waitForServer(baseUrl, child);
    const today = new Date().toISOString().slice(0, 10);
    const fixture = await withClient(databaseUrl, (client) => seed(client, today));
    await stopApi(child);
    const restartedAt = performance.now();
    child = startApi({ port, databaseUrl, smtpUrl: smtp.url });
    await waitForServer(baseUrl, child);
    const rolledThrough = await waitForRollup(databaseUrl, today);
    const rollupSeconds = ((performance.now() - restartedAt) / 1000).toFixed(1);
    const [site] = fixture.siteIds;
    const week = { from: addDays(today, -14), to: addDays(today, -8) };
    const month = { from: addDays(today, -60), to: addDays(today, -31) };
    const year = { from: addDays(today, -365), to: addDays(today, -1) };
    const q = (period) => `from=${period.from}&to=${period.to}`;
    const host = fixture.hostCookie;
    const admin = fixture.adminCookie;
    const rows = {};
    for (const [name, period] of [
      ['week', week],
      ['month', month],
      ['year', year],
    ]) {
      rows[`site analytics, ${name} (host)`] = await measure(
        baseUrl,
        host,
        () => `/api/sites/${site}/analytics?${q(period)}`,
      );
    }
    rows['site CSV days.csv, month'] = await measure(
      baseUrl,
      host,
      () => `/api/sites/${site}/analytics/days.csv?${q(month)}`,
    );
    rows['site CSV desks.csv, year'] = await measure(
      baseUrl,
      host,
      () => `/api/sites/${site}/analytics/desks.csv?${q(year)}`,
    );
    for (const [name, period] of [
      ['week', week],
      ['month', month],
      ['year', year],
    ]) {
      rows[`network analytics, ${name} (admin)`] = await measure(
        baseUrl,
        admin,
        () => `/api/analytics/network?${q(period)}`,
      );
    }
    rows['network CSV, year'] = await measure(
      baseUrl,
      admin,
      () => `/api/analytics/network.csv?${q(year)}`,
    );
    // Each `months` value computes once, then is served from the 10-minute cache.
    rows['open statistics, computed (months=1…24, each once)'] = await measure(
      baseUrl,
      undefined,
      (index) => `/api/open-statistics?months=${index + 1}`,
      24,
      0,
    );
    rows['open statistics, cached (months=12)'] = await measure(
      baseUrl,
      undefined,
      () => `/api/open-statistics?months=12`,
    );
    rows['open statistics CSV (months=12)'] = await measure(
      baseUrl,
      undefined,
      () => `/api/open-statistics.csv?months=12`,
    );
    rows['open data: sites'] = await measure(baseUrl, undefined, () => `/api/open-data/sites`);

    console.log(
      `\nAdmZ analytics benchmark — ${new Date().toISOString()} — ${sites} sites, ${sites * desksPerSite} desks, ${people} agents of ${administrations} administrations, ${fixture.bookings} bookings over the past year (seeded in ${fixture.seedSeconds} s; months rolled up through ${rolledThrough}, ${rollupSeconds} s after a restart), PostgreSQL ${serverUrl.replace(/\/\/[^@]*@/, '//')}\n`,
    );
    console.table(rows);
    const over = Object.entries(rows).filter(([, row]) => row['p99 ms'] >= targetP99Ms);
    const failed = Object.entries(rows).filter(([, row]) => row['non-200'] > 0);
    console.log(
      over.length === 0
        ? `every p99 < ${targetP99Ms} ms: met`
        : `p99 ≥ ${targetP99Ms} ms: ${over.map(([name]) => name).join(', ')}`,
    );
    console.log(`non-200 answers: ${failed.length === 0 ? 0 : failed.map(([n]) => n).join(', ')}`);
  } finally {
    await stopApi(child);
    await smtp.close();
    await dropBenchDatabase(database.name);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
