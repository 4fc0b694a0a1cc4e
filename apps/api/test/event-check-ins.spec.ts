import { generateKeyPairSync } from 'node:crypto';
import type {
  ArchiveSearchResult,
  CheckInResult,
  ErrorResponse,
  Event,
  EventApproval,
  EventAttendance,
  EventPass,
  EventRegistrant,
  EventRegistrationState,
  OfflineCheckInsResult,
  OpenStatistics,
  PersonPass,
  ZoneSummary,
} from '@admz/shared';
import { SignJWT, decodeJwt } from 'jose';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { QrTokensService } from '../src/check-ins/qr-tokens.service';
import { EventRegistrationsService } from '../src/events/event-registrations.service';
import { User } from '../src/users/user.entity';
import {
  bookDayWithPass,
  createKiosk,
  itemAt,
  openAllDayToday,
  simulateKioskOutage,
  startDemoApp,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import { call, openSessionForNewAgent, type TestApp } from './test-app';

/**
 * Check-in at the door of an event (issue 10, point 4). The server starts on Tuesday 9 March
 * 2027 at 08:55 in Paris; the Paris event runs today 10:00–12:00 (its door opens at 09:30), the
 * Lyon one 14:00–15:00. Time is moved with the server's clock, never waited for.
 */
let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let parisKiosk: { kiosk: { id: string }; credential: string };
let lyonKiosk: { kiosk: { id: string }; credential: string };
let today: string;
let event: Event;
let lyonEvent: Event;

/** Six people registered in person (the places), one waiting, one remote. */
const inPerson: { name: string; cookie: string }[] = [];
let waitingCookie: string;
let remoteCookie: string;

const eventTitle = 'Atelier accueil des nouveaux';

type EventArrival = Extract<
  CheckInResult,
  { outcome: 'event_checked_in' | 'event_already_checked_in' }
>;
const scan = (body: unknown, kiosk = parisKiosk) =>
  call<EventArrival & ErrorResponse>(t, '/api/kiosk/check-ins', {
    bearer: kiosk.credential,
    body,
  });
const passOf = (cookie: string, eventId = event.id) =>
  call<EventPass & ErrorResponse>(t, `/api/events/${eventId}/pass`, { cookie });
const registrantsOf = (cookie = cookies.hote) =>
  call<EventRegistrant[] & ErrorResponse>(
    t,
    `/api/sites/${paris.id}/events/${event.id}/registrations`,
    { cookie },
  );
const attendanceOf = (site: DemoSite, eventId: string, cookie = cookies.hote) =>
  call<EventAttendance & ErrorResponse>(t, `/api/sites/${site.id}/events/${eventId}/attendance`, {
    cookie,
  });
/** Paris local time today (UTC+1 in March). */
const parisAt = (time: string) => new Date(`${today}T${time}:00+01:00`);

async function zoneOf(site: DemoSite, name?: string): Promise<string> {
  const zones = (
    await call<ZoneSummary[]>(t, `/api/sites/${site.id}/zones`, { cookie: cookies.admin })
  ).body;
  const zone = name ? zones.find((candidate) => candidate.zone === name) : zones[0];
  if (!zone) throw new Error(`no zone ${name ?? ''} at ${site.id}`);
  return zone.id;
}

async function hostEvent(
  site: DemoSite,
  body: { title: string; startTime: string; endTime: string; capacity: number; zoneId: string },
): Promise<Event> {
  const created = await call<EventApproval>(t, `/api/sites/${site.id}/events/hosted`, {
    cookie: cookies.admin,
    body: {
      description: 'Présentation du tiers-lieu et de ses outils.',
      type: 'workshop',
      themes: [],
      date: today,
      visioUrl: 'https://webinaire.numerique.gouv.fr/admz-accueil',
      audience: 'agents',
      confirm: true,
      ...body,
    },
  });
  if (created.status !== 201) throw new Error(`no event: ${JSON.stringify(created.body)}`);
  return created.body.event;
}

async function register(eventId: string, cookie: string, mode: 'in_person' | 'remote') {
  const answer = await call<EventRegistrationState>(t, `/api/events/${eventId}/registration`, {
    cookie,
    body: { mode },
  });
  if (answer.status !== 200) throw new Error(`not registered: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** The token drawn as a real QR code (PNG), then read back from its pixels as a camera would. */
async function throughCamera(token: string): Promise<string> {
  const image = PNG.sync.read(
    await QRCode.toBuffer(token, { errorCorrectionLevel: 'M', margin: 2 }),
  );
  const read = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (!read) throw new Error('the QR code could not be read back');
  return read.data;
}

/** The person behind a session cookie, as the services see them. */
async function userOf(cookie: string): Promise<User> {
  const me = await call<{ id: string }>(t, '/api/me', { cookie });
  return t.dataSource.getRepository(User).findOneByOrFail({ id: me.body.id });
}

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
  today = await openAllDayToday(t, cookies.hote, paris);
  parisKiosk = await createKiosk(t, cookies.hote, paris.id, 'Borne accueil');
  lyonKiosk = await createKiosk(t, cookies.admin, lyon.id, 'Borne Lyon');
  event = await hostEvent(paris, {
    title: eventTitle,
    startTime: '10:00',
    endTime: '12:00',
    capacity: 6,
    zoneId: await zoneOf(paris, 'Atelier'),
  });
  lyonEvent = await hostEvent(lyon, {
    title: 'Café des communs',
    startTime: '14:00',
    endTime: '15:00',
    capacity: 10,
    zoneId: await zoneOf(lyon),
  });
  for (const name of ['Ada', 'Ben', 'Cléo', 'Dina', 'Emma', 'Farid']) {
    const cookie = await openSessionForNewAgent(t, name);
    expect((await register(event.id, cookie, 'in_person')).mine?.status).toBe('registered');
    inPerson.push({ name, cookie });
  }
  waitingCookie = await openSessionForNewAgent(t, 'Gaël');
  expect((await register(event.id, waitingCookie, 'in_person')).mine?.status).toBe('waiting');
  remoteCookie = await openSessionForNewAgent(t, 'Hana');
  await register(event.id, remoteCookie, 'remote');
  for (const name of ['Ivo', 'Jade']) {
    await register(lyonEvent.id, await openSessionForNewAgent(t, name), 'in_person');
  }
});
afterAll(async () => {
  await t?.close();
});

const person = (index: number) => itemAt(inPerson, index, 'registrant');

describe('the event pass', () => {
  test('an in-person registrant gets a rotating signed QR code of its own kind, and a typed code', async () => {
    const pass = await passOf(person(0).cookie);
    expect(pass.status).toBe(200);
    expect(pass.body.token.split('.')).toHaveLength(3);
    expect(pass.body.shortCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(pass.body.qrSvg).toContain('<svg');
    expect(pass.body.validFrom).toBe(parisAt('09:30').toISOString());
    expect(pass.body.validUntil).toBe(event.endsAt);
    expect(pass.body.checkedInAt).toBeNull();
    const claims = decodeJwt(pass.body.token);
    expect(claims).toMatchObject({ typ: 'admz-event', sub: pass.body.registrationId });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(45);
    // The typed code stays the same from one QR code to the next.
    const again = await passOf(person(0).cookie);
    expect(again.body.shortCode).toBe(pass.body.shortCode);
  });

  test('no pass for remote, waiting or unregistered people', async () => {
    const remote = await passOf(remoteCookie);
    expect(remote.status).toBe(422);
    expect(remote.body.message).toContain('à distance');
    const waiting = await passOf(waitingCookie);
    expect(waiting.status).toBe(422);
    expect(waiting.body.message).toContain('liste d’attente');
    const stranger = await passOf(cookies.agent2);
    expect(stranger.status).toBe(404);
    expect(stranger.body.message).toBe("Vous n'êtes pas inscrit à cet événement.");
  });
});

describe('the kiosk at the door', () => {
  test('before the door opens, the scan says when it does', async () => {
    const pass = await passOf(person(0).cookie);
    const early = await scan({ token: pass.body.token });
    expect(early.status).toBe(422);
    expect(early.body.message).toBe(`Trop tôt : l’accueil de « ${eventTitle} » ouvre à 09:30.`);
  });

  test('checks the person in to the event, greeting with its name; a second scan says already in', async () => {
    t.clock.set(parisAt('09:40'));
    const pass = await passOf(person(0).cookie);
    const read = await throughCamera(pass.body.token);
    expect(read).toBe(pass.body.token);
    const first = await scan({ token: read });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      outcome: 'event_checked_in',
      registrationId: pass.body.registrationId,
      person: { givenName: 'Ada' },
      event: { id: event.id, title: eventTitle, zone: 'Atelier' },
    });
    const second = await scan({ token: pass.body.token });
    expect(second.status).toBe(200);
    expect(second.body.outcome).toBe('event_already_checked_in');
    expect(second.body.checkedInAt).toBe(first.body.checkedInAt);
    expect((await passOf(person(0).cookie)).body.checkedInAt).toBe(first.body.checkedInAt);
  });

  test('once checked in, before the start, the person can no longer unregister', async () => {
    const left = await call<ErrorResponse>(t, `/api/events/${event.id}/registration`, {
      method: 'DELETE',
      cookie: person(0).cookie,
    });
    expect(left.status).toBe(422);
    expect(left.body.message).toBe(
      'Votre arrivée à l’événement est enregistrée : vous ne pouvez plus vous désinscrire.',
    );
    expect((await passOf(person(0).cookie)).status).toBe(200);
  });

  test('takes the typed code of the pass when the camera fails', async () => {
    const pass = await passOf(person(1).cookie);
    const typed =
      `${pass.body.shortCode.slice(0, 4)}-${pass.body.shortCode.slice(4)}`.toLowerCase();
    const answer = await scan({ shortCode: typed });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      outcome: 'event_checked_in',
      person: { givenName: 'Ben' },
    });
    expect((await scan({ shortCode: pass.body.shortCode })).body.outcome).toBe(
      'event_already_checked_in',
    );
  });

  test('a kiosk of another site refuses, naming the event’s site', async () => {
    const pass = await passOf(person(2).cookie);
    const answer = await scan({ token: pass.body.token }, lyonKiosk);
    expect(answer.status).toBe(422);
    expect(answer.body.message).toBe(`Cet événement a lieu sur un autre site : ${event.siteName}.`);
    const typed = await scan({ shortCode: pass.body.shortCode }, lyonKiosk);
    expect(typed.status).toBe(422);
    expect(typed.body.message).toBe(`Cet événement a lieu sur un autre site : ${event.siteName}.`);
  });

  test('a waiting-list registrant is refused with a sentence saying so', async () => {
    // No pass is given to them: a token signed for their registration anyway (an old screen).
    const waiting = await userOf(waitingCookie);
    const rows = (await t.dataSource.query(
      `SELECT id FROM event_registrations WHERE event_id = $1 AND user_id = $2`,
      [event.id, waiting.id],
    )) as { id: string }[];
    const issued = await t.app.get(QrTokensService).signEventPass({
      registrationId: itemAt(rows, 0, 'registration').id,
      siteId: paris.id,
      validFrom: parisAt('09:30'),
      validUntil: new Date(event.endsAt),
      givenName: waiting.givenName,
      eventTitle,
    });
    const answer = await scan({ token: issued.token });
    expect(answer.status).toBe(422);
    expect(answer.body.message).toBe(
      `Vous êtes en liste d’attente pour « ${eventTitle} » : aucune place sur place ne vous a été attribuée. Adressez-vous aux organisateurs.`,
    );
  });

  test('a booking token never checks in a registration, nor an event token a booking', async () => {
    const pass = await passOf(person(3).cookie);
    const qrTokens = t.app.get(QrTokensService);
    // A booking-kind token whose subject is the registration: read as a booking, unknown.
    const asBooking = await qrTokens.signRotating({
      bookingId: pass.body.registrationId,
      siteId: paris.id,
      validFrom: parisAt('09:00'),
      validUntil: parisAt('12:00'),
      givenName: 'Dina',
      deskLabel: 'A1',
      zone: 'Plateau ouvert',
    });
    const replayed = await scan({ token: asBooking.token });
    expect(replayed.status).toBe(422);
    expect(replayed.body.message).toBe("Cette réservation n'existe plus.");
    // A real booking of today, its id in an event-kind token: no such registration.
    const holder = await openSessionForNewAgent(t, 'Kim');
    const { booking, pass: bookingPass } = await bookDayWithPass(t, holder, paris, 0, today);
    const asEvent = await qrTokens.signEventPass({
      registrationId: booking.id,
      siteId: paris.id,
      validFrom: parisAt('09:00'),
      validUntil: parisAt('12:00'),
      givenName: 'Kim',
      eventTitle,
    });
    const mixed = await scan({ token: asEvent.token });
    expect(mixed.status).toBe(422);
    expect(mixed.body.message).toBe('Cette inscription n’existe plus : elle a été annulée.');
    const registrants = (await registrantsOf()).body;
    expect(registrants.find((row) => row.givenName === 'Dina')?.checkedInAt).toBeNull();
    // The booking's own token still checks the booking in: booking tokens are unchanged.
    const desk = await call<CheckInResult>(t, '/api/kiosk/check-ins', {
      bearer: parisKiosk.credential,
      body: { token: bookingPass.token },
    });
    expect(desk.status).toBe(200);
    expect(desk.body.outcome).toBe('checked_in');
  });

  test('a forged event token is refused', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pass = await passOf(person(3).cookie);
    const now = Math.floor(t.clock.now().getTime() / 1000);
    const forged = await new SignJWT({
      typ: 'admz-event',
      sid: paris.id,
      win: [now - 600, now + 3600],
      gn: 'Dina',
      ev: eventTitle,
    })
      .setProtectedHeader({ alg: 'EdDSA', kid: t.config.qrSigningKeyId })
      .setSubject(pass.body.registrationId)
      .setIssuedAt(now)
      .setExpirationTime(now + 45)
      .sign(privateKey);
    const answer = await scan({ token: forged });
    expect(answer.status).toBe(422);
    expect(answer.body.message).toBe(
      'QR code non reconnu : il ne provient pas d’AdmZ ou a été modifié.',
    );
  });

  test('a scan queued by an offline kiosk is applied at its scan time, once', async () => {
    const cleo = await userOf(person(2).cookie);
    const shownAt = new Date(t.clock.now().getTime() - 60_000);
    const shown = await t.app.get(EventRegistrationsService).getPass(cleo, event.id, shownAt);
    await simulateKioskOutage(t, parisKiosk, 5);
    const scannedAt = new Date(shownAt.getTime() + 10_000).toISOString();
    const item = { clientId: 'event-door-1', token: shown.token, scannedAt };
    const replay = () =>
      call<OfflineCheckInsResult>(t, '/api/kiosk/check-ins/offline', {
        bearer: parisKiosk.credential,
        body: { checkIns: [item] },
      });
    const first = await replay();
    expect(first.status).toBe(200);
    expect(first.body.results).toEqual([
      { clientId: 'event-door-1', outcome: 'applied', bookingId: null, message: null },
    ]);
    expect((await replay()).body.results[0]?.outcome).toBe('applied');
    const registrants = (await registrantsOf()).body;
    expect(registrants.find((row) => row.givenName === 'Cléo')?.checkedInAt).toBe(scannedAt);
  });
});

describe('the organisers see who came', () => {
  test('the registrants list gives each arrival time; only the hosts read it', async () => {
    const answer = await registrantsOf();
    expect(answer.status).toBe(200);
    const arrived = answer.body
      .filter((row) => row.checkedInAt !== null)
      .map((row) => row.givenName);
    expect(arrived.sort()).toEqual(['Ada', 'Ben', 'Cléo']);
    expect(answer.body.find((row) => row.givenName === 'Gaël')).toMatchObject({
      status: 'waiting',
      checkedInAt: null,
    });
    expect((await registrantsOf(cookies.agent)).status).toBe(403);
  });

  test('attendance counts the people registered in person; no-shows once the event is over', async () => {
    const during = await attendanceOf(paris, event.id);
    expect(during.status).toBe(200);
    expect(during.body).toEqual({
      registeredInPerson: 6,
      attendees: 3,
      noShows: null,
      isOver: false,
    });
    expect((await attendanceOf(paris, event.id, cookies.agent)).status).toBe(403);
    // One more arrives, then the event ends: the door closes.
    const emma = await passOf(person(4).cookie);
    expect((await scan({ token: emma.body.token })).body.outcome).toBe('event_checked_in');
    // Farid opened his pass in time, but reaches the kiosk after the end.
    const farid = await passOf(person(5).cookie);
    expect(farid.status).toBe(200);
    t.clock.set(parisAt('12:01'));
    const late = await passOf(person(5).cookie);
    expect(late.status).toBe(422);
    expect(late.body.message).toBe('Cet événement est terminé.');
    const typedLate = await scan({ shortCode: farid.body.shortCode });
    expect(typedLate.status).toBe(422);
    expect(typedLate.body.message).toBe(`L’événement « ${eventTitle} » est terminé.`);
    const after = await attendanceOf(paris, event.id);
    expect(after.body).toEqual({ registeredInPerson: 6, attendees: 4, noShows: 2, isOver: true });
  });
});

describe('a personal pass at the door', () => {
  // After the Paris event: the clock moves to the Lyon event's door.
  test('checks the person in to the event whose door is open, then offers a desk as ever', async () => {
    const lou = await openSessionForNewAgent(t, 'Lou');
    const mia = await openSessionForNewAgent(t, 'Mia');
    await register(lyonEvent.id, lou, 'in_person');
    await register(lyonEvent.id, mia, 'remote');
    const personalPass = async (cookie: string) =>
      (await call<PersonPass>(t, '/api/me/pass', { cookie })).body.token;
    t.clock.set(parisAt('13:45'));
    const first = await scan({ token: await personalPass(lou) }, lyonKiosk);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      outcome: 'event_checked_in',
      person: { givenName: 'Lou' },
      event: { id: lyonEvent.id, title: 'Café des communs' },
    });
    expect((await passOf(lou, lyonEvent.id)).body.checkedInAt).toBe(first.body.checkedInAt);
    // Once in, the same pass is what it always is: the way to a free desk.
    const again = await scan({ token: await personalPass(lou) }, lyonKiosk);
    expect(again.status).toBe(200);
    expect(again.body.outcome).toBe('walk_in');
    // Registered remotely, the event does not expect her at the door: a desk is offered.
    const remote = await scan({ token: await personalPass(mia) }, lyonKiosk);
    expect(remote.status).toBe(200);
    expect(remote.body.outcome).toBe('walk_in');
    // At another site's kiosk, the Lyon event is not the door's business either.
    const elsewhere = await scan({ token: await personalPass(lou) });
    expect(elsewhere.body.outcome).not.toBe('event_checked_in');
  });
});

describe('open statistics', () => {
  test('count events, in-person registrations, attendees and no-shows per site and month, withholding small counts', async () => {
    t.clock.set(new Date('2027-04-02T10:00:00Z'));
    const answer = await call<OpenStatistics>(t, '/api/open-statistics?months=1');
    expect(answer.status).toBe(200);
    expect(answer.body.months).toEqual(['2027-03']);
    // Every approved event over in March counts: this file's, and the demo's past ones, as the
    // archive (approved events that are over) lists them.
    const archivedInMarch: string[] = [];
    const reader = await openSessionForNewAgent(t, 'Irène');
    for (let page = 1; ; page += 1) {
      const found = await call<ArchiveSearchResult>(
        t,
        `/api/events/archive?siteId=${paris.id}&page=${page}`,
        { cookie: reader },
      );
      archivedInMarch.push(
        ...found.body.items
          .filter((item) => item.date.startsWith('2027-03'))
          .map((item) => item.id),
      );
      if (found.body.items.length < found.body.pageSize) break;
    }
    expect(archivedInMarch).toContain(event.id);
    expect(answer.body.events.find((row) => row.siteId === paris.id)).toEqual({
      siteId: paris.id,
      siteName: event.siteName,
      month: '2027-03',
      events: archivedInMarch.length,
      suppressed: false,
      inPersonRegistrations: 6,
      attendees: 4,
      noShows: 2,
    });
    // Three people registered at Lyon: fewer than 5, only the number of events is published.
    expect(answer.body.events.find((row) => row.siteId === lyon.id)).toEqual({
      siteId: lyon.id,
      siteName: lyonEvent.siteName,
      month: '2027-03',
      events: 1,
      suppressed: true,
      inPersonRegistrations: null,
      attendees: null,
      noShows: null,
    });
    // The download says the same, each site's month on its line.
    const csv = await (await fetch(`${t.baseUrl}/api/open-statistics.csv?months=1`)).text();
    const lines = csv.split('\r\n');
    const lineOf = (siteName: string) =>
      lines.find((line) => line.startsWith(`${siteName};2027-03;`)) ?? '';
    expect(lineOf(event.siteName).endsWith(`;${archivedInMarch.length};6;4;2`)).toBe(true);
    expect(
      lineOf(lyonEvent.siteName).endsWith(';1;< 5 personnes;< 5 personnes;< 5 personnes'),
    ).toBe(true);
  });
});
