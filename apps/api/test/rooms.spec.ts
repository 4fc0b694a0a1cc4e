import type {
  CalendarFeed,
  CreateRoomBookingInput,
  ErrorResponse,
  Event,
  EventApproval,
  MyData,
  Outbox,
  ProposeEventInput,
  Room,
  RoomBooking,
  RoomRules,
  RoomDayAvailability,
} from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SiteRole, User } from '../src/users/user.entity';
import {
  addDays,
  loadDemoSites,
  mondayOfOpenWeek,
  nextWeekday,
  sessionsFor,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import {
  call,
  demoClaims,
  openSessionFor,
  openSessionForNewAgent,
  startTestApp,
  type TestApp,
} from './test-app';

/**
 * Rooms and large tables booked by the hour for a group. Two API processes share one database,
 * so the races below cross processes (embedded PostgreSQL, or the server in CI).
 */
let first: TestApp;
let second: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let lyonHostCookie: string;
let parisRooms: Room[];

const camille = demoClaims('agent').email ?? '';
const yanis = demoClaims('agent2').email ?? '';

beforeAll(async () => {
  first = await startTestApp({ JOBS_POLLING_SECONDS: '0.5' });
  second = await startTestApp({ JOBS_POLLING_SECONDS: '0.5' }, first.database);
  ({ paris, lyon } = await loadDemoSites(first));
  cookies = await sessionsFor(first);
  lyonHostCookie = await openSessionFor(first, {
    sub: 'test-host-lyon-rooms',
    given_name: 'Hugo',
    usual_name: 'Roux',
    email: 'hugo.roux@example.gouv.fr',
    roles: ['agent_public'],
  });
  const lyonHost = await first.dataSource
    .getRepository(User)
    .findOneByOrFail({ sub: 'test-host-lyon-rooms' });
  await first.dataSource
    .getRepository(SiteRole)
    .insert({ userId: lyonHost.id, siteId: lyon.id, role: 'host' });
  parisRooms = (
    await call<Room[]>(first, `/api/sites/${paris.id}/rooms`, { cookie: cookies.agent })
  ).body;
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

const roomId = (name: string): string => {
  const room = parisRooms.find((candidate) => candidate.name === name);
  if (!room) throw new Error(`no room « ${name} »`);
  return room.id;
};

const request = (overrides: Partial<CreateRoomBookingInput> = {}): CreateRoomBookingInput => ({
  roomId: roomId('Salle Marianne'),
  date: nextWeekday(first.clock, paris.timezone, 3),
  startTime: '10:00',
  endTime: '11:30',
  title: 'Comité de pilotage',
  headcount: 6,
  attendeeEmails: [],
  ...overrides,
});

const bookRoom = (body: unknown, cookie: string, app = first) =>
  call<RoomBooking & ErrorResponse>(app, '/api/rooms/bookings', { cookie, body });

const mine = async (cookie: string) =>
  (await call<RoomBooking[]>(first, '/api/rooms/bookings/mine', { cookie })).body;

const outbox = async () =>
  (await call<Outbox>(first, '/api/dev/outbox?limit=100', { cookie: cookies.agent })).body.messages;

async function waitFor<T>(find: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('waited 15 s for something that did not come');
}

describe('rooms of a site', () => {
  test('agents see the demo rooms; a host creates and changes one; others may not', async () => {
    expect(parisRooms.map((room) => [room.name, room.kind, room.capacity])).toEqual([
      ['Grande table de l’atrium', 'table', 10],
      ['Salle Marianne', 'room', 8],
      ['Salle Ségur', 'room', 4],
    ]);
    expect(parisRooms.find((room) => room.name === 'Salle Marianne')?.equipment).toEqual([
      'screen',
      'visio',
    ]);

    const body = { name: 'Salle Vauban', kind: 'room', capacity: 12, equipment: ['projector'] };
    const byAgent = await call<ErrorResponse>(first, `/api/sites/${paris.id}/rooms`, {
      cookie: cookies.agent,
      body,
    });
    expect(byAgent.status).toBe(403);
    const byLyonHost = await call<ErrorResponse>(first, `/api/sites/${paris.id}/rooms`, {
      cookie: lyonHostCookie,
      body,
    });
    expect(byLyonHost.status).toBe(403);

    const created = await call<Room>(first, `/api/sites/${paris.id}/rooms`, {
      cookie: cookies.hote,
      body,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Salle Vauban', capacity: 12, isActive: true });

    const twice = await call<ErrorResponse>(first, `/api/sites/${paris.id}/rooms`, {
      cookie: cookies.hote,
      body,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('Une salle porte déjà ce nom sur ce site.');

    const tooSmall = await call<ErrorResponse>(first, `/api/sites/${paris.id}/rooms`, {
      cookie: cookies.hote,
      body: { ...body, name: 'Cabine', capacity: 1 },
    });
    expect(tooSmall.status).toBe(400);
    expect(JSON.stringify(tooSmall.body)).toContain("La capacité est d'au moins 2 personnes.");

    const path = `/api/sites/${paris.id}/rooms/${created.body.id}`;
    const byLyonHostChange = await call<ErrorResponse>(first, path, {
      method: 'PATCH',
      cookie: lyonHostCookie,
      body: { capacity: 20 },
    });
    expect(byLyonHostChange.status).toBe(403);
    // Lyon's host cannot reach a Paris room through their own site either.
    const throughLyon = await call<ErrorResponse>(
      first,
      `/api/sites/${lyon.id}/rooms/${created.body.id}`,
      { method: 'PATCH', cookie: lyonHostCookie, body: { capacity: 20 } },
    );
    expect(throughLyon.status).toBe(404);

    const deactivated = await call<Room>(first, path, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { isActive: false, capacity: 14 },
    });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body).toMatchObject({ isActive: false, capacity: 14, name: 'Salle Vauban' });
    const seenByAgent = await call<Room[]>(first, `/api/sites/${paris.id}/rooms`, {
      cookie: cookies.agent,
    });
    expect(seenByAgent.body.map((room) => room.name)).not.toContain('Salle Vauban');
    const seenByHost = await call<Room[]>(first, `/api/sites/${paris.id}/rooms`, {
      cookie: cookies.hote,
    });
    expect(seenByHost.body.map((room) => room.name)).toContain('Salle Vauban');
    const refused = await bookRoom(request({ roomId: created.body.id }), cookies.agent);
    expect(refused.status).toBe(404);
  });
});

describe('booking rules', () => {
  test('a closed day, outside hours, too long, too short, beyond the horizon, too many people: 422 with a sentence', async () => {
    const wednesday = nextWeekday(first.clock, paris.timezone, 3);
    const sunday = nextWeekday(first.clock, paris.timezone, 7);
    const cases: [Partial<CreateRoomBookingInput>, RegExp][] = [
      [{ date: sunday }, /fermé|ferm/],
      [
        { startTime: '08:00', endTime: '09:30' },
        /heures d'ouverture du site ce jour-là : de 09:00 à 19:00/,
      ],
      [{ startTime: '18:30', endTime: '19:30' }, /heures d'ouverture/],
      [{ startTime: '09:00', endTime: '13:15' }, /au plus 4 h/],
      [{ startTime: '10:00', endTime: '10:15' }, /au moins 30 min/],
      [{ date: addDays(wednesday, 35) }, /au plus 30 jours à l'avance/],
      [{ headcount: 9 }, /Salle Marianne accueille au plus 8 personnes/],
    ];
    for (const [overrides, sentence] of cases) {
      const answer = await bookRoom(request(overrides), cookies.agent);
      expect(answer.status, JSON.stringify(overrides)).toBe(422);
      expect(answer.body.message, JSON.stringify(overrides)).toMatch(sentence);
    }
    const offQuarter = await bookRoom(request({ startTime: '10:10' }), cookies.agent);
    expect(offQuarter.status).toBe(400);
    expect(JSON.stringify(offQuarter.body)).toContain('au quart d’heure');
    const tooManyNamed = await bookRoom(
      request({ headcount: 2, attendeeEmails: ['a@example.gouv.fr', 'b@example.gouv.fr'] }),
      cookies.agent,
    );
    expect(tooManyNamed.status).toBe(400);
    // Nothing was booked by any of these.
    expect(await mine(cookies.agent)).toEqual([]);
  });
});

describe('the room rules of a site', () => {
  test('its hosts change them, audited: a shorter maximum refuses what the default allowed', async () => {
    const rulesPath = `/api/sites/${paris.id}/rooms/rules`;
    const read = await call<RoomRules>(first, rulesPath, { cookie: cookies.hote });
    expect(read.body).toEqual({
      maxDurationMinutes: 240,
      maxDaysAhead: 30,
      maxUpcomingPerPerson: 3,
    });
    const putRules = (body: unknown, cookie = cookies.hote) =>
      call<RoomRules & ErrorResponse>(first, rulesPath, { method: 'PUT', cookie, body });
    for (const cookie of [cookies.agent, lyonHostCookie]) {
      expect((await putRules(read.body, cookie)).status).toBe(403);
    }
    const notQuarters = await putRules({ ...read.body, maxDurationMinutes: 50 });
    expect(notQuarters.status).toBe(400);
    expect(JSON.stringify(notQuarters.body)).toContain('en quarts d');
    const shorter = await putRules({ ...read.body, maxDurationMinutes: 120 });
    expect(shorter.status).toBe(200);
    expect(shorter.body.maxDurationMinutes).toBe(120);
    // Three hours: within the default four, beyond the site's two.
    const longMeeting = request({ startTime: '14:00', endTime: '17:00', title: 'Séminaire' });
    const refused = await bookRoom(longMeeting, cookies.agent2);
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/au plus 2 h/);
    const [audit] = await first.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_events
       WHERE kind = 'room-rules.updated' AND site_id = $1`,
      [paris.id],
    );
    expect(audit.count).toBe(1);
    expect((await putRules(read.body)).status).toBe(200);
    const allowed = await bookRoom(longMeeting, cookies.agent2);
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(201);
    // Cancelled again: the next tests count the bookings of this room and day.
    const cancelled = await call(first, `/api/rooms/bookings/${allowed.body.id}`, {
      method: 'DELETE',
      cookie: cookies.agent2,
    });
    expect(cancelled.status).toBe(200);
  });
});

describe('a room for six with two colleagues', () => {
  let booking: RoomBooking;
  const guest = 'invitee.externe@example.org';

  test('booked, listed for the booker and the named colleague, mailed to all three with an .ics', async () => {
    const answer = await bookRoom(
      request({ attendeeEmails: [yanis.toUpperCase(), guest] }),
      cookies.agent,
    );
    expect(answer.status).toBe(201);
    booking = answer.body;
    expect(booking).toMatchObject({
      room: { name: 'Salle Marianne', kind: 'room' },
      startTime: '10:00',
      endTime: '11:30',
      headcount: 6,
      status: 'confirmed',
      isMine: true,
      bookedBy: { givenName: 'Camille', usualName: 'Martin' },
    });
    expect(booking.attendeeEmails).toEqual([guest, yanis.toLowerCase()].sort());

    expect((await mine(cookies.agent)).map((item) => item.id)).toEqual([booking.id]);
    // The guest had no account: at their first login, their address finds the meeting.
    const guestCookie = await openSessionFor(first, {
      sub: 'test-room-guest',
      given_name: 'Invité',
      usual_name: 'Externe',
      email: 'Invitee.Externe@example.org',
      roles: ['agent_public'],
    });
    expect((await mine(guestCookie)).map((item) => [item.id, item.isMine])).toEqual([
      [booking.id, false],
    ]);
    const forYanis = await mine(cookies.agent2);
    expect(forYanis.map((item) => [item.id, item.isMine])).toEqual([[booking.id, false]]);

    for (const address of [camille, yanis, guest]) {
      const mail = await waitFor(async () =>
        (await outbox()).find(
          (message) =>
            message.to.toLowerCase().includes(address.toLowerCase()) &&
            message.subject.startsWith('Salle réservée : Comité de pilotage'),
        ),
      );
      expect(mail.attachments).toEqual([
        expect.objectContaining({
          filename: 'salle.ics',
          contentType: expect.stringContaining('method=REQUEST'),
        }),
      ]);
    }
  });

  test('the room is taken over that time (409), free next to it; the day shows it busy', async () => {
    const overlap = await bookRoom(
      request({ startTime: '11:00', endTime: '12:00', title: 'Point d’équipe' }),
      cookies.agent2,
    );
    expect(overlap.status).toBe(409);
    expect(overlap.body.message).toBe(
      '« Salle Marianne » est déjà réservée sur ce créneau : choisissez un autre horaire ou une autre salle.',
    );

    const day = await call<RoomDayAvailability>(
      first,
      `/api/sites/${paris.id}/rooms/availability?date=${booking.date}`,
      { cookie: cookies.agent2 },
    );
    expect(day.status).toBe(200);
    expect(day.body.hours).toEqual({ opensAt: '09:00', closesAt: '19:00' });
    expect(day.body.rules).toEqual({
      maxDurationMinutes: 240,
      maxDaysAhead: 30,
      maxUpcomingPerPerson: 3,
    });
    const marianne = day.body.rooms.find((room) => room.name === 'Salle Marianne');
    expect(marianne?.busy).toEqual([{ startTime: '10:00', endTime: '11:30', kind: 'booking' }]);

    const next = await bookRoom(
      request({ startTime: '11:30', endTime: '12:00', title: 'Point d’équipe', headcount: 3 }),
      cookies.agent2,
    );
    expect(next.status).toBe(201);
    const cancelled = await call<RoomBooking>(first, `/api/rooms/bookings/${next.body.id}`, {
      method: 'DELETE',
      cookie: cookies.agent2,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
  });

  test('the named colleague gets it in their calendar feed; they cannot cancel it, a stranger cannot see it', async () => {
    const feed = await call<CalendarFeed>(first, '/api/me/calendar-feed/regenerate', {
      cookie: cookies.agent2,
      body: {},
    });
    expect(feed.status).toBe(200);
    const ics = await (await fetch(feed.body.url)).text();
    expect(ics).toContain(`UID:salle-${booking.id}@admz.beta.gouv.fr`);
    expect(ics).toContain('Comité de pilotage (Salle Marianne)');

    const byColleague = await call<ErrorResponse>(first, `/api/rooms/bookings/${booking.id}`, {
      method: 'DELETE',
      cookie: cookies.agent2,
    });
    expect(byColleague.status).toBe(403);
    const stranger = await openSessionForNewAgent(first, 'Sacha');
    const byStranger = await call<ErrorResponse>(first, `/api/rooms/bookings/${booking.id}`, {
      method: 'DELETE',
      cookie: stranger,
    });
    expect(byStranger.status).toBe(404);
    const byLyonHost = await call<ErrorResponse>(
      first,
      `/api/sites/${paris.id}/rooms/bookings/${booking.id}`,
      { method: 'DELETE', cookie: lyonHostCookie },
    );
    expect(byLyonHost.status).toBe(403);
    expect((await mine(cookies.agent)).map((item) => item.status)).toEqual(['confirmed']);
  });

  test('« Mes données » lists it', async () => {
    const data = await call<MyData>(first, '/api/me/data', { cookie: cookies.agent });
    expect(data.status).toBe(200);
    expect(data.body.roomBookings).toEqual([
      expect.objectContaining({
        id: booking.id,
        roomName: 'Salle Marianne',
        title: 'Comité de pilotage',
        status: 'confirmed',
        attendeeEmails: booking.attendeeEmails,
      }),
    ]);
  });

  test('a host of the site cancels it: the booker and the people named are told', async () => {
    const hostList = await call<RoomBooking[]>(
      first,
      `/api/sites/${paris.id}/rooms/bookings?date=${booking.date}`,
      { cookie: cookies.hote },
    );
    expect(hostList.body.map((item) => item.id)).toContain(booking.id);
    const cancelled = await call<RoomBooking>(
      first,
      `/api/sites/${paris.id}/rooms/bookings/${booking.id}`,
      { method: 'DELETE', cookie: cookies.hote },
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    for (const address of [camille, yanis, guest]) {
      const mail = await waitFor(async () =>
        (await outbox()).find(
          (message) =>
            message.to.toLowerCase().includes(address.toLowerCase()) &&
            message.subject.startsWith('Salle annulée : Comité de pilotage'),
        ),
      );
      expect(mail.attachments.map((attachment) => attachment.filename)).toEqual(['annulation.ics']);
    }
    expect(await mine(cookies.agent2)).toEqual([]);
  });
});

describe('under concurrency', () => {
  test('20 requests at once for one room and hour, on two processes: exactly one wins', async () => {
    const date = addDays(nextWeekday(first.clock, paris.timezone, 4), 7);
    const people = await Promise.all(
      Array.from({ length: 20 }, (_, index) => openSessionForNewAgent(first, `Rapide${index}`)),
    );
    const answers = await Promise.all(
      people.map((cookie, index) =>
        bookRoom(
          request({
            roomId: roomId('Grande table de l’atrium'),
            date,
            startTime: '14:00',
            endTime: '15:00',
            headcount: 4,
          }),
          cookie,
          index % 2 === 0 ? first : second,
        ),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const held: { count: number }[] = await first.dataSource.query(
      `SELECT count(*)::int AS count FROM room_bookings
       WHERE room_id = $1 AND local_date = $2 AND status = 'confirmed'`,
      [roomId('Grande table de l’atrium'), date],
    );
    expect(held[0]?.count).toBe(1);
  });

  test('one person asks for 8 rooms at once, on two processes: exactly 3 (the limit) are booked', async () => {
    const cookie = await openSessionForNewAgent(first, 'Gourmand');
    const monday = mondayOfOpenWeek(first.clock, paris.timezone, 2);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        bookRoom(
          request({
            roomId: roomId('Salle Ségur'),
            date: addDays(monday, index % 4),
            startTime: index < 4 ? '09:00' : '15:00',
            endTime: index < 4 ? '10:00' : '16:00',
            headcount: 2,
          }),
          cookie,
          index % 2 === 0 ? first : second,
        ),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 422)).toHaveLength(5);
    expect(answers.find((answer) => answer.status === 422)?.body.message).toMatch(
      /Vous avez déjà 3 réservations de salle à venir : c'est le maximum/,
    );
    expect(await mine(cookie)).toHaveLength(3);
  });
});

describe('events in a room', () => {
  const eventProposal = (overrides: Partial<ProposeEventInput> = {}): ProposeEventInput => ({
    title: 'Atelier accessibilité',
    description: 'Tester nos formulaires avec un lecteur d’écran.',
    type: 'workshop',
    themes: [],
    date: addDays(nextWeekday(first.clock, paris.timezone, 2), 7),
    startTime: '14:00',
    endTime: '16:00',
    roomId: roomId('Salle Marianne'),
    capacity: 8,
    visioUrl: null,
    audience: 'agents',
    ...overrides,
  });
  const propose = async (overrides: Partial<ProposeEventInput> = {}) => {
    const answer = await call<Event & ErrorResponse>(first, `/api/sites/${paris.id}/events`, {
      cookie: cookies.agent2,
      body: eventProposal(overrides),
    });
    return answer;
  };
  const approve = (eventId: string) =>
    call<EventApproval & ErrorResponse>(
      first,
      `/api/sites/${paris.id}/events/${eventId}/approval`,
      { cookie: cookies.hote, body: { confirm: false } },
    );

  test('an approved event holds its room against groups; a group booking blocks an event; cancelling frees it', async () => {
    const tooBig = await propose({ capacity: 9 });
    expect(tooBig.status).toBe(422);
    expect(tooBig.body.message).toMatch(/Salle Marianne accueille au plus 8 personnes/);
    const both = await call<ErrorResponse>(first, `/api/sites/${paris.id}/events`, {
      cookie: cookies.agent2,
      body: { ...eventProposal(), zoneId: roomId('Salle Marianne') },
    });
    expect(both.status).toBe(400);

    const proposed = await propose();
    expect(proposed.status).toBe(201);
    expect(proposed.body.space).toEqual({
      kind: 'room',
      id: roomId('Salle Marianne'),
      name: 'Salle Marianne',
    });
    // A proposal holds nothing yet.
    const date = eventProposal().date;
    const group = await bookRoom(
      request({ date, startTime: '15:30', endTime: '16:30', title: 'Réunion de service' }),
      cookies.agent,
    );
    expect(group.status).toBe(201);

    // The group is in the way: the approval is refused, naming the room.
    const refused = await approve(proposed.body.id);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(
      '« Salle Marianne » est déjà réservée sur ce créneau : choisissez un autre horaire ou une autre salle.',
    );

    // The group leaves; the event is approved and holds the room.
    expect(
      (
        await call(first, `/api/rooms/bookings/${group.body.id}`, {
          method: 'DELETE',
          cookie: cookies.agent,
        })
      ).status,
    ).toBe(200);
    const approved = await approve(proposed.body.id);
    expect(approved.status).toBe(200);
    expect(approved.body.event.status).toBe('approved');

    const blocked = await bookRoom(
      request({ date, startTime: '13:30', endTime: '14:30', title: 'Réunion de service' }),
      cookies.agent,
    );
    expect(blocked.status).toBe(409);
    const day = await call<RoomDayAvailability>(
      first,
      `/api/sites/${paris.id}/rooms/availability?date=${date}`,
      { cookie: cookies.agent },
    );
    expect(day.body.rooms.find((room) => room.name === 'Salle Marianne')?.busy).toEqual([
      { startTime: '14:00', endTime: '16:00', kind: 'event' },
    ]);

    // A second event in the room over the same time cannot be approved either.
    const rival = await propose({
      title: 'Café des curieux',
      startTime: '15:00',
      endTime: '17:00',
    });
    expect((await approve(rival.body.id)).status).toBe(409);

    const cancelled = await call<Event>(
      first,
      `/api/sites/${paris.id}/events/${proposed.body.id}/cancellation`,
      { cookie: cookies.hote, body: { reason: 'Intervenant malade' } },
    );
    expect(cancelled.status).toBe(200);
    const after = await bookRoom(
      request({ date, startTime: '13:30', endTime: '14:30', title: 'Réunion de service' }),
      cookies.agent,
    );
    expect(after.status).toBe(201);
  });
});

describe('account deletion', () => {
  test("cancels the person's upcoming room bookings and tells the people named", async () => {
    const claims = {
      sub: 'test-room-leaver',
      given_name: 'Lou',
      usual_name: 'Départ',
      email: 'lou.depart@example.gouv.fr',
      roles: ['agent_public'],
    };
    const cookie = await openSessionFor(first, claims);
    const booked = await bookRoom(
      request({
        roomId: roomId('Salle Ségur'),
        date: addDays(nextWeekday(first.clock, paris.timezone, 5), 7),
        headcount: 2,
        attendeeEmails: ['collegue.reste@example.gouv.fr'],
      }),
      cookie,
    );
    expect(booked.status).toBe(201);
    const deleted = await call<{ cancelledRoomBookings: number }>(first, '/api/me', {
      method: 'DELETE',
      cookie,
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body.cancelledRoomBookings).toBe(1);
    const rows: { status: string; booked_by_user_id: string | null }[] =
      await first.dataSource.query(
        `SELECT status, booked_by_user_id FROM room_bookings WHERE id = $1`,
        [booked.body.id],
      );
    expect(rows).toEqual([{ status: 'cancelled', booked_by_user_id: null }]);
    await waitFor(async () =>
      (await outbox()).find(
        (message) =>
          message.to.includes('collegue.reste@example.gouv.fr') &&
          message.subject.startsWith('Salle annulée'),
      ),
    );
  });
});

describe('the migration', () => {
  test('goes down and up again', async () => {
    // Later migrations are undone first, down to this one, then all are applied again.
    const undone: string[] = [];
    while (!undone.includes('Rooms1764900000000')) {
      const [last] = await first.dataSource.query<{ name: string }[]>(
        `SELECT name FROM migrations ORDER BY timestamp DESC, id DESC LIMIT 1`,
      );
      if (!last) throw new Error('no migration left to undo');
      await first.dataSource.undoLastMigration({ transaction: 'each' });
      undone.push(last.name);
    }
    const gone: unknown[] = await first.dataSource.query(
      `SELECT 1 FROM information_schema.tables WHERE table_name IN ('rooms', 'room_bookings')`,
    );
    expect(gone).toEqual([]);
    const applied = await first.dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((migration) => migration.name)).toEqual(undone.reverse());
  });
});
