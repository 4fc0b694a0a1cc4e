import type {
  AccountDeletion,
  AuditEvent,
  Availability,
  AvailabilitySummary,
  ErrorResponse,
  Event,
  EventApproval,
  EventRegistrant,
  EventRegistrationState,
  HoursChangeConflict,
  MyData,
  MyEventRegistration,
  Outbox,
  ProposeEventInput,
  ZoneSummary,
} from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EventVisioLinksService } from '../src/events/event-visio-links.service';
import { SiteRole, User } from '../src/users/user.entity';
import {
  addDays,
  book,
  loadDemoSites,
  nextWeekday,
  sessionsFor,
  type DemoSessions,
  type DemoSite,
  listAllMyBookings,
} from './fixtures';
import {
  call,
  openSessionFor,
  openSessionForNewAgent,
  startTestApp,
  type TestApp,
} from './test-app';

/**
 * Events: proposed by agents, approved or declined by the site's hosts; an approved event holds
 * its zone against other events and desk bookings. Two API processes share one database, so
 * the races below cross processes (embedded PostgreSQL, or the server in CI).
 */
let first: TestApp;
let second: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let lyonHostCookie: string;
let zones: ZoneSummary[];

beforeAll(async () => {
  first = await startTestApp();
  second = await startTestApp({}, first.database);
  ({ paris, lyon } = await loadDemoSites(first));
  cookies = await sessionsFor(first);
  lyonHostCookie = await openSessionFor(first, {
    sub: 'test-host-lyon-events',
    given_name: 'Hugo',
    usual_name: 'Roux',
    email: 'hugo.roux@example.gouv.fr',
    roles: ['agent_public'],
  });
  const lyonHost = await first.dataSource
    .getRepository(User)
    .findOneByOrFail({ sub: 'test-host-lyon-events' });
  await first.dataSource
    .getRepository(SiteRole)
    .insert({ userId: lyonHost.id, siteId: lyon.id, role: 'host' });
  zones = (
    await call<ZoneSummary[]>(first, `/api/sites/${paris.id}/zones`, { cookie: cookies.agent })
  ).body;
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

const zoneId = (name: string): string => {
  const zone = zones.find((candidate) => candidate.zone === name);
  if (!zone) throw new Error(`no zone « ${name} »`);
  return zone.id;
};

/** Paris desks by label prefix: A (Plateau ouvert), B (Atelier), C (Espace calme). */
const deskOf = (label: string): string => {
  const index = paris.deskLabels.indexOf(label);
  if (index < 0) throw new Error(`no desk ${label}`);
  return paris.deskId(index);
};

const proposal = (overrides: Partial<ProposeEventInput> = {}): ProposeEventInput => ({
  title: 'Déjeuner des geeks',
  description: 'On parle de logiciels libres dans l’administration.',
  type: 'lunch',
  themes: ['logiciel libre', 'communs'],
  date: nextWeekday(first.clock, paris.timezone, 3),
  startTime: '10:00',
  endTime: '12:00',
  zoneId: zoneId('Atelier'),
  capacity: 20,
  visioUrl: 'https://webinaire.numerique.gouv.fr/admz-geeks',
  audience: 'agents',
  ...overrides,
});

const propose = (body: unknown, cookie = cookies.agent, app = first) =>
  call<Event & ErrorResponse>(app, `/api/sites/${paris.id}/events`, { cookie, body });

const approve = (eventId: string, confirm: boolean, cookie = cookies.hote, app = first) =>
  call<EventApproval & HoursChangeConflict>(
    app,
    `/api/sites/${paris.id}/events/${eventId}/approval`,
    { cookie, body: { confirm } },
  );

const decline = (eventId: string, reason: string, cookie = cookies.hote) =>
  call<Event & ErrorResponse>(first, `/api/sites/${paris.id}/events/${eventId}/decline`, {
    cookie,
    body: { reason },
  });

const agendaOf = async (cookie = cookies.agent) =>
  (await call<Event[]>(first, `/api/sites/${paris.id}/events`, { cookie })).body;

const outbox = async () =>
  (await call<Outbox>(first, '/api/dev/outbox?limit=100', { cookie: cookies.agent })).body.messages;

async function waitFor<T>(find: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('waited 10 s for something that did not come');
}

async function proposed(overrides: Partial<ProposeEventInput> = {}): Promise<Event> {
  const answer = await propose(proposal(overrides));
  if (answer.status !== 201) throw new Error(`not proposed: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

describe('proposing an event', () => {
  test('an agent proposes; it waits for the hosts and is on no agenda', async () => {
    const answer = await propose(proposal({ title: 'Atelier DSFR' }));
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      status: 'proposed',
      title: 'Atelier DSFR',
      startTime: '10:00',
      endTime: '12:00',
      space: { kind: 'zone', name: 'Atelier' },
      themes: ['logiciel libre', 'communs'],
      isMine: true,
      canOrganise: true,
      visioUrl: 'https://webinaire.numerique.gouv.fr/admz-geeks',
    });
    const id = answer.body.id;
    expect((await agendaOf()).map((event) => event.id)).not.toContain(id);
    const pending = await call<Event[]>(first, `/api/sites/${paris.id}/events/pending`, {
      cookie: cookies.hote,
    });
    expect(pending.body.map((event) => event.id)).toContain(id);
    // Another agent does not see a proposal that is not theirs.
    expect((await call(first, `/api/events/${id}`, { cookie: cookies.agent2 })).status).toBe(404);
    expect((await call(first, `/api/events/${id}`, { cookie: cookies.hote })).status).toBe(200);
    const mine = await call<Event[]>(first, '/api/events/mine', { cookie: cookies.agent });
    expect(mine.body.map((event) => event.id)).toContain(id);
  });

  test('times, texts and the zone are checked', async () => {
    const backwards = await propose(proposal({ startTime: '12:00', endTime: '11:00' }));
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toContain(
      "L'heure de fin doit être après l'heure de début.",
    );
    const control = await propose(proposal({ title: 'Atelier\u0007' }));
    expect(control.status).toBe(400);
    expect(JSON.stringify(control.body)).toContain('caractère de contrôle');
    const past = await propose(proposal({ date: '2027-03-01' }));
    expect(past.status).toBe(422);
    expect(past.body.message).toContain('déjà passé');
    const tooFar = await propose(proposal({ date: '2028-06-01' }));
    expect(tooFar.status).toBe(422);
    const lyonZone = (
      await call<ZoneSummary[]>(first, `/api/sites/${lyon.id}/zones`, { cookie: cookies.agent })
    ).body[0];
    const otherZone = await propose(proposal({ zoneId: lyonZone?.id ?? '' }));
    expect(otherZone.status).toBe(422);
    expect(otherZone.body.message).toBe("Cette zone n'existe pas sur ce site.");
    const badLink = await propose(proposal({ visioUrl: 'javascript:alert(1)' }));
    expect(badLink.status).toBe(400);
  });
});

describe('deciding on a proposal', () => {
  test('only the hosts of the site (and admins) decide', async () => {
    const event = await proposed({ startTime: '15:00', endTime: '16:00' });
    expect((await approve(event.id, true, cookies.agent)).status).toBe(403);
    expect((await approve(event.id, true, lyonHostCookie)).status).toBe(403);
    expect((await decline(event.id, 'Non.', lyonHostCookie)).status).toBe(403);
    // Through Lyon's path, the Lyon host reaches no Paris event.
    const viaLyon = await call(first, `/api/sites/${lyon.id}/events/${event.id}/approval`, {
      cookie: lyonHostCookie,
      body: { confirm: true },
    });
    expect(viaLyon.status).toBe(404);
    expect(
      (await call<Event>(first, `/api/events/${event.id}`, { cookie: cookies.agent })).body.status,
    ).toBe('proposed');
  });

  test('a declined proposal is mailed with its reason and cannot be approved after', async () => {
    const event = await proposed({
      title: 'Conférence refusée',
      startTime: '16:00',
      endTime: '17:00',
    });
    const declined = await decline(event.id, 'La zone est en travaux ce jour-là.');
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({
      status: 'declined',
      declineReason: 'La zone est en travaux ce jour-là.',
    });
    const mail = await waitFor(async () =>
      (await outbox()).find((message) => message.subject.includes('Conférence refusée')),
    );
    expect(mail.subject).toMatch(/^Proposition d'événement refusée : Conférence refusée/);
    expect(mail.to).toContain('camille');
    expect(mail.text).toContain("Raison donnée par l'équipe : La zone est en travaux ce jour-là.");
    expect((await approve(event.id, true)).status).toBe(409);
    expect((await agendaOf()).map((item) => item.id)).not.toContain(event.id);
    const [audit] = (
      await call<AuditEvent[]>(first, `/api/admin/audit?siteId=${paris.id}&kind=event.declined`, {
        cookie: cookies.admin,
      })
    ).body;
    expect(audit).toMatchObject({ subject: 'Conférence refusée', after: { status: 'declined' } });
  });

  test('approving lists the desk bookings it would cancel, then cancels them and tells their holders', async () => {
    const date = nextWeekday(first.clock, paris.timezone, 4);
    const holder = await openSessionForNewAgent(first, 'Bérénice');
    const booked = await book(first, holder, {
      siteId: paris.id,
      deskId: deskOf('B-03'),
      date,
      slot: 'morning',
    });
    expect(booked.status).toBe(201);
    const event = await proposed({ title: 'Journée accessibilité', type: 'thematic_day', date });

    const preview = await approve(event.id, false);
    expect(preview.status).toBe(409);
    expect(preview.body.message).toContain(
      'annulerait 1 réservation de poste dans la zone Atelier',
    );
    expect(preview.body.affectedBookings).toMatchObject([
      { bookingId: booked.body.id, desk: { label: 'B-03', zone: 'Atelier' }, date },
    ]);
    // Nothing changed yet.
    const before = await listAllMyBookings(first, holder);
    expect(before.find((b) => b.id === booked.body.id)?.status).toBe('confirmed');
    expect((await agendaOf()).map((item) => item.id)).not.toContain(event.id);

    const approved = await approve(event.id, true);
    expect(approved.status).toBe(200);
    expect(approved.body.event.status).toBe('approved');
    expect(approved.body.cancelledBookings.map((b) => b.bookingId)).toEqual([booked.body.id]);
    const after = await listAllMyBookings(first, holder);
    expect(after.find((b) => b.id === booked.body.id)?.status).toBe('cancelled');

    const cancellation = await waitFor(async () =>
      (await outbox()).find((message) => message.subject.includes('(événement)')),
    );
    expect(cancellation.subject).toMatch(/^Réservation annulée \(événement\) : poste B-03/);
    expect(cancellation.text).toContain('« Journée accessibilité » occupera la zone Atelier');
    expect(cancellation.attachments.map((a) => a.filename)).toEqual(['annulation.ics']);
    const toProposer = await waitFor(async () =>
      (await outbox()).find((message) =>
        message.subject.startsWith('Événement validé : Journée accessibilité'),
      ),
    );
    expect(toProposer.to).toContain('camille');

    // On the agenda, on the agents' home; the visio link stays with the organisers.
    const agenda = await agendaOf(cookies.agent2);
    const listed = agenda.find((item) => item.id === event.id);
    expect(listed).toMatchObject({ status: 'approved', hasVisio: true, visioUrl: null });
    const home = await call<Event[]>(first, '/api/events', { cookie: cookies.agent2 });
    expect(home.body.map((item) => item.id)).toContain(event.id);

    const [audit] = (
      await call<AuditEvent[]>(first, `/api/admin/audit?siteId=${paris.id}&kind=event.approved`, {
        cookie: cookies.admin,
      })
    ).body;
    expect(audit).toMatchObject({
      subject: 'Journée accessibilité',
      after: { status: 'approved', cancelledBookingIds: [booked.body.id] },
    });

    // A desk of the held zone is refused over the event, on either process; other zones and
    // other times are not.
    const other = await openSessionForNewAgent(first, 'Octave');
    const refused = await book(second, other, {
      siteId: paris.id,
      deskId: deskOf('B-04'),
      date,
      slot: 'day',
    });
    expect(refused.status).toBe(409);
    expect((refused.body as unknown as ErrorResponse).message).toBe(
      "Le poste B-04 est dans une zone réservée pour un événement sur ce créneau : choisissez un poste d'une autre zone.",
    );
    const elsewhere = await book(first, other, {
      siteId: paris.id,
      deskId: deskOf('A-04'),
      date,
      slot: 'morning',
    });
    expect(elsewhere.status).toBe(201);
    const afternoon = await book(first, other, {
      siteId: paris.id,
      deskId: deskOf('B-04'),
      date,
      slot: 'afternoon',
    });
    expect(afternoon.status).toBe(201);
  });

  test('a host creates an event directly, approved at once', async () => {
    const date = nextWeekday(first.clock, paris.timezone, 5);
    const created = await call<EventApproval>(first, `/api/sites/${paris.id}/events/hosted`, {
      cookie: cookies.hote,
      body: {
        ...proposal({ title: 'Café des hôtes', date, zoneId: zoneId('Espace calme') }),
        confirm: false,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.event).toMatchObject({ status: 'approved', title: 'Café des hôtes' });
    expect((await agendaOf()).map((item) => item.id)).toContain(created.body.event.id);
    const agentTries = await call(first, `/api/sites/${paris.id}/events/hosted`, {
      cookie: cookies.agent,
      body: { ...proposal({ date }), confirm: true },
    });
    expect(agentTries.status).toBe(403);
  });
});

describe('one transaction', () => {
  test('an approval whose audit row is refused leaves the event proposed and the booking in place', async () => {
    const date = addDays(nextWeekday(first.clock, paris.timezone, 4), 7);
    const holder = await openSessionForNewAgent(first, 'Tiphaine');
    const booked = await book(first, holder, {
      siteId: paris.id,
      deskId: deskOf('B-07'),
      date,
      slot: 'morning',
    });
    expect(booked.status).toBe(201);
    const event = await proposed({ title: 'Atelier sans journal', date });
    await first.dataSource.query(
      `CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit storage unavailable' USING ERRCODE = '53100'; END $$`,
    );
    await first.dataSource.query(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events
       FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
    );
    try {
      expect((await approve(event.id, true)).status).toBeGreaterThanOrEqual(500);
    } finally {
      await first.dataSource.query(`DROP TRIGGER refuse_audit ON audit_events`);
      await first.dataSource.query(`DROP FUNCTION refuse_audit()`);
    }
    const after = await call<Event>(first, `/api/events/${event.id}`, { cookie: cookies.agent });
    expect(after.body.status).toBe('proposed');
    const mine = await listAllMyBookings(first, holder);
    expect(mine.find((b) => b.id === booked.body.id)?.status).toBe('confirmed');
  });
});

describe('the space is held by the database', () => {
  test('two overlapping events of one zone approved at once, on two processes: one wins', async () => {
    const date = nextWeekday(first.clock, paris.timezone, 2);
    const zone = zoneId('Plateau ouvert');
    const talk = await proposed({
      title: 'Talk du mardi',
      date,
      zoneId: zone,
      startTime: '17:00',
      endTime: '18:30',
    });
    const workshop = await proposed({
      title: 'Atelier du mardi',
      date,
      zoneId: zone,
      startTime: '18:00',
      endTime: '19:00',
    });
    const answers = await Promise.all([
      approve(talk.id, true, cookies.hote, first),
      approve(workshop.id, true, cookies.admin, second),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const loser = answers.find((answer) => answer.status === 409);
    expect(loser?.body.message).toBe(
      'Un autre événement validé occupe déjà cette zone sur ce créneau : choisissez un autre horaire ou une autre zone.',
    );
    const approvedCount = (await agendaOf()).filter((item) =>
      [talk.id, workshop.id].includes(item.id),
    ).length;
    expect(approvedCount).toBe(1);
  });

  test('the booking page shows the held zone: its desks unavailable over the event, the others free', async () => {
    const date = addDays(nextWeekday(first.clock, paris.timezone, 1), 7);
    const event = await proposed({
      title: 'Matinée Atelier',
      date,
      zoneId: zoneId('Atelier'),
      startTime: '09:30',
      endTime: '11:00',
    });
    expect((await approve(event.id, true)).status).toBe(200);
    const availability = await call<Availability>(
      first,
      `/api/sites/${paris.id}/availability?date=${date}`,
      { cookie: cookies.agent },
    );
    expect(availability.status).toBe(200);
    expect(availability.body.heldZones).toEqual([
      {
        zone: 'Atelier',
        eventId: event.id,
        title: 'Matinée Atelier',
        localStart: '09:30',
        localEnd: '11:00',
      },
    ]);
    const desk = (label: string) => {
      const found = availability.body.desks.find((candidate) => candidate.label === label);
      if (!found) throw new Error(`no desk ${label}`);
      return found;
    };
    expect(desk('B-03').states).toMatchObject({ morning: 'unavailable', day: 'unavailable' });
    expect(desk('A-03').states).toMatchObject({ morning: 'free', day: 'free' });
    // After the event, the zone's desks are as any other's.
    expect(desk('B-03').states.afternoon).toBe(desk('A-03').states.afternoon);

    // The calendar's counts agree: the held zone's desks are not free over the event.
    const summary = await call<AvailabilitySummary>(
      first,
      `/api/sites/${paris.id}/availability/summary?from=${date}&to=${date}`,
      { cookie: cookies.agent },
    );
    expect(summary.status).toBe(200);
    const slotsOfDay = summary.body.days[0]?.slots ?? [];
    const freeCount = (slot: 'morning' | 'afternoon' | 'day') =>
      slotsOfDay.find((candidate) => candidate.slot === slot)?.freeDeskCount;
    const workshopDesks = availability.body.desks.filter((d) => d.zone === 'Atelier').length;
    expect(workshopDesks).toBeGreaterThan(0);
    for (const slot of ['morning', 'afternoon', 'day'] as const) {
      expect(freeCount(slot), slot).toBe(
        availability.body.desks.filter((d) => d.states[slot] === 'free').length,
      );
    }
    expect(freeCount('morning')).toBe((freeCount('afternoon') ?? 0) - workshopDesks);
  });

  test('bookings racing an approval never leave a desk of the held zone booked over the event', async () => {
    const date = nextWeekday(first.clock, paris.timezone, 3);
    const event = await proposed({
      title: 'Séminaire au calme',
      date,
      zoneId: zoneId('Espace calme'),
      startTime: '09:30',
      endTime: '18:00',
    });
    const labels = Array.from(
      { length: 10 },
      (_, index) => `C-${String(index + 1).padStart(2, '0')}`,
    );
    const people = await Promise.all(labels.map((label) => openSessionForNewAgent(first, label)));
    const [approval, ...bookings] = await Promise.all([
      approve(event.id, true, cookies.hote, second),
      ...labels.map((label, index) =>
        book(index % 2 === 0 ? first : second, people[index] ?? '', {
          siteId: paris.id,
          deskId: deskOf(label),
          date,
          slot: 'day',
        }),
      ),
    ]);
    expect(approval?.status).toBe(200);
    for (const answer of bookings) expect([201, 409]).toContain(answer.status);
    const stillHeld: { count: number }[] = await first.dataSource.query(
      `SELECT count(*)::int AS count FROM bookings b JOIN desks d ON d.id = b.desk_id
       WHERE d.site_id = $1 AND d.zone = 'Espace calme' AND b.status IN ('confirmed', 'checked_in')
         AND b.starts_at < $3 AND b.ends_at > $2`,
      [paris.id, approval?.body.event.startsAt, approval?.body.event.endsAt],
    );
    expect(stillHeld[0]?.count).toBe(0);
    // Every booking that got in before the approval was cancelled by it, and only those.
    const admitted = bookings.filter((answer) => answer.status === 201).length;
    expect(approval?.body.cancelledBookings.length).toBe(admitted);
  });
});

describe('registering to an event', () => {
  const registration = (eventId: string) => `/api/events/${eventId}/registration`;
  const register = (eventId: string, cookie: string, mode = 'in_person', app = first) =>
    call<EventRegistrationState & ErrorResponse>(app, registration(eventId), {
      cookie,
      body: { mode },
    });

  async function approvedEvent(overrides: Partial<ProposeEventInput>): Promise<Event> {
    const event = await proposed(overrides);
    const approved = await approve(event.id, true);
    if (approved.status !== 200) throw new Error(`not approved: ${JSON.stringify(approved.body)}`);
    return approved.body.event;
  }

  test('in person within the places, then waiting; a cancellation promotes the first waiting, mailed', async () => {
    const event = await approvedEvent({
      title: 'Atelier à deux places',
      date: addDays(nextWeekday(first.clock, paris.timezone, 2), 14),
      capacity: 2,
    });
    const [ana, bo, cy, dan] = await Promise.all(
      ['Ana', 'Bo', 'Cyrielle', 'Dan'].map((name) => openSessionForNewAgent(first, name)),
    );
    expect((await register(event.id, ana ?? '')).body.mine).toMatchObject({ status: 'registered' });
    expect((await register(event.id, bo ?? '')).body.mine).toMatchObject({ status: 'registered' });
    const third = await register(event.id, cy ?? '');
    expect(third.status).toBe(200);
    expect(third.body).toMatchObject({
      capacity: 2,
      registeredInPerson: 2,
      waiting: 1,
      mine: { mode: 'in_person', status: 'waiting', waitingPosition: 1 },
    });
    expect((await register(event.id, dan ?? '')).body.mine?.waitingPosition).toBe(2);
    const twice = await register(event.id, cy ?? '');
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('Vous êtes déjà inscrit à cet événement.');

    const left = await call<EventRegistrationState>(first, registration(event.id), {
      method: 'DELETE',
      cookie: bo ?? '',
    });
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({ registeredInPerson: 2, waiting: 1, mine: null });
    const cyNow = await call<EventRegistrationState>(first, registration(event.id), {
      cookie: cy ?? '',
    });
    expect(cyNow.body.mine).toMatchObject({ status: 'registered', waitingPosition: null });
    const mail = await waitFor(async () =>
      (await outbox()).find(
        (message) =>
          message.subject.startsWith('Inscription confirmée : Atelier à deux places') &&
          message.to.includes('Cyrielle'),
      ),
    );
    expect(mail.text).toContain("vous n'êtes plus en liste d'attente");
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual(['evenement.ics']);
    // On registering: a confirmation with the invitation, or the waiting list without one.
    const toAna = await waitFor(async () =>
      (await outbox()).find(
        (message) =>
          message.subject.startsWith('Inscription confirmée : Atelier à deux places') &&
          message.to.includes('Ana'),
      ),
    );
    expect(toAna.text).toContain('Vous êtes inscrit à « Atelier à deux places », sur place.');
    expect(toAna.attachments.map((attachment) => attachment.filename)).toEqual(['evenement.ics']);
    const toDan = await waitFor(async () =>
      (await outbox()).find(
        (message) =>
          message.subject.startsWith("Liste d'attente : Atelier à deux places") &&
          message.to.includes('Dan'),
      ),
    );
    expect(toDan.attachments).toEqual([]);
    expect(
      (await call<EventRegistrationState>(first, registration(event.id), { cookie: dan ?? '' }))
        .body.mine?.waitingPosition,
    ).toBe(1);

    // The organisers' list: registered first, then waiting, in order of arrival.
    const list = await call<EventRegistrant[]>(
      first,
      `/api/sites/${paris.id}/events/${event.id}/registrations`,
      { cookie: cookies.hote },
    );
    expect(list.body.map((person) => [person.givenName, person.status])).toEqual([
      ['Ana', 'registered'],
      ['Cyrielle', 'registered'],
      ['Dan', 'waiting'],
    ]);
    // The organisers write to everyone registered or waiting.
    const written = await call<{ recipients: number }>(
      first,
      `/api/sites/${paris.id}/events/${event.id}/message`,
      {
        cookie: cookies.hote,
        body: { subject: 'Changement de salle', body: 'Rendez-vous au rez-de-chaussée.' },
      },
    );
    expect(written.body).toEqual({ recipients: 3 });
    const toDanMessage = await waitFor(async () =>
      (await outbox()).find(
        (message) =>
          message.subject === 'Changement de salle — Atelier à deux places' &&
          message.to.includes('Dan'),
      ),
    );
    expect(toDanMessage.text).toContain('Inès Lefèvre, qui organise « Atelier à deux places »');
    expect(toDanMessage.text).toContain('Rendez-vous au rez-de-chaussée.');
    expect(
      (
        await call(first, `/api/sites/${paris.id}/events/${event.id}/message`, {
          cookie: lyonHostCookie,
          body: { subject: 'Spam', body: 'Non.' },
        })
      ).status,
    ).toBe(403);
    // Who proposed it (the agent) organises it too: the list is theirs to see.
    const proposerList = await call<EventRegistrant[]>(
      first,
      `/api/sites/${paris.id}/events/${event.id}/registrations`,
      { cookie: cookies.agent },
    );
    expect(proposerList.status).toBe(200);
    expect(proposerList.body.length).toBeGreaterThan(0);
  });

  test('remotely: no limit, the visio link once registered; refused without a visio link', async () => {
    const event = await approvedEvent({
      title: 'Talk hybride',
      date: addDays(nextWeekday(first.clock, paris.timezone, 3), 14),
      capacity: 1,
    });
    const [one, two] = await Promise.all(
      ['Un', 'Deux'].map((name) => openSessionForNewAgent(first, name)),
    );
    await register(event.id, one ?? '');
    const remote = await register(event.id, two ?? '', 'remote');
    expect(remote.body).toMatchObject({
      registeredInPerson: 1,
      registeredRemote: 1,
      waiting: 0,
      mine: {
        mode: 'remote',
        status: 'registered',
        visioUrl: 'https://webinaire.numerique.gouv.fr/admz-geeks',
      },
    });
    const inRoomOnly = await approvedEvent({
      title: 'Sur place seulement',
      date: addDays(nextWeekday(first.clock, paris.timezone, 4), 14),
      visioUrl: null,
    });
    const remoteMail = await waitFor(async () =>
      (await outbox()).find(
        (message) =>
          message.subject.startsWith('Inscription confirmée : Talk hybride') &&
          message.to.includes('Deux'),
      ),
    );
    expect(remoteMail.text).toContain(
      'Lien de la visio : https://webinaire.numerique.gouv.fr/admz-geeks',
    );
    // The event is in the person's iCal feed, with the visio link as its place.
    const feed = await call<{ url: string }>(first, '/api/me/calendar-feed/regenerate', {
      method: 'POST',
      cookie: two ?? '',
    });
    const ics = await (
      await fetch(feed.body.url.replace(/^https?:\/\/[^/]+/, first.baseUrl))
    ).text();
    expect(ics).toContain(`UID:evenement-${event.id}@admz.beta.gouv.fr`);
    expect(ics).toContain('SUMMARY:AdmZ — Talk hybride');
    const refused = await register(inRoomOnly.id, two ?? '', 'remote');
    expect(refused.status).toBe(422);
    expect(refused.body.message).toBe(
      'Cet événement ne se suit pas à distance : inscrivez-vous sur place.',
    );
    // A proposal takes no registration.
    const proposal = await proposed({
      title: 'Pas encore validé',
      date: addDays(nextWeekday(first.clock, paris.timezone, 5), 14),
    });
    expect((await register(proposal.id, two ?? '')).status).toBe(404);
  });

  test('remote registrants get the visio link once, shortly before the start, on any process; « Mes événements » lists registrations', async () => {
    const date = addDays(nextWeekday(first.clock, paris.timezone, 4), 35);
    const event = await approvedEvent({
      title: 'Visio du jeudi',
      date,
      startTime: '14:00',
      endTime: '15:00',
      capacity: 1,
    });
    const [remote, inPerson, waiting] = await Promise.all([
      openSessionForNewAgent(first, 'Rémi'),
      openSessionForNewAgent(first, 'Pia'),
      openSessionForNewAgent(first, 'Wanda'),
    ]);
    expect((await register(event.id, remote, 'remote')).status).toBe(200);
    expect((await register(event.id, inPerson)).status).toBe(200);
    expect((await register(event.id, waiting)).body.mine?.status).toBe('waiting');

    const mine = await call<MyEventRegistration[]>(first, '/api/events/registered', {
      cookie: remote,
    });
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual([
      expect.objectContaining({
        event: expect.objectContaining({ id: event.id, title: 'Visio du jeudi' }),
        registration: {
          mode: 'remote',
          status: 'registered',
          waitingPosition: null,
          visioUrl: 'https://webinaire.numerique.gouv.fr/admz-geeks',
        },
      }),
    ]);
    const waitingList = await call<MyEventRegistration[]>(first, '/api/events/registered', {
      cookie: waiting,
    });
    expect(waitingList.body.map((item) => item.registration)).toEqual([
      { mode: 'in_person', status: 'waiting', waitingPosition: 1, visioUrl: null },
    ]);

    const linksOf = (app: TestApp) => app.app.get(EventVisioLinksService);
    const startsAt = new Date(event.startsAt).getTime();
    const anHourBefore = new Date(startsAt - 60 * 60_000);
    const sent = await Promise.all([
      linksOf(first).sendVisioLinks(anHourBefore),
      linksOf(second).sendVisioLinks(anHourBefore),
    ]);
    const visioMails = async () =>
      (await outbox()).filter((message) => message.subject.startsWith('Bientôt : Visio du jeudi'));
    expect(sent.flat()).toEqual([]);
    // Twenty minutes before: both processes run the job at once; each link goes out once.
    const soon = new Date(startsAt - 20 * 60_000);
    const runs = await Promise.all([
      linksOf(first).sendVisioLinks(soon),
      linksOf(second).sendVisioLinks(soon),
    ]);
    const marked = runs.flat();
    expect(new Set(marked).size).toBe(marked.length);
    const mail = await waitFor(async () => (await visioMails())[0]);
    expect(mail.to).toContain('Rémi');
    expect(mail.text).toContain(
      'Lien de la visio : https://webinaire.numerique.gouv.fr/admz-geeks',
    );
    expect(await linksOf(first).sendVisioLinks(new Date(startsAt + 10 * 60_000))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await visioMails()).map((message) => message.to)).toEqual([mail.to]);
  });

  test('« Mes données » lists registrations and proposals; deleting the account gives its place to who waits', async () => {
    const date = addDays(nextWeekday(first.clock, paris.timezone, 1), 42);
    const event = await approvedEvent({ title: 'Atelier à une place', date, capacity: 1 });
    const [leaver, patient] = await Promise.all([
      openSessionForNewAgent(first, 'Léon'),
      openSessionForNewAgent(first, 'Patience'),
    ]);
    expect((await register(event.id, leaver)).body.mine?.status).toBe('registered');
    expect((await register(event.id, patient)).body.mine?.status).toBe('waiting');
    const data = await call<MyData>(first, '/api/me/data', { cookie: leaver });
    expect(data.body.eventRegistrations).toEqual([
      expect.objectContaining({
        eventTitle: 'Atelier à une place',
        siteName: 'AdmZ Paris',
        date,
        mode: 'in_person',
        status: 'registered',
        cancelledAt: null,
      }),
    ]);
    const proposerData = await call<MyData>(first, '/api/me/data', { cookie: cookies.agent });
    expect(proposerData.body.eventProposals).toContainEqual(
      expect.objectContaining({ title: 'Atelier à une place', date, status: 'approved' }),
    );

    const deleted = await call<AccountDeletion>(first, '/api/me', {
      method: 'DELETE',
      cookie: leaver,
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body.leftEvents).toBe(1);
    const state = await call<EventRegistrationState>(first, registration(event.id), {
      cookie: patient,
    });
    expect(state.body).toMatchObject({ registeredInPerson: 1, waiting: 0 });
    expect(state.body.mine?.status).toBe('registered');
    await waitFor(async () =>
      (await outbox()).find(
        (message) =>
          message.to.includes('Patience') &&
          message.subject.startsWith('Inscription confirmée : Atelier à une place') &&
          message.text.includes("Une place s'est libérée"),
      ),
    );
  });

  test('who proposed an event organises it: sees the registrants, writes to them, cancels; another agent may not', async () => {
    const date = addDays(nextWeekday(first.clock, paris.timezone, 2), 28);
    const event = await approvedEvent({ title: 'Atelier de la proposante', date });
    const asProposer = await call<Event>(first, `/api/events/${event.id}`, {
      cookie: cookies.agent,
    });
    expect(asProposer.body).toMatchObject({ isMine: true, canOrganise: true });
    const stranger = await openSessionForNewAgent(first, 'Ulysse');
    const asStranger = await call<Event>(first, `/api/events/${event.id}`, { cookie: stranger });
    expect(asStranger.body).toMatchObject({ isMine: false, canOrganise: false, visioUrl: null });
    expect((await register(event.id, stranger)).status).toBe(200);

    const organiserPath = (what: string) => `/api/sites/${paris.id}/events/${event.id}/${what}`;
    const refused = await call<ErrorResponse>(first, organiserPath('registrations'), {
      cookie: stranger,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('proposé cet événement');
    expect(
      (
        await call(first, organiserPath('message'), {
          cookie: stranger,
          body: { subject: 'Spam', body: 'Bonjour à tous.' },
        })
      ).status,
    ).toBe(403);
    // An agent who proposed another event of the site organises only their own.
    const elsewhere = await call(first, `/api/sites/${lyon.id}/events/${event.id}/registrations`, {
      cookie: cookies.agent,
    });
    expect(elsewhere.status).toBe(403);

    const registrants = await call<EventRegistrant[]>(first, organiserPath('registrations'), {
      cookie: cookies.agent,
    });
    expect(registrants.status).toBe(200);
    expect(registrants.body.map((registrant) => registrant.givenName)).toEqual(['Ulysse']);
    const cancelled = await call<Event>(first, organiserPath('cancellation'), {
      cookie: cookies.agent,
      body: { reason: 'Je suis souffrante.' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const toStranger = await waitFor(async () =>
      (await outbox()).find(
        (message) =>
          message.subject.startsWith('Événement annulé : Atelier de la proposante') &&
          message.to.includes('Ulysse'),
      ),
    );
    expect(toStranger.text).toContain("Raison donnée par l'organisation : Je suis souffrante.");
  });

  test('a host cancels an approved event: everyone registered is told why, and the zone is free again', async () => {
    const date = addDays(nextWeekday(first.clock, paris.timezone, 5), 21);
    const event = await approvedEvent({
      title: 'Journée annulée',
      date,
      zoneId: zoneId('Atelier'),
      startTime: '09:00',
      endTime: '18:00',
    });
    const guest = await openSessionForNewAgent(first, 'Gaspard');
    await register(event.id, guest);
    const path = `/api/sites/${paris.id}/events/${event.id}/cancellation`;
    expect(
      (await call(first, path, { cookie: lyonHostCookie, body: { reason: 'Non.' } })).status,
    ).toBe(403);
    const cancelled = await call<Event>(first, path, {
      cookie: cookies.hote,
      body: { reason: 'La salle est inondée.' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await agendaOf()).map((item) => item.id)).not.toContain(event.id);
    const toGuest = await waitFor(async () =>
      (await outbox()).find(
        (message) =>
          message.subject.startsWith('Événement annulé : Journée annulée') &&
          message.to.includes('Gaspard'),
      ),
    );
    expect(toGuest.text).toContain("Raison donnée par l'organisation : La salle est inondée.");
    expect(toGuest.attachments.map((attachment) => attachment.filename)).toEqual([
      'annulation.ics',
    ]);
    await waitFor(async () =>
      (await outbox()).find(
        (message) =>
          message.subject.startsWith('Événement annulé : Journée annulée') &&
          message.to.includes('camille'),
      ),
    );
    // Its zone takes desk bookings again, and cancelling twice is refused.
    const after = await book(first, guest, {
      siteId: paris.id,
      deskId: deskOf('B-08'),
      date,
      slot: 'day',
    });
    expect(after.status).toBe(201);
    expect(
      (await call(first, path, { cookie: cookies.hote, body: { reason: 'Encore.' } })).status,
    ).toBe(409);
  });

  test('100 registrations at once for 30 places, on two processes: exactly 30 in the room', async () => {
    const event = await approvedEvent({
      title: 'Conférence très demandée',
      date: addDays(nextWeekday(first.clock, paris.timezone, 2), 21),
      capacity: 30,
      zoneId: zoneId('Plateau ouvert'),
    });
    const people = await Promise.all(
      Array.from({ length: 100 }, (_, index) => openSessionForNewAgent(first, `Foule ${index}`)),
    );
    const answers = await Promise.all(
      people.map((cookie, index) =>
        register(event.id, cookie, 'in_person', index % 2 === 0 ? first : second),
      ),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const statuses = answers.map((answer) => answer.body.mine?.status);
    expect(statuses.filter((status) => status === 'registered')).toHaveLength(30);
    expect(statuses.filter((status) => status === 'waiting')).toHaveLength(70);
    const counts: { status: string; count: number }[] = await first.dataSource.query(
      `SELECT status, count(*)::int AS count FROM event_registrations WHERE event_id = $1
       GROUP BY status ORDER BY status`,
      [event.id],
    );
    expect(counts).toEqual([
      { status: 'registered', count: 30 },
      { status: 'waiting', count: 70 },
    ]);
  }, 60_000);
});
