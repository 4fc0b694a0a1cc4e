import { generateKeyPairSync, randomBytes } from 'node:crypto';
import {
  maxOfflineCheckIns,
  type ErrorResponse,
  type OfflineCheckInsRequest,
  type OfflineCheckInsResult,
} from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { QrTokensService, bookingTokenInput } from '../src/check-ins/qr-tokens.service';
import { siteToday } from '../src/common/site-time';
import {
  createKiosk,
  loadDemoSites,
  passIssuedAt,
  sessionsFor,
  simulateKioskOutage,
  type DemoSite,
  itemAt,
} from './fixtures';
import {
  call,
  createTestDatabase,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './test-app';

type QueuedScan = OfflineCheckInsRequest['checkIns'][number];

const backlogSize = 1000;
const oneMegabyte = 1024 * 1024;

let database: TestDatabase;
let first: TestApp;
let second: TestApp;
let paris: DemoSite;
let kiosk: Awaited<ReturnType<typeof createKiosk>>;

beforeAll(async () => {
  // Two API processes on one database: a batch sent again may reach either.
  database = await createTestDatabase();
  const key = generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  first = await startTestApp({ QR_SIGNING_KEY: key }, database);
  second = await startTestApp({ QR_SIGNING_KEY: key }, database);
  ({ paris } = await loadDemoSites(first));
  const cookies = await sessionsFor(first);
  kiosk = await createKiosk(first, cookies.hote, paris.id);
});
afterAll(async () => {
  await second?.close();
  await first?.close();
  await database?.drop();
});

const replay = (app: TestApp, checkIns: unknown[]) =>
  call<OfflineCheckInsResult & ErrorResponse>(app, '/api/kiosk/check-ins/offline', {
    bearer: kiosk.credential,
    body: { checkIns },
  });

const bodyBytes = (checkIns: unknown[]) => Buffer.byteLength(JSON.stringify({ checkIns }));

/**
 * `count` people each with a booking running now at a desk of their own (added to Paris), and
 * what the kiosk queued for each during an outage: the code their phone showed, and the scan
 * time — one scan every 2 s. Every tenth person showed the mail's code instead.
 */
async function queueScansDuringOutage(count: number, outageStart: Date): Promise<QueuedScan[]> {
  const run = randomBytes(4).toString('hex');
  const rows: {
    id: string;
    given_name: string;
    label: string;
    zone: string;
    starts_at: Date;
    ends_at: Date;
  }[] = await first.dataSource.query(
    `WITH people AS (
       INSERT INTO users (sub, given_name, usual_name, email, is_admin)
       SELECT 'backlog-' || $2 || '-' || n, 'Personne ' || n, 'Arrivée', 'p' || n || '.' || $2 || '@example.gouv.fr', false
       FROM generate_series(1, $3) n RETURNING id, given_name
     ), numbered_people AS (
       SELECT id, given_name, row_number() OVER (ORDER BY id) AS n FROM people
     ), desks_added AS (
       INSERT INTO desks (site_id, label, zone)
       SELECT $1, 'B' || $2 || '-' || lpad(n::text, 4, '0'), 'Salle des arrivées' FROM generate_series(1, $3) n
       RETURNING id, label, zone
     ), numbered_desks AS (
       SELECT id, label, zone, row_number() OVER (ORDER BY label) AS n FROM desks_added
     )
     INSERT INTO bookings (site_id, desk_id, user_id, slot, local_date, starts_at, ends_at, status, short_code)
     SELECT $1, d.id, p.id, 'day', $4::date, date_trunc('minute', $5::timestamptz) - interval '2 hours',
            date_trunc('minute', $5::timestamptz) + interval '2 hours', 'confirmed',
            translate(upper(substr(md5(p.id::text), 1, 8)), '01', 'XY')
     FROM numbered_people p JOIN numbered_desks d USING (n)
     RETURNING id, (SELECT given_name FROM people WHERE people.id = user_id),
               (SELECT label FROM desks_added WHERE desks_added.id = desk_id),
               (SELECT zone FROM desks_added WHERE desks_added.id = desk_id), starts_at, ends_at`,
    [paris.id, run, count, siteToday(paris.timezone, first.clock.now()), first.clock.now()],
  );
  const tokens = first.app.get(QrTokensService);
  const opensBefore = first.config.checkInOpensMinutesBefore;
  return Promise.all(
    rows.map(async (row, index) => {
      const scannedAt = new Date(outageStart.getTime() + 60_000 + index * 2_000);
      const claims = bookingTokenInput(
        {
          id: row.id,
          siteId: paris.id,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          user: { givenName: row.given_name },
          desk: { label: row.label, zone: row.zone },
        },
        opensBefore,
      );
      const token =
        index % 10 === 9
          ? await tokens.signBooking(claims)
          : (await tokens.signRotating(claims, new Date(scannedAt.getTime() - 5_000))).token;
      return {
        clientId: `${run}-${String(index).padStart(27, '0')}`,
        token,
        scannedAt: scannedAt.toISOString(),
      };
    }),
  );
}

describe('a large offline backlog drains', () => {
  test('1,000 real-size queued scans go through in batches, each applied once, a batch sent again answered the same', async () => {
    const outageStart = new Date(first.clock.now().getTime() - 40 * 60_000);
    await simulateKioskOutage(first, kiosk, 40);
    const queue = await queueScansDuringOutage(backlogSize, outageStart);

    // Real size: the rotating code as the web app issues it, and the kiosk's queued item.
    const [{ id: sampleBookingId }] = await first.dataSource.query(
      `SELECT id FROM bookings WHERE id = (SELECT id FROM bookings ORDER BY created_at DESC LIMIT 1)`,
    );
    const issuedByTheApp = await passIssuedAt(first, sampleBookingId, first.clock.now());
    const itemBytes = bodyBytes([queue[0]]) - bodyBytes([]);
    expect(Math.abs((queue[0]?.token.length ?? 0) - issuedByTheApp.token.length)).toBeLessThan(20);
    expect(itemBytes).toBeGreaterThan(400);
    expect(itemBytes).toBeLessThan(700);

    const answers: OfflineCheckInsResult['results'] = [];
    const batches: QueuedScan[][] = [];
    for (let start = 0; start < queue.length; start += maxOfflineCheckIns) {
      batches.push(queue.slice(start, start + maxOfflineCheckIns));
    }
    for (const [index, batch] of batches.entries()) {
      // The kiosk's batch size keeps real-size batches far under the 1 MB body limit.
      expect(bodyBytes(batch)).toBeLessThan(oneMegabyte / 5);
      const sent = await replay(index % 2 === 0 ? first : second, batch);
      expect(sent.status).toBe(200);
      answers.push(...sent.body.results);
    }
    expect(batches).toHaveLength(5);
    expect(answers.map((answer) => answer.clientId)).toEqual(queue.map((item) => item.clientId));
    expect(answers.filter((answer) => answer.outcome === 'applied')).toHaveLength(backlogSize);

    // The answer to batch 3 was lost: sent again (to the other process), it gets the same answers.
    const resent = await replay(first, itemAt(batches, 3, 'batch'));
    expect(resent.body.results).toEqual(answers.slice(600, 800));

    const [counts] = await first.dataSource.query(
      `SELECT count(*)::int AS arrived,
              count(*) FILTER (WHERE b.checked_in_at = o.scanned_at)::int AS at_scan_time,
              count(*) FILTER (WHERE b.checked_in_kiosk_id = $1)::int AS by_this_kiosk
       FROM offline_check_ins o JOIN bookings b ON b.id = o.booking_id
       WHERE o.kiosk_id = $1 AND b.status = 'checked_in'`,
      [kiosk.kiosk.id],
    );
    expect(counts).toEqual({
      arrived: backlogSize,
      at_scan_time: backlogSize,
      by_this_kiosk: backlogSize,
    });
  });

  test('a batch sent twice at once, to two API processes, checks each person in once and answers both the same', async () => {
    const outageStart = new Date(first.clock.now().getTime() - 20 * 60_000);
    await simulateKioskOutage(first, kiosk, 20);
    const batch = await queueScansDuringOutage(maxOfflineCheckIns, outageStart);
    const [one, two] = await Promise.all([replay(first, batch), replay(second, batch)]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(one.body.results).toEqual(two.body.results);
    expect(
      one.body.results.every((result) =>
        ['applied', 'already_checked_in'].includes(result.outcome),
      ),
    ).toBe(true);
    const [{ arrived }] = await first.dataSource.query(
      `SELECT count(*)::int AS arrived FROM bookings
       WHERE id = ANY($1::uuid[]) AND status = 'checked_in' AND checked_in_kiosk_id = $2`,
      [one.body.results.map((result) => result.bookingId), kiosk.kiosk.id],
    );
    expect(arrived).toBe(maxOfflineCheckIns);
  });
});

describe('body limit, schema bound and batch size agree', () => {
  test('the largest batch the schema accepts fits the body limit and is answered item by item', async () => {
    const base64url = (length: number) =>
      randomBytes(length).toString('base64url').slice(0, length);
    const largest = Array.from({ length: maxOfflineCheckIns }, (_, index) => ({
      clientId: `${index}-`.padEnd(64, 'x'),
      token: `${base64url(100)}.${base64url(3800)}.${base64url(98)}`,
      scannedAt: '2026-11-03T08:02:03.1234567890123+01:00',
    }));
    expect(largest[0]?.token).toHaveLength(4000);
    expect(largest[0]?.scannedAt).toHaveLength(39);
    expect(bodyBytes(largest)).toBeLessThan(oneMegabyte);
    const sent = await replay(first, largest);
    expect(sent.status).toBe(200);
    expect(sent.body.results).toHaveLength(maxOfflineCheckIns);
    expect(sent.body.results.every((result) => result.outcome === 'refused')).toBe(true);
  });

  test('one item too many is a 400, a body over 1 MB a 413, both in French', async () => {
    const item = {
      clientId: 'x',
      token: 'a.b.c'.padEnd(30, 'd'),
      scannedAt: first.clock.now().toISOString(),
    };
    const tooMany = await replay(
      first,
      Array.from({ length: maxOfflineCheckIns + 1 }, () => item),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.message).toMatch(`Au plus ${maxOfflineCheckIns} enregistrements par envoi`);
    const tooLarge = await replay(
      first,
      Array.from({ length: 300 }, () => ({ ...item, token: 'a'.repeat(4000) })),
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'La requête est trop volumineuse.',
    });
  });
});
