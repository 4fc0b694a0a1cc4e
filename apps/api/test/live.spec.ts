import { generateKeyPairSync } from 'node:crypto';
import type { CheckInResult, LiveEvent } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  book,
  createKiosk,
  loadDemoSites,
  openAllDayToday,
  sessionsFor,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import { openLiveStream } from './live-stream';
import {
  call,
  createTestDatabase,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './test-app';

let database: TestDatabase;
let first: TestApp;
let second: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let today: string;

beforeAll(async () => {
  // Two API processes on one database: what one changes, clients of the other hear.
  database = await createTestDatabase();
  const key = generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  first = await startTestApp({ QR_SIGNING_KEY: key }, database);
  second = await startTestApp({ QR_SIGNING_KEY: key }, database);
  ({ paris, lyon } = await loadDemoSites(first));
  cookies = await sessionsFor(first);
  today = await openAllDayToday(first, cookies.hote, paris);
});
afterAll(async () => {
  await second?.close();
  await first?.close();
  await database?.drop();
});

describe('live updates (SSE over LISTEN/NOTIFY)', () => {
  test('a check-in made through one API process reaches the host dashboard served by another', async () => {
    const kiosk = await createKiosk(first, cookies.hote, paris.id);
    const stream = await openLiveStream(second, `/api/sites/${paris.id}/live`, {
      cookie: cookies.hote,
    });
    try {
      const initial = await stream.next();
      expect(initial).toMatchObject({
        type: 'occupancy',
        siteId: paris.id,
        occupancy: { present: 0, capacity: paris.deskIds.length },
      });
      const booked = await book(first, cookies.agent, {
        siteId: paris.id,
        deskId: paris.deskId(0),
        date: today,
        slot: 'day',
      });
      expect(booked.status).toBe(201);
      const bookedEvent = await stream.next((event) => event.type === 'attendance');
      expect(bookedEvent).toMatchObject({ change: 'booked', bookingId: booked.body.id });

      const pass = await call<{ token: string }>(first, `/api/bookings/${booked.body.id}/pass`, {
        cookie: cookies.agent,
      });
      const checkedIn = await call<CheckInResult>(first, '/api/kiosk/check-ins', {
        bearer: kiosk.credential,
        body: { token: pass.body.token },
      });
      expect(checkedIn.body.outcome).toBe('checked_in');
      const arrival = await stream.next(
        (event) => event.type === 'attendance' && event.change === 'checked_in',
      );
      expect(arrival).toMatchObject({
        bookingId: booked.body.id,
        person: { givenName: 'Camille', usualName: 'Martin' },
        deskLabel: paris.deskLabel(0),
      });
      const occupancy = await stream.next(
        (event: LiveEvent) => event.type === 'occupancy' && event.occupancy.present === 1,
      );
      expect(occupancy).toMatchObject({ occupancy: { present: 1, booked: 1 } });
    } finally {
      stream.close();
    }
  });

  test("kiosks hear their site's message and occupancy, without who arrived", async () => {
    const kiosk = await createKiosk(second, cookies.hote, paris.id, 'Borne du hall');
    const stream = await openLiveStream(first, '/api/kiosk/live', { bearer: kiosk.credential });
    try {
      expect((await stream.next()).type).toBe('occupancy');
      const patched = await call(second, `/api/sites/${paris.id}`, {
        method: 'PATCH',
        cookie: cookies.hote,
        body: { kioskMessage: 'Atelier « données » à 14 h en salle 2' },
      });
      expect(patched.status).toBe(200);
      expect(await stream.next((event) => event.type === 'kiosk-message')).toEqual({
        type: 'kiosk-message',
        siteId: paris.id,
        message: 'Atelier « données » à 14 h en salle 2',
      });
      const booked = await book(second, cookies.agent2, {
        siteId: paris.id,
        deskId: paris.deskId(1),
        date: today,
        slot: 'day',
      });
      expect(booked.status).toBe(201);
      const attendance = await stream.next((event) => event.type === 'attendance');
      expect(attendance).toMatchObject({ change: 'booked', person: null, deskLabel: null });
    } finally {
      stream.close();
    }
  });

  test('only hosts of the site and its kiosks may listen', async () => {
    const asAgent = await call(first, `/api/sites/${paris.id}/live`, { cookie: cookies.agent });
    expect(asAgent.status).toBe(403);
    const otherSite = await call(first, `/api/sites/${lyon.id}/live`, { cookie: cookies.hote });
    expect(otherSite.status).toBe(403);
    expect((await call(first, `/api/sites/${paris.id}/live`)).status).toBe(401);
    expect((await call(first, '/api/kiosk/live')).status).toBe(401);
    const unknown = await call(first, '/api/sites/00000000-0000-4000-8000-000000000000/live', {
      cookie: cookies.admin,
    });
    expect(unknown.status).toBe(404);
  });
});
