import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jobQueues } from '../src/jobs/job-queues';
import { JobsService } from '../src/jobs/jobs.service';
import { RetentionService, retentionCron } from '../src/privacy/retention.service';
import { generateShortCode } from '../src/bookings/bookings.service';
import { loadDemoSites, sessionsFor, type DemoSite } from './fixtures';
import { call, openSessionForNewAgent, startTestApp, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let kioskId: string;
/** One instant for the whole file (the server's clock at start): every seeded date is relative to it. */
let now: Date;

beforeAll(async () => {
  t = await startTestApp({ JOBS_POLLING_SECONDS: '0.5' });
  now = t.clock.now();
  ({ paris } = await loadDemoSites(t));
  [{ id: kioskId }] = await t.dataSource.query(`SELECT id FROM kiosks WHERE site_id = $1`, [
    paris.id,
  ]);
});
afterAll(async () => {
  await t?.close();
});

const ago = (interval: string) => `$1::timestamptz - interval '${interval}'`;

/** A new agent with a session, and their user id. */
async function newAgent(name: string): Promise<{ cookie: string; userId: string }> {
  const cookie = await openSessionForNewAgent(t, name);
  const me = await call<{ id: string }>(t, '/api/me', { cookie });
  return { cookie, userId: me.body.id };
}

/** A past booking of `userId` that ended `endedAgo`, checked in and out by the demo kiosk. */
async function seedAttendedBooking(
  userId: string,
  endedAgo: string,
  deskIndex: number,
  seriesId: string | null = null,
): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO bookings (site_id, desk_id, user_id, slot, local_date, starts_at, ends_at, status,
                           short_code, checked_in_at, checked_in_kiosk_id, checked_out_at,
                           mail_qr_used_at, series_id)
     VALUES ($2, $3, $4, 'morning', (${ago(endedAgo)})::date, ${ago(endedAgo)} - interval '4 hours',
             ${ago(endedAgo)}, 'checked_out', $5, ${ago(endedAgo)} - interval '3 hours 50 minutes', $6,
             ${ago(endedAgo)} - interval '10 minutes', ${ago(endedAgo)} - interval '3 hours 50 minutes', $7)
     RETURNING id`,
    [now, paris.id, paris.deskId(deskIndex), userId, generateShortCode(), kioskId, seriesId],
  );
  return id;
}

async function seedSeries(userId: string, untilAgo: string): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO booking_series (user_id, site_id, desk_id, slot, weekdays, from_date, until_date)
     VALUES ($2, $3, $4, 'morning', '{1,2,3,4,5}', (${ago(untilAgo)})::date - 30, (${ago(untilAgo)})::date)
     RETURNING id`,
    [now, userId, paris.id, paris.deskId(0)],
  );
  return id;
}

async function seedWaitlistEntry(userId: string, endedAgo: string): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO waitlist_entries (site_id, user_id, local_date, slot, starts_at, ends_at, status, ended_at)
     VALUES ($2, $3, (${ago(endedAgo)})::date, 'morning', ${ago(endedAgo)} - interval '4 hours',
             ${ago(endedAgo)}, 'expired', ${ago(endedAgo)})
     RETURNING id`,
    [now, paris.id, userId],
  );
  return id;
}

async function seedOfflineScan(bookingId: string, receivedAgo: string): Promise<string> {
  const clientId = randomUUID();
  await t.dataSource.query(
    `INSERT INTO offline_check_ins (kiosk_id, client_id, booking_id, outcome, scanned_at, received_at)
     VALUES ($2, $3, $4, 'applied', ${ago(receivedAgo)} - interval '1 hour', ${ago(receivedAgo)})`,
    [now, kioskId, clientId, bookingId],
  );
  return clientId;
}

async function seedSession(userId: string, expiresIn: string): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($2, $3, $1::timestamptz + interval '${expiresIn}')
     RETURNING id`,
    [now, randomBytes(32).toString('hex'), userId],
  );
  return id;
}

async function seedLoginAttempt(expiresIn: string): Promise<string> {
  const id = randomBytes(16).toString('base64url');
  await t.dataSource.query(
    `INSERT INTO login_attempts (id, state, nonce, code_verifier, return_to, expires_at)
     VALUES ($2, 's', 'n', 'v', '/', $1::timestamptz + interval '${expiresIn}')`,
    [now, id],
  );
  return id;
}

async function seedOutboxMessage(createdAgo: string, emlFile: string | null): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO outbox_messages (created_at, to_address, subject, text_body, html_preview, raw, eml_file)
     VALUES (${ago(createdAgo)}, '"Test" <test@example.gouv.fr>', 'Réservation confirmée', 'texte', '<p>html</p>', 'raw', $2)
     RETURNING id`,
    [now, emlFile],
  );
  return id;
}

async function seedArchivedJob(archivedAgo: string): Promise<string> {
  const id = randomUUID();
  await t.dataSource.query(
    `INSERT INTO pgboss.archive (id, name, priority, data, state, retry_limit, retry_count, retry_delay,
                                 retry_backoff, start_after, expire_in, created_on, completed_on,
                                 keep_until, archived_on)
     VALUES ($2, 'notifications.send', 0, '{"kind":"booking-confirmed"}', 'completed', 0, 0, 0, false,
             ${ago(archivedAgo)}, interval '15 minutes', ${ago(archivedAgo)}, ${ago(archivedAgo)},
             ${ago(archivedAgo)}, ${ago(archivedAgo)})`,
    [now, id],
  );
  return id;
}

const bookingRow = async (id: string) =>
  (
    await t.dataSource.query(
      `SELECT user_id, series_id, status, checked_in_at, checked_out_at, checked_in_kiosk_id,
              mail_qr_used_at, site_id, desk_id, local_date::text AS local_date, slot
       FROM bookings WHERE id = $1`,
      [id],
    )
  )[0];
const exists = async (sql: string, parameters: unknown[]) =>
  (await t.dataSource.query(sql, parameters)).length > 0;

describe('the daily retention purge', () => {
  test('erases presence after 3 months, unlinks bookings after 12, deletes what expired, keeps the rest', async () => {
    const { cookie, userId } = await newAgent('Rétention');
    const oldSeries = await seedSeries(userId, '13 months');
    const recentSeries = await seedSeries(userId, '2 months');
    const yearOld = await seedAttendedBooking(userId, '13 months', 0, oldSeries);
    const fourMonthsOld = await seedAttendedBooking(userId, '3 months 1 day', 1);
    const twoMonthsOld = await seedAttendedBooking(userId, '2 months 29 days', 2, recentSeries);
    const oldWaiting = await seedWaitlistEntry(userId, '12 months 1 day');
    const recentWaiting = await seedWaitlistEntry(userId, '11 months');
    const oldScan = await seedOfflineScan(fourMonthsOld, '3 months 1 day');
    const recentScan = await seedOfflineScan(twoMonthsOld, '2 months');
    const expiredSession = await seedSession(userId, '-1 hour');
    const expiredAttempt = await seedLoginAttempt('-1 minute');
    const liveAttempt = await seedLoginAttempt('9 minutes');
    const emlDirectory = mkdtempSync(join(tmpdir(), 'admz-outbox-'));
    const oldEml = join(emlDirectory, 'old.eml');
    writeFileSync(oldEml, 'raw');
    const oldMail = await seedOutboxMessage('31 days', oldEml);
    const recentMail = await seedOutboxMessage('29 days', null);
    const oldJob = await seedArchivedJob('8 days');
    const recentJob = await seedArchivedJob('6 days');

    const report = await t.app.get(RetentionService).purge(now);

    // Past 12 months: nobody can tell who booked; site, desk, day, slot and status stay for statistics.
    const anonymised = await bookingRow(yearOld);
    expect(anonymised).toMatchObject({
      user_id: null,
      series_id: null,
      status: 'checked_out',
      checked_in_at: null,
      checked_out_at: null,
      checked_in_kiosk_id: null,
      mail_qr_used_at: null,
      site_id: paris.id,
      desk_id: paris.deskId(0),
      slot: 'morning',
    });
    expect(anonymised.local_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Past 3 months: the person stays linked, the times and the kiosk go.
    expect(await bookingRow(fourMonthsOld)).toMatchObject({
      user_id: userId,
      status: 'checked_out',
      checked_in_at: null,
      checked_out_at: null,
      checked_in_kiosk_id: null,
      mail_qr_used_at: null,
    });
    // Within 3 months: untouched.
    const kept = await bookingRow(twoMonthsOld);
    expect(kept).toMatchObject({ user_id: userId, series_id: recentSeries });
    expect(kept.checked_in_at).toBeInstanceOf(Date);
    expect(kept.checked_out_at).toBeInstanceOf(Date);
    expect(kept.checked_in_kiosk_id).toBe(kioskId);

    const seriesLeft = await t.dataSource.query(
      `SELECT id FROM booking_series WHERE id = ANY($1::uuid[])`,
      [[oldSeries, recentSeries]],
    );
    expect(seriesLeft.map((row: { id: string }) => row.id)).toEqual([recentSeries]);
    expect(await exists(`SELECT 1 FROM waitlist_entries WHERE id = $1`, [oldWaiting])).toBe(false);
    expect(await exists(`SELECT 1 FROM waitlist_entries WHERE id = $1`, [recentWaiting])).toBe(
      true,
    );
    expect(await exists(`SELECT 1 FROM offline_check_ins WHERE client_id = $1`, [oldScan])).toBe(
      false,
    );
    expect(await exists(`SELECT 1 FROM offline_check_ins WHERE client_id = $1`, [recentScan])).toBe(
      true,
    );
    expect(await exists(`SELECT 1 FROM sessions WHERE id = $1`, [expiredSession])).toBe(false);
    // The agent's live session still works.
    expect((await call(t, '/api/me', { cookie })).status).toBe(200);
    expect(await exists(`SELECT 1 FROM login_attempts WHERE id = $1`, [expiredAttempt])).toBe(
      false,
    );
    expect(await exists(`SELECT 1 FROM login_attempts WHERE id = $1`, [liveAttempt])).toBe(true);
    expect(await exists(`SELECT 1 FROM outbox_messages WHERE id = $1`, [oldMail])).toBe(false);
    expect(existsSync(oldEml)).toBe(false);
    expect(await exists(`SELECT 1 FROM outbox_messages WHERE id = $1`, [recentMail])).toBe(true);
    expect(await exists(`SELECT 1 FROM pgboss.archive WHERE id = $1`, [oldJob])).toBe(false);
    expect(await exists(`SELECT 1 FROM pgboss.archive WHERE id = $1`, [recentJob])).toBe(true);

    expect(report).toMatchObject({
      bookingHolders: 1,
      bookingSeries: 1,
      waitlistEntries: 1,
      offlineScans: 1,
      outboxMessages: 1,
    });
    // The 12-month-old booking had presence data too.
    expect(report.presenceTimes).toBe(2);

    // A second run finds nothing left to do.
    const again = await t.app.get(RetentionService).purge(now);
    expect(Object.values(again).every((count) => count === 0)).toBe(true);
  });

  test('deletes attempt counters whose window ended and kiosk silences older than 48 hours', async () => {
    await t.dataSource.query(
      `INSERT INTO attempt_counters (limit_key, failures, blocked_until, expires_at)
       VALUES ('test:ended', 3, NULL, $1::timestamptz - interval '1 second'),
              ('test:running', 3, NULL, $1::timestamptz + interval '5 minutes')`,
      [now],
    );
    await t.dataSource.query(
      `INSERT INTO kiosk_offline_periods (kiosk_id, started_at, ended_at)
       VALUES ($2, $1::timestamptz - interval '50 hours', $1::timestamptz - interval '49 hours'),
              ($2, $1::timestamptz - interval '2 hours', $1::timestamptz - interval '1 hour')`,
      [now, kioskId],
    );
    const report = await t.app.get(RetentionService).purge(now);
    expect(report).toMatchObject({ attemptCounters: 1, kioskOfflinePeriods: 1 });
    const counters = await t.dataSource.query(
      `SELECT limit_key FROM attempt_counters WHERE limit_key LIKE 'test:%'`,
    );
    expect(counters).toEqual([{ limit_key: 'test:running' }]);
    const silences: unknown[] = await t.dataSource.query(
      `SELECT 1 FROM kiosk_offline_periods WHERE kiosk_id = $1`,
      [kioskId],
    );
    expect(silences).toHaveLength(1);
  });

  test('the host still counts an anonymised booking, without a name', async () => {
    const { userId } = await newAgent('Ancienne');
    const bookingId = await seedAttendedBooking(userId, '13 months', 3);
    await t.app.get(RetentionService).purge(now);
    const { local_date: date } = await bookingRow(bookingId);
    const cookies = await sessionsFor(t);
    const presence = await call<{
      entries: { bookingId: string; person: unknown; hasArrived: boolean; status: string }[];
    }>(t, `/api/sites/${paris.id}/presence?date=${date}`, { cookie: cookies.hote });
    expect(presence.status).toBe(200);
    const entry = presence.body.entries.find((row) => row.bookingId === bookingId);
    expect(entry).toMatchObject({ person: null, status: 'checked_out', hasArrived: true });
  });

  test('runs daily from one pg-boss schedule, however many API processes start', async () => {
    const second = await startTestApp({ JOBS_POLLING_SECONDS: '0.5' }, t.database);
    try {
      const schedules = await t.dataSource.query(
        `SELECT name, cron FROM pgboss.schedule WHERE name = $1`,
        [jobQueues.retentionPurge],
      );
      expect(schedules).toEqual([{ name: jobQueues.retentionPurge, cron: retentionCron }]);

      // A job on the queue (what the cron sends each day) runs the purge in some process.
      const { userId } = await newAgent('Tâche');
      const expired = await seedSession(userId, '-2 hours');
      await t.app.get(JobsService).send(jobQueues.retentionPurge, {});
      const deadline = Date.now() + 20_000;
      while (
        (await exists(`SELECT 1 FROM sessions WHERE id = $1`, [expired])) &&
        Date.now() < deadline
      ) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await exists(`SELECT 1 FROM sessions WHERE id = $1`, [expired])).toBe(false);
    } finally {
      await second.close();
    }
  });

  test('two processes purging at once do each piece of work once', async () => {
    const second = await startTestApp({}, t.database);
    try {
      const { userId } = await newAgent('Concurrence');
      const bookings = [];
      for (let index = 0; index < 6; index += 1) {
        bookings.push(await seedAttendedBooking(userId, `${13 + index} months`, 4 + index));
      }
      for (let index = 0; index < 5; index += 1) await seedSession(userId, `-${index + 1} hours`);
      for (let index = 0; index < 4; index += 1)
        await seedOutboxMessage(`${40 + index} days`, null);

      const [first, other] = await Promise.all([
        t.app.get(RetentionService).purge(now),
        second.app.get(RetentionService).purge(now),
      ]);
      // Each row is changed by exactly one of the two runs: the counts add up, never double.
      expect(first.bookingHolders + other.bookingHolders).toBe(6);
      expect(first.presenceTimes + other.presenceTimes).toBe(6);
      expect(first.expiredSessions + other.expiredSessions).toBe(5);
      expect(first.outboxMessages + other.outboxMessages).toBe(4);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM bookings WHERE id = ANY($1::uuid[]) AND user_id IS NULL AND checked_in_at IS NULL`,
        [bookings],
      );
      expect(count).toBe(6);
    } finally {
      await second.close();
    }
  });
});
