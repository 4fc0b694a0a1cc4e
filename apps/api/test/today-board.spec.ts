import type {
  AuditEvent,
  Booking,
  CheckInResult,
  ErrorResponse,
  EvacuationList,
  KioskIdentity,
  Outbox,
  PersonPass,
  SitePerson,
  SiteRules,
  TodayBoard,
} from '@admz/shared';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AttendanceJobsService } from '../src/check-ins/attendance-jobs.service';
import { siteLocalToInstant, siteToday } from '../src/common/site-time';
import {
  book,
  bookDayWithPass,
  createKiosk,
  nextWeekday,
  loadDemoSites,
  openAllDayToday,
  sessionsFor,
  type DemoSessions,
  type DemoSite,
  listAllMyBookings,
} from './fixtures';
import { call, openSessionFor, startTestApp, testStartInstant, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let kiosk: { credential: string };
let today: string;

beforeAll(async () => {
  // A day's board needs hours ahead of it: 10:00 on the Paris site's today, whatever instant
  // (CI's awkward ones included) the test servers start at.
  const parisDay = siteToday('Europe/Paris', testStartInstant());
  t = await startTestApp({}, undefined, {
    now: siteLocalToInstant(parisDay, '10:00', 'Europe/Paris'),
  });
  ({ paris, lyon } = await loadDemoSites(t));
  cookies = await sessionsFor(t);
  today = await openAllDayToday(t, cookies.hote, paris);
  kiosk = await createKiosk(t, cookies.hote, paris.id);
});
afterAll(async () => {
  await t?.close();
});

/** A person who has logged in, with their session and address. */
async function newPerson(givenName: string) {
  const id = randomBytes(6).toString('hex');
  const ascii = givenName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const email = `${ascii}-${id}@example.gouv.fr`;
  const cookie = await openSessionFor(t, {
    sub: `test-board-${id}`,
    given_name: givenName,
    usual_name: 'Test',
    email,
    roles: ['agent_public'],
  });
  return { cookie, email, name: `${givenName} Test` };
}

const sitePath = (suffix: string, siteId = paris.id) => `/api/sites/${siteId}${suffix}`;

async function board(): Promise<TodayBoard> {
  const response = await call<TodayBoard>(t, sitePath('/today'), { cookie: cookies.hote });
  expect(response.status).toBe(200);
  return response.body;
}

async function entryOf(bookingId: string) {
  return (await board()).entries.find((entry) => entry.bookingId === bookingId);
}

async function evacuation(): Promise<EvacuationList> {
  const response = await call<EvacuationList>(t, sitePath('/evacuation'), {
    cookie: cookies.hote,
  });
  expect(response.status).toBe(200);
  return response.body;
}

const namesOnSite = (list: EvacuationList) =>
  list.zones.flatMap((zone) =>
    zone.people.map((person) => `${person.person?.givenName} ${person.person?.usualName}`),
  );

const hostAction = (
  bookingId: string,
  action: 'arrival' | 'departure' | 'cancel',
  cookie = cookies.hote,
) =>
  call<Booking & ErrorResponse>(t, sitePath(`/bookings/${bookingId}/${action}`), {
    method: 'POST',
    cookie,
  });

const bookFor = (body: Record<string, unknown>, cookie = cookies.hote) =>
  call<Booking & ErrorResponse>(t, sitePath('/bookings'), { cookie, body });

const scan = (token: string) =>
  call<CheckInResult & ErrorResponse>(t, '/api/kiosk/check-ins', {
    bearer: kiosk.credential,
    body: { token },
  });

const auditOf = async (kind: string) =>
  (
    await call<AuditEvent[]>(t, `/api/admin/audit?siteId=${paris.id}&kind=${kind}`, {
      cookie: cookies.admin,
    })
  ).body;

async function waitForMail(to: string, subject: RegExp) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const outbox = await call<Outbox>(t, '/api/dev/outbox', { cookie: cookies.admin });
    const mail = outbox.body.messages.find(
      (message) => message.to.includes(to) && subject.test(message.subject),
    );
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`waited 10 s for a mail « ${subject} » to ${to}`);
}

describe("today's board", () => {
  test('follows the day from the database: expected → arrived → left, and a no-show', async () => {
    const alice = await newPerson('Alice');
    const bruno = await newPerson('Bruno');
    const { booking: aliceBooking, pass } = await bookDayWithPass(
      t,
      alice.cookie,
      paris,
      20,
      today,
    );
    const brunoBooking = (
      await book(t, bruno.cookie, {
        siteId: paris.id,
        deskId: paris.deskId(21),
        date: today,
        slot: 'day',
      })
    ).body;

    const morning = await board();
    expect(morning).toMatchObject({ siteId: paris.id, date: today, isOpen: true });
    expect(morning.entries.find((entry) => entry.bookingId === aliceBooking.id)).toMatchObject({
      state: 'expected',
      person: { givenName: 'Alice', usualName: 'Test' },
      desk: { label: paris.deskLabel(20) },
      bookedBy: null,
    });
    const freeLabels = morning.freeDesks.map((desk) => desk.label);
    expect(freeLabels).not.toContain(paris.deskLabel(20));
    expect(freeLabels).not.toContain(paris.deskLabel(21));
    expect(freeLabels).toContain(paris.deskLabel(22));
    expect(morning.counts.freeDesks).toBe(morning.freeDesks.length);

    // The kiosk checks Alice in: the next read says so, with the time, and nobody's hand.
    expect((await scan(pass.token)).body.outcome).toBe('checked_in');
    expect(await entryOf(aliceBooking.id)).toMatchObject({
      state: 'arrived',
      arrivalMarkedBy: null,
      checkedInAt: expect.any(String),
    });

    // Bruno never comes: once the site's delay has passed, the sweep releases his desk.
    t.clock.advance(31 * 60_000);
    const released = await t.app.get(AttendanceJobsService).releaseNoShows();
    expect(released).toContain(brunoBooking.id);
    const later = await board();
    expect(later.entries.find((entry) => entry.bookingId === brunoBooking.id)).toMatchObject({
      state: 'no_show',
      status: 'absent',
      releasedAt: expect.any(String),
    });
    expect(later.freeDesks.map((desk) => desk.label)).toContain(paris.deskLabel(21));

    // Alice leaves by the kiosk (her app shows a fresh code): left, her desk free again.
    const fresh = await call<{ token: string }>(t, `/api/bookings/${aliceBooking.id}/pass`, {
      cookie: alice.cookie,
    });
    const again = await scan(fresh.body.token);
    if (again.body.outcome !== 'already_checked_in') throw new Error('no check-out offered');
    const left = await call(t, '/api/kiosk/check-outs', {
      bearer: kiosk.credential,
      body: { checkOutToken: again.body.checkOutToken },
    });
    expect(left.status).toBe(200);
    const evening = await board();
    expect(evening.entries.find((entry) => entry.bookingId === aliceBooking.id)).toMatchObject({
      state: 'left',
      checkedOutAt: expect.any(String),
    });
    expect(evening.freeDesks.map((desk) => desk.label)).toContain(paris.deskLabel(20));
    const counted = evening.counts;
    expect(counted.expected + counted.arrived + counted.left + counted.noShow).toBe(
      evening.entries.length,
    );
  });
});

describe('arrivals and departures marked by a host', () => {
  test('are recorded as the host’s, once, in the audit log, and refused when they make no sense', async () => {
    const chloe = await newPerson('Chloé');
    const booking = (
      await book(t, chloe.cookie, {
        siteId: paris.id,
        deskId: paris.deskId(23),
        date: today,
        slot: 'day',
      })
    ).body;

    const tooSoon = await hostAction(booking.id, 'departure');
    expect(tooSoon.status).toBe(409);
    expect(tooSoon.body.message).toBe('Chloé Test n’est pas arrivé·e : départ non enregistré.');

    const arrived = await hostAction(booking.id, 'arrival');
    expect(arrived.status).toBe(200);
    expect(arrived.body.status).toBe('checked_in');
    const twice = await hostAction(booking.id, 'arrival');
    expect(twice.status).toBe(200);
    expect(twice.body.checkedInAt).toBe(arrived.body.checkedInAt);
    expect(await entryOf(booking.id)).toMatchObject({
      state: 'arrived',
      arrivalMarkedBy: { name: 'Inès Lefèvre' },
    });
    expect(namesOnSite(await evacuation())).toContain('Chloé Test');

    const marked = (await auditOf('attendance.arrival-marked')).filter((event) =>
      event.subject.startsWith('Chloé Test'),
    );
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({
      actor: { name: 'Inès Lefèvre' },
      subject: expect.stringContaining(`poste ${paris.deskLabel(23)}`),
      before: { status: 'confirmed' },
      after: { status: 'checked_in' },
    });

    t.clock.advance(60 * 60_000);
    const departed = await hostAction(booking.id, 'departure');
    expect(departed.status).toBe(200);
    expect(departed.body.status).toBe('checked_out');
    expect((await hostAction(booking.id, 'departure')).body.checkedOutAt).toBe(
      departed.body.checkedOutAt,
    );
    expect(await entryOf(booking.id)).toMatchObject({
      state: 'left',
      departureMarkedBy: { name: 'Inès Lefèvre' },
    });
    expect(namesOnSite(await evacuation())).not.toContain('Chloé Test');
    const back = await hostAction(booking.id, 'arrival');
    expect(back.status).toBe(409);
    expect(back.body.message).toMatch(
      /^Chloé Test est déjà parti·e à \d\d:\d\d : arrivée non enregistrée\.$/,
    );
    expect(
      (await auditOf('attendance.departure-marked')).filter((event) =>
        event.subject.startsWith('Chloé Test'),
      ),
    ).toHaveLength(1);
  });

  test('a booking of another site, unknown, of another day or cancelled is refused with a sentence', async () => {
    const dan = await newPerson('Dan');
    const lyonBooking = (
      await book(t, dan.cookie, {
        siteId: lyon.id,
        deskId: lyon.deskId(0),
        date: nextWeekday(t.clock, lyon.timezone, 3),
        slot: 'day',
      })
    ).body;
    const elsewhere = await hostAction(lyonBooking.id, 'arrival');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.message).toBe("Cette réservation n'existe pas sur ce site.");
    expect((await hostAction('00000000-0000-4000-8000-000000000000', 'arrival')).status).toBe(404);
    expect((await hostAction('pas-un-identifiant', 'arrival')).status).toBe(400);

    const later = (
      await book(t, dan.cookie, {
        siteId: paris.id,
        deskId: paris.deskId(24),
        date: nextWeekday(t.clock, paris.timezone, 4),
        slot: 'day',
      })
    ).body;
    const early = await hostAction(later.id, 'arrival');
    expect(early.status).toBe(422);
    expect(early.body.message).toMatch(/^Trop tôt : l'arrivée s'enregistre le /);

    await call(t, `/api/bookings/${later.id}/cancel`, { method: 'POST', cookie: dan.cookie });
    const cancelled = await hostAction(later.id, 'arrival');
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.message).toBe(
      'Cette réservation a été annulée : arrivée non enregistrée.',
    );
  });

  test('a booking released for want of arrival comes back while its desk is free, not after', async () => {
    const eve = await newPerson('Eve');
    const fred = await newPerson('Fred');
    const release = async (cookie: string, deskIndex: number) => {
      const booked = (
        await book(t, cookie, {
          siteId: paris.id,
          deskId: paris.deskId(deskIndex),
          date: today,
          slot: 'day',
        })
      ).body;
      t.clock.advance(31 * 60_000);
      expect(await t.app.get(AttendanceJobsService).releaseNoShows()).toContain(booked.id);
      return booked;
    };
    const eveBooking = await release(eve.cookie, 25);
    const restored = await hostAction(eveBooking.id, 'arrival');
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ status: 'checked_in', releasedAt: null });

    const fredBooking = await release(fred.cookie, 26);
    const taker = await newPerson('Gaspard');
    expect(
      (
        await book(t, taker.cookie, {
          siteId: paris.id,
          deskId: paris.deskId(26),
          date: today,
          slot: 'day',
        })
      ).status,
    ).toBe(201);
    const given = await hostAction(fredBooking.id, 'arrival');
    expect(given.status).toBe(409);
    expect(given.body.message).toBe(
      `La réservation de Fred Test a été libérée et le poste ${paris.deskLabel(26)} réattribué : réservez-lui un autre poste.`,
    );
    expect((await entryOf(fredBooking.id))?.state).toBe('no_show');
  });
});

describe('booking and cancelling on behalf', () => {
  test('a host books for a person: their rules, recorded as the host’s, the person mailed', async () => {
    const hana = await newPerson('Hana');
    const found = await call<SitePerson[]>(
      t,
      `${sitePath('/people')}?query=${encodeURIComponent(`hana ${hana.email.slice(5, 12)}`)}`,
      { cookie: cookies.hote },
    );
    expect(found.body.map((person) => person.email)).toEqual([hana.email]);

    const booked = await bookFor({
      email: hana.email,
      deskId: paris.deskId(27),
      date: today,
      slot: 'day',
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({
      status: 'confirmed',
      desk: { label: paris.deskLabel(27) },
    });
    const mine = await listAllMyBookings(t, hana.cookie);
    expect(mine.map((booking) => booking.id)).toEqual([booked.body.id]);
    expect(await entryOf(booked.body.id)).toMatchObject({
      state: 'expected',
      bookedBy: { name: 'Inès Lefèvre' },
    });

    const mail = await waitForMail(hana.email, /^Réservation faite pour vous : poste/);
    expect(mail.text).toContain(
      'Inès Lefèvre, gestionnaire du site, a réservé ce poste pour vous.',
    );
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual([
      'qr-code.png',
      'reservation.ics',
    ]);
    const [audited] = (await auditOf('booking.created-on-behalf')).filter((event) =>
      event.subject.startsWith('Hana Test'),
    );
    expect(audited).toMatchObject({
      actor: { name: 'Inès Lefèvre' },
      after: { status: 'confirmed', date: today, slot: 'day' },
    });

    // The person's own rules: one desk at a time, said of them, not of the host.
    const twice = await bookFor({
      email: hana.email,
      deskId: paris.deskId(28),
      date: today,
      slot: 'day',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe(
      `Hana Test a déjà un poste sur ce créneau : ${paris.deskLabel(27)} (AdmZ Paris).`,
    );
    const stranger = await bookFor({
      email: 'jamais.connecte@example.gouv.fr',
      deskId: paris.deskId(28),
      date: today,
      slot: 'day',
    });
    expect(stranger.status).toBe(422);
    expect(stranger.body.message).toMatch(
      /^Personne ne s’est encore connecté à AdmZ avec l’adresse/,
    );
    const lyonDesk = await bookFor({
      email: hana.email,
      deskId: lyon.deskId(0),
      date: today,
      slot: 'day',
    });
    expect(lyonDesk.status).toBe(422);
    const malformed = await bookFor({
      email: 'pas-une-adresse',
      deskId: paris.deskId(28),
      date: today,
      slot: 'day',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues?.[0]).toMatchObject({
      path: 'email',
      message: 'Adresse électronique invalide.',
    });
    // An agent may not book for someone else.
    expect(
      (
        await bookFor(
          { email: hana.email, deskId: paris.deskId(28), date: today, slot: 'morning' },
          cookies.agent,
        )
      ).status,
    ).toBe(403);
  });

  test('the weekly maximum holds for a person booked for twice at once', async () => {
    const rulesPath = sitePath('/rules');
    const rules = (await call<SiteRules>(t, rulesPath, { cookie: cookies.hote })).body;
    const capped = await call(t, rulesPath, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { ...rules, maxBookingsPerWeek: 1 },
    });
    expect(capped.status).toBe(200);
    try {
      const ines = await newPerson('Irène');
      const date = nextWeekday(t.clock, paris.timezone, 3);
      const answers = await Promise.all([
        bookFor({ email: ines.email, deskId: paris.deskId(29), date, slot: 'morning' }),
        bookFor({ email: ines.email, deskId: paris.deskId(30), date, slot: 'afternoon' }),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 422]);
      const refused = answers.find((answer) => answer.status === 422);
      expect(refused?.body.message).toBe(
        'Irène Test a atteint le maximum de 1 réservations par semaine sur ce site (règle du site).',
      );
    } finally {
      await call(t, rulesPath, { method: 'PUT', cookie: cookies.hote, body: rules });
    }
  });

  test('a host cancels for a person: the desk is free, the person mailed; not once they came', async () => {
    const jade = await newPerson('Jade');
    const booking = (
      await book(t, jade.cookie, {
        siteId: paris.id,
        deskId: paris.deskId(31),
        date: today,
        slot: 'day',
      })
    ).body;
    const cancelled = await hostAction(booking.id, 'cancel');
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await hostAction(booking.id, 'cancel')).status).toBe(200);
    expect(await entryOf(booking.id)).toBeUndefined();
    expect((await board()).freeDesks.map((desk) => desk.label)).toContain(paris.deskLabel(31));

    const mail = await waitForMail(jade.email, /^Réservation annulée par un gestionnaire : poste/);
    expect(mail.text).toContain('Inès Lefèvre, gestionnaire du site, a annulé votre réservation');
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual(['annulation.ics']);
    expect(
      (await auditOf('booking.cancelled-on-behalf')).filter((event) =>
        event.subject.startsWith('Jade Test'),
      ),
    ).toHaveLength(1);

    const again = (
      await book(t, jade.cookie, {
        siteId: paris.id,
        deskId: paris.deskId(31),
        date: today,
        slot: 'day',
      })
    ).body;
    expect((await hostAction(again.id, 'arrival')).status).toBe(200);
    const tooLate = await hostAction(again.id, 'cancel');
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.message).toBe(
      'Jade Test est déjà arrivé·e : cette réservation ne peut plus être annulée.',
    );
  });
});

describe('the evacuation list', () => {
  test('holds everyone on site now, walk-ins included, by zone; not who left nor who is yet to come', async () => {
    const kim = await newPerson('Kim');
    const leo = await newPerson('Léo');
    const walker = await newPerson('Maya');
    const nina = await newPerson('Nina');
    const kimPass = (await bookDayWithPass(t, kim.cookie, paris, 32, today)).pass;
    expect((await scan(kimPass.token)).body.outcome).toBe('checked_in');
    const leoBooking = await bookDayWithPass(t, leo.cookie, paris, 33, today);
    expect((await scan(leoBooking.pass.token)).body.outcome).toBe('checked_in');
    await book(t, nina.cookie, {
      siteId: paris.id,
      deskId: paris.deskId(34),
      date: today,
      slot: 'day',
    });

    const personal = await call<PersonPass>(t, '/api/me/pass', { cookie: walker.cookie });
    const offer = await scan(personal.body.token);
    if (offer.body.outcome !== 'walk_in')
      throw new Error(`no walk-in offered: ${offer.body.message}`);
    const [option] = offer.body.options;
    const [desk] = option?.desks ?? [];
    if (!option || !desk) throw new Error('no free desk offered');
    const walkedIn = await call(t, '/api/kiosk/walk-ins', {
      bearer: kiosk.credential,
      body: { offerToken: offer.body.offerToken, deskId: desk.id, slot: option.slot },
    });
    expect(walkedIn.status).toBe(201);

    expect((await hostAction(leoBooking.booking.id, 'departure')).status).toBe(200);

    const list = await evacuation();
    const names = namesOnSite(list);
    expect(names).toEqual(expect.arrayContaining(['Kim Test', 'Maya Test']));
    expect(names).not.toContain('Léo Test');
    expect(names).not.toContain('Nina Test');
    const maya = list.zones
      .flatMap((zone) => zone.people)
      .find((person) => person.person?.givenName === 'Maya');
    expect(maya).toMatchObject({
      isWalkIn: true,
      deskLabel: desk.label,
      checkedInAt: expect.any(String),
    });
    expect(list.count).toBe(list.zones.reduce((sum, zone) => sum + zone.count, 0));
    expect(list.zones.map((zone) => zone.zone)).toEqual(
      [...list.zones.map((zone) => zone.zone)].sort((a, b) => a.localeCompare(b, 'fr')),
    );
    // The same count as the kiosk's « present now ».
    const identity = await call<KioskIdentity>(t, '/api/kiosk/me', { bearer: kiosk.credential });
    expect(list.count).toBe(identity.body.occupancy.present);
  });
});

describe('host actions and their audit rows', () => {
  test('are one transaction: when the audit row cannot be written, nothing changes and nobody is mailed', async () => {
    const olga = await newPerson('Olga');
    const booking = (
      await book(t, olga.cookie, {
        siteId: paris.id,
        deskId: paris.deskId(35),
        date: today,
        slot: 'day',
      })
    ).body;
    await t.dataSource.query(
      `CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit storage unavailable' USING ERRCODE = '53100'; END $$`,
    );
    await t.dataSource.query(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events
       FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
    );
    const paul = await newPerson('Paul');
    try {
      expect((await hostAction(booking.id, 'arrival')).status).toBeGreaterThanOrEqual(500);
      expect((await hostAction(booking.id, 'cancel')).status).toBeGreaterThanOrEqual(500);
      const onBehalf = await bookFor({
        email: paul.email,
        deskId: paris.deskId(36),
        date: today,
        slot: 'day',
      });
      expect(onBehalf.status).toBeGreaterThanOrEqual(500);
    } finally {
      await t.dataSource.query(`DROP TRIGGER refuse_audit ON audit_events`);
      await t.dataSource.query(`DROP FUNCTION refuse_audit()`);
    }
    expect(await entryOf(booking.id)).toMatchObject({ state: 'expected', status: 'confirmed' });
    const pauls = await listAllMyBookings(t, paul.cookie);
    expect(pauls).toEqual([]);
    const [{ count }] = (await t.dataSource.query(
      `SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'notifications.send' AND data->>'kind' LIKE '%-by-host' AND data->>'bookingId' = $1`,
      [booking.id],
    )) as [{ count: number }];
    expect(count).toBe(0);
  });
});
