import type { CheckInResult, ErrorResponse, KioskPairing, PairedKiosk } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toAddressSubject } from '../src/attempt-limits/attempt-limits';
import {
  bookDayWithPass,
  createKiosk,
  loadDemoSites,
  openAllDayToday,
  sessionsFor,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import {
  call,
  createTestDatabase,
  openSessionForNewAgent,
  startTestApp,
  type ApiResponse,
  type TestApp,
  type TestDatabase,
} from './test-app';

let database: TestDatabase;
let first: TestApp;
let second: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;
let today: string;
let deskIndex = 0;

beforeAll(async () => {
  // Two API processes on one database: the counters must hold across them.
  database = await createTestDatabase();
  first = await startTestApp({}, database);
  second = await startTestApp({}, database);
  ({ paris } = await loadDemoSites(first));
  cookies = await sessionsFor(first);
  today = await openAllDayToday(first, cookies.hote, paris);
});
afterAll(async () => {
  await second?.close();
  await first?.close();
  await database?.drop();
});

/** A typed code sent by a kiosk from a source address (the proxy's X-Forwarded-For). */
const typeCode = (app: TestApp, credential: string, shortCode: string, address: string) =>
  call<CheckInResult & ErrorResponse>(app, '/api/kiosk/check-ins', {
    bearer: credential,
    body: { shortCode },
    headers: { 'x-forwarded-for': address },
  });

/** Distinct codes of the right shape that no booking has (bookings' codes use other letters). */
const wrongCode = (index: number) =>
  `ZZ${'23456789ABCDEFGH'[index % 16]}${'23456789ABCDEFGH'[Math.floor(index / 16) % 16]}ZZZZ`;

/** A person with a booking at Paris today: the code they would type. */
async function rightCode(): Promise<string> {
  const agent = await openSessionForNewAgent(first, 'Honnête');
  deskIndex += 1;
  return (await bookDayWithPass(first, agent, paris, deskIndex, today)).pass.shortCode;
}

const retryAfter = (response: ApiResponse) => Number(response.headers.get('retry-after'));
const statuses = (responses: ApiResponse[]) =>
  responses.reduce<Record<number, number>>(
    (counts, response) => ({ ...counts, [response.status]: (counts[response.status] ?? 0) + 1 }),
    {},
  );

describe('wrong typed codes', () => {
  test('200 at once from one address, through two API processes: exactly 10 are looked up, the rest refused unread', async () => {
    const { credential } = await createKiosk(first, cookies.hote, paris.id, 'Borne assaillie');
    const attacker = '198.51.100.7';
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        typeCode(index % 2 === 0 ? first : second, credential, wrongCode(index), attacker),
      ),
    );
    expect(statuses(answers)).toEqual({ 422: 10, 429: 190 });
    expect(
      answers.filter((answer) => answer.status === 422).map((answer) => answer.body.message),
    ).toEqual(Array(10).fill('Code inconnu : vérifiez la saisie.'));
    for (const refused of answers.filter((answer) => answer.status === 429)) {
      expect(refused.body.message).toMatch(
        /^Trop de codes erronés : patientez \d+ secondes avant de réessayer, ou scannez le QR code/,
      );
      expect(retryAfter(refused)).toBeGreaterThan(0);
      expect(retryAfter(refused)).toBeLessThanOrEqual(30);
    }

    // Even a right code from that address waits: the answer would tell a guess from a code.
    const code = await rightCode();
    expect((await typeCode(second, credential, code, attacker)).status).toBe(429);
    // The tablet at the door has an address of its own: the person's code goes through.
    const honest = await typeCode(first, credential, code, '192.0.2.10');
    expect(honest.status).toBe(200);
    expect(honest.body.outcome).toBe('checked_in');
  });

  test('wrong codes typed at the tablet make the next person wait a minute at most, and a right code is not counted', async () => {
    const { credential } = await createKiosk(first, cookies.hote, paris.id, 'Borne du hall');
    const tablet = '192.0.2.20';
    for (let index = 0; index < 10; index += 1) {
      // Counted by one process…
      expect((await typeCode(first, credential, wrongCode(index), tablet)).status).toBe(422);
    }
    // …enforced by the other: the counters live in PostgreSQL.
    const waiting = await typeCode(second, credential, await rightCode(), tablet);
    expect(waiting.status).toBe(429);
    expect(retryAfter(waiting)).toBeLessThanOrEqual(30);

    // Half a minute later, the next person's right code goes through…
    first.clock.advance(31_000);
    const code = await rightCode();
    expect((await typeCode(second, credential, code, tablet)).status).toBe(200);
    // …and was given back: the one after is looked up at once, then waits at most a minute.
    expect((await typeCode(first, credential, wrongCode(11), tablet)).status).toBe(422);
    const next = await typeCode(first, credential, wrongCode(12), tablet);
    expect(next.status).toBe(429);
    expect(retryAfter(next)).toBeGreaterThan(30);
    expect(retryAfter(next)).toBeLessThanOrEqual(60);
  });

  test('wrong codes from many addresses space the attempts at that kiosk by seconds, and spare other kiosks', async () => {
    const { credential, kiosk } = await createKiosk(first, cookies.hote, paris.id, 'Borne visée');
    const other = await createKiosk(first, cookies.hote, paris.id, 'Borne voisine');
    for (let index = 0; index < 30; index += 1) {
      const address = `203.0.113.${index + 1}`;
      expect((await typeCode(first, credential, wrongCode(index), address)).status).toBe(422);
    }
    const newcomer = '203.0.113.200';
    const spaced = await typeCode(second, credential, wrongCode(31), newcomer);
    expect(spaced.status).toBe(429);
    expect(spaced.body.message).toMatch(/^Trop de codes erronés sur cette borne en ce moment/);
    expect(retryAfter(spaced)).toBeLessThanOrEqual(10);
    // The newcomer's own budget was given back: refused for the kiosk, not counted for them.
    const [counter] = await first.dataSource.query(
      `SELECT failures FROM attempt_counters WHERE limit_key = $1`,
      [`typed-code-address:${kiosk.id}:${toAddressSubject(newcomer)}`],
    );
    expect(counter.failures).toBe(0);
    expect((await typeCode(first, other.credential, await rightCode(), newcomer)).status).toBe(200);
  });

  test('a counter nobody failed on for its reset time is purged when a new key is written', async () => {
    await first.dataSource.query(
      `INSERT INTO attempt_counters (limit_key, failures, blocked_until, expires_at)
       VALUES ('typed-code-kiosk:forgotten', 3, NULL, $1::timestamptz - interval '1 second')`,
      [first.clock.now()],
    );
    const { credential } = await createKiosk(first, cookies.hote, paris.id, 'Borne neuve');
    expect((await typeCode(first, credential, wrongCode(0), '192.0.2.99')).status).toBe(422);
    const rows = await first.dataSource.query(
      `SELECT 1 FROM attempt_counters WHERE limit_key = 'typed-code-kiosk:forgotten'`,
    );
    expect(rows).toEqual([]);
  });
});

describe('pairing guesses', () => {
  const pair = (app: TestApp, pairingCode: string, address: string) =>
    call<PairedKiosk & ErrorResponse>(app, '/api/kiosk/pair', {
      body: { pairingCode },
      headers: { 'x-forwarded-for': address },
    });
  const newPairingCode = async () =>
    (
      await call<KioskPairing>(first, `/api/sites/${paris.id}/kiosks`, {
        cookie: cookies.hote,
        body: { name: 'Tablette à appairer' },
      })
    ).body.pairingCode;

  test('200 at once from one address: 10 are looked up, the rest refused; a host elsewhere pairs', async () => {
    const guesser = '198.51.100.50';
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        pair(index % 2 === 0 ? first : second, wrongCode(index), guesser),
      ),
    );
    expect(statuses(answers)).toEqual({ 422: 10, 429: 190 });
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(refused.body.message).toMatch(/^Trop de codes d’appairage erronés : réessayez dans/);
    expect(retryAfter(refused)).toBeGreaterThan(0);
    expect(retryAfter(refused)).toBeLessThanOrEqual(60);

    const code = await newPairingCode();
    expect((await pair(second, code, guesser)).status).toBe(429);
    expect((await pair(second, code, '192.0.2.30')).status).toBe(201);
  });

  test('guesses from every address together: after 100 failures, at most one a second', async () => {
    // The window starts afresh: the previous test's guesses are forgotten.
    await first.dataSource.query(
      `DELETE FROM attempt_counters WHERE limit_key LIKE 'pairing-everywhere:%'`,
    );
    for (let address = 1; address <= 10; address += 1) {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          pair(first, wrongCode(address * 10 + index), `198.51.100.${100 + address}`),
        ),
      );
      expect(statuses(answers)).toEqual({ 422: 10 });
    }
    const fresh = await pair(second, wrongCode(0), '198.51.100.200');
    expect(fresh.status).toBe(429);
    expect(fresh.body.message).toBe(
      'Trop d’essais d’appairage en ce moment : réessayez dans 1 seconde.',
    );
    expect(retryAfter(fresh)).toBe(1);
  });
});
