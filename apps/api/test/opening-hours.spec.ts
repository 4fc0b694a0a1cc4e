import type {
  Availability,
  ErrorResponse,
  HoursChangeConflict,
  OpeningHours,
  Site,
  SitePerson,
} from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { siteLocalToInstant, siteToday } from '../src/common/site-time';
import { NotificationsService } from '../src/notifications/notifications.service';
import {
  addDays,
  availability,
  book,
  nextWeekday,
  weeksLaterOpen,
  type DemoSite,
  startDemoApp,
  type DemoSessions,
  listAllMyBookings,
} from './fixtures';
import { call, demoClaims, openSessionFor, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;

const weekdays = [1, 2, 3, 4, 5];
const splitDays = weekdays.flatMap((weekday) => [
  { weekday, opensAt: '09:00', closesAt: '12:30' },
  { weekday, opensAt: '13:30', closesAt: '19:00' },
]);

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
});
afterAll(async () => {
  await t?.close();
});

const putWeekly = (siteId: string, cookie: string, body: object) =>
  call<OpeningHours>(t, `/api/sites/${siteId}/opening-hours/weekly`, {
    method: 'PUT',
    cookie,
    body,
  });
const putException = (siteId: string, date: string, cookie: string, body: object) =>
  call<OpeningHours>(t, `/api/sites/${siteId}/opening-hours/exceptions/${date}`, {
    method: 'PUT',
    cookie,
    body,
  });
const putRules = (siteId: string, cookie: string, body: object) =>
  call(t, `/api/sites/${siteId}/rules`, {
    method: 'PUT',
    cookie,
    body: {
      maxDaysAhead: 365,
      maxBookingsPerWeek: null,
      allowedSlotTypes: ['half_day', 'full_day', 'hourly'],
      cancellationDeadlineMinutes: 0,
      ...body,
    },
  });
const slotTimes = (body: Availability) =>
  body.slots.map((slot) => [slot.slot, slot.localStart, slot.localEnd]);

async function createSite(slug: string, timezone: string, holidayRegion: string): Promise<Site> {
  const created = await call<Site>(t, '/api/sites', {
    cookie: cookies.admin,
    body: { name: `Site ${slug}`, slug, address: 'Adresse', timezone, holidayRegion },
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ timezone, holidayRegion, extendedClosesAt: null });
  const weekly = await putWeekly(created.body.id, cookies.admin, {
    weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      opensAt: '09:00',
      closesAt: '19:00',
    })),
  });
  expect(weekly.status).toBe(200);
  return created.body;
}

describe('weekly schedule with several ranges per day', () => {
  test('a lunch break splits the day; a slot in the gap is refused with the hours', async () => {
    const saved = await putWeekly(paris.id, cookies.hote, { weekly: splitDays });
    expect(saved.status).toBe(200);
    expect(saved.body.weekly.filter((range) => range.weekday === 1)).toEqual([
      { weekday: 1, opensAt: '09:00', closesAt: '12:30' },
      { weekday: 1, opensAt: '13:30', closesAt: '19:00' },
    ]);
    expect((await putRules(paris.id, cookies.hote, {})).status).toBe(200);

    const monday = nextWeekday(t.clock, paris.timezone, 1);
    const seen = await availability(t, cookies.agent, paris.id, monday);
    expect(slotTimes(seen.body)).toEqual([
      ['morning', '09:00', '12:30'],
      ['afternoon', '13:30', '19:00'],
      ['day', '09:00', '19:00'],
    ]);

    const inTheGap = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(0),
      date: monday,
      slot: 'hour',
      startTime: '12:00',
      endTime: '14:00',
    } as never);
    expect(inTheGap.status).toBe(422);
    expect((inTheGap.body as unknown as ErrorResponse).message).toBe(
      "Le créneau de 12:00 à 14:00 est en dehors des horaires d'ouverture : ce jour-là le site est ouvert de 09:00 à 12:30 et de 13:30 à 19:00.",
    );
    const inTheMorning = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(0),
      date: monday,
      slot: 'hour',
      startTime: '10:00',
      endTime: '12:00',
    } as never);
    expect(inTheMorning.status).toBe(201);
    expect(inTheMorning.body).toMatchObject({ slot: 'hour' });
    const afternoon = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskId(0),
      date: monday,
      slot: 'afternoon',
    });
    expect(afternoon.status).toBe(201);
    expect(iso(afternoon.body.startsAt)).toBe(
      siteLocalToInstant(monday, '13:30', paris.timezone).toISOString(),
    );
  });

  test('overlapping ranges of one weekday are refused in French', async () => {
    const overlapping = await putWeekly(paris.id, cookies.hote, {
      weekly: [
        { weekday: 2, opensAt: '09:00', closesAt: '13:00' },
        { weekday: 2, opensAt: '12:00', closesAt: '19:00' },
      ],
    });
    expect(overlapping.status).toBe(400);
    expect(JSON.stringify(overlapping.body)).toContain(
      'Les plages du mardi se chevauchent : 09:00–13:00 et 12:00–19:00.',
    );
  });

  test('DST days in Paris are computed in site time (past days still show their slots)', async () => {
    const sundays = await putWeekly(lyon.id, cookies.admin, {
      weekly: [7].map((weekday) => ({ weekday, opensAt: '09:00', closesAt: '19:00' })),
    });
    expect(sundays.status).toBe(200);
    const spring = await availability(t, cookies.agent, lyon.id, '2026-03-29');
    const autumn = await availability(t, cookies.agent, lyon.id, '2026-10-25');
    const morning = (body: Availability) => body.slots.find((slot) => slot.slot === 'morning')!;
    expect([morning(spring.body).startsAt, morning(spring.body).endsAt].map(iso)).toEqual([
      '2026-03-29T07:00:00.000Z',
      '2026-03-29T11:00:00.000Z',
    ]);
    expect([morning(autumn.body).startsAt, morning(autumn.body).endsAt].map(iso)).toEqual([
      '2026-10-25T08:00:00.000Z',
      '2026-10-25T12:00:00.000Z',
    ]);
    expect(morning(spring.body).isPast).toBe(true);
  });

  test('sites in Cayenne and Réunion book in their own time', async () => {
    const cayenne = await createSite('cayenne', 'America/Cayenne', 'GF');
    const reunion = await createSite('reunion', 'Indian/Reunion', 'RE');
    const deskOf = async (site: Site) => {
      const desk = await call<{ id: string }>(t, `/api/sites/${site.id}/desks`, {
        cookie: cookies.admin,
        body: { label: 'D-01', zone: 'Plateau' },
      });
      expect(desk.status).toBe(201);
      return desk.body.id;
    };
    // A person of their own: the dates below move with today and could meet other tests' bookings.
    const traveller = await openSessionFor(t, {
      ...demoClaims('agent'),
      sub: 'overseas-traveller',
      email: 'voyageur@example.gouv.fr',
    });
    const date = addDays(siteToday('America/Cayenne', t.clock.now()), 3);
    const inCayenne = await book(t, traveller, {
      siteId: cayenne.id,
      deskId: await deskOf(cayenne),
      date,
      slot: 'morning',
    });
    expect(inCayenne.status).toBe(201);
    expect([iso(inCayenne.body.startsAt), iso(inCayenne.body.endsAt)]).toEqual([
      `${date}T12:00:00.000Z`,
      `${date}T16:00:00.000Z`,
    ]);
    const later = addDays(siteToday('Indian/Reunion', t.clock.now()), 4);
    const inReunion = await book(t, traveller, {
      siteId: reunion.id,
      deskId: await deskOf(reunion),
      date: later,
      slot: 'afternoon',
    });
    expect(inReunion.status).toBe(201);
    expect([iso(inReunion.body.startsAt), iso(inReunion.body.endsAt)]).toEqual([
      `${later}T09:00:00.000Z`,
      `${later}T15:00:00.000Z`,
    ]);
    // Réunion's own public holiday (20 December, abolition of slavery) closes that site only.
    const abolition = await availability(t, cookies.agent, reunion.id, '2026-12-20');
    expect(abolition.body.closedReason).toContain('Jour férié : Abolition de l’esclavage');
    const cayenneThatDay = await availability(t, cookies.agent, cayenne.id, '2026-12-20');
    expect(cayenneThatDay.body.isOpen).toBe(true);
  });
});

describe('public holidays', () => {
  test('metropolitan France closes on 11 November and 1 May with the holiday name', async () => {
    const armistice = await availability(t, cookies.agent, paris.id, '2027-11-11');
    expect(armistice.body).toMatchObject({ isOpen: false, slots: [] });
    expect(armistice.body.closedReason).toBe(
      'Le site est fermé le jeudi 11 novembre 2027 (Jour férié : Armistice 1918).',
    );
    const mayDay = await availability(t, cookies.agent, paris.id, '2027-05-01');
    expect(mayDay.body.closedReason).toContain('Jour férié : Fête du travail');
    const hours = await call<OpeningHours>(t, `/api/sites/${paris.id}/opening-hours`, {
      cookie: cookies.agent,
    });
    expect(hours.body.upcomingHolidays.length).toBeGreaterThanOrEqual(10);
    expect(hours.body.upcomingHolidays[0]?.name).toBeTruthy();
  });

  test('Alsace-Moselle and Guadeloupe follow their own calendars', async () => {
    await putWeekly(lyon.id, cookies.admin, {
      weekly: weekdays.map((weekday) => ({ weekday, opensAt: '09:00', closesAt: '18:00' })),
    });
    const patched = await call<Site>(t, `/api/sites/${lyon.id}`, {
      method: 'PATCH',
      cookie: cookies.admin,
      body: { holidayRegion: 'FR-67' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ holidayRegion: 'FR-67', timezone: 'Europe/Paris' });
    const goodFriday = await availability(t, cookies.agent, lyon.id, '2027-03-26');
    expect(goodFriday.body.closedReason).toContain('Jour férié : Vendredi saint');
    expect((await availability(t, cookies.agent, paris.id, '2027-03-26')).body.isOpen).toBe(true);

    const guadeloupe = await createSite('pointe-a-pitre', 'America/Guadeloupe', 'GP');
    const abolition = await availability(t, cookies.agent, guadeloupe.id, '2027-05-27');
    expect(abolition.body.closedReason).toContain('Jour férié : Abolition de l’esclavage');
    expect((await availability(t, cookies.agent, paris.id, '2027-05-27')).body.isOpen).toBe(true);

    const unknown = await call<ErrorResponse>(t, `/api/sites/${lyon.id}`, {
      method: 'PATCH',
      cookie: cookies.admin,
      body: { holidayRegion: 'XX' },
    });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('Région de jours fériés inconnue.');
  });

  test('a dated exception opens a public holiday', async () => {
    expect((await putRules(paris.id, cookies.hote, {})).status).toBe(200);
    // The coming 11 November (Armistice), within the year the rules above let people book.
    const today = siteToday(paris.timezone, t.clock.now());
    const year = Number(today.slice(0, 4));
    const armistice = `${today < `${year}-11-11` ? year : year + 1}-11-11`;
    const opened = await putException(paris.id, armistice, cookies.hote, {
      isClosed: false,
      opensAt: '10:00',
      closesAt: '16:00',
      reason: 'Journée portes ouvertes',
    });
    expect(opened.status).toBe(200);
    const seen = await availability(t, cookies.agent, paris.id, armistice);
    expect(seen.body.isOpen).toBe(true);
    expect(slotTimes(seen.body)).toEqual([
      ['morning', '10:00', '13:00'],
      ['afternoon', '13:00', '16:00'],
      ['day', '10:00', '16:00'],
    ]);
    const booked = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(3),
      date: armistice,
      slot: 'day',
    });
    expect(booked.status).toBe(201);
  });
});

describe('extended hours for key holders', () => {
  test('after 19:00 only key holders book; they see the longer afternoon', async () => {
    expect((await putRules(paris.id, cookies.hote, {})).status).toBe(200);
    const patched = await call<Site>(t, `/api/sites/${paris.id}`, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { extendedClosesAt: '22:00' },
    });
    expect(patched.body).toMatchObject({ extendedClosesAt: '22:00', name: 'AdmZ Paris' });

    const agent2Email = demoClaims('agent2').email ?? '';
    const added = await call<SitePerson[]>(t, `/api/sites/${paris.id}/key-holders`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { email: agent2Email.toUpperCase() },
    });
    expect(added.status).toBe(200);
    expect(added.body.map((person) => person.email)).toEqual([agent2Email]);
    const stranger = await call<ErrorResponse>(t, `/api/sites/${paris.id}/key-holders`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { email: 'personne@inconnu.gouv.fr' },
    });
    expect(stranger.status).toBe(404);
    expect(stranger.body.message).toContain('personne@inconnu.gouv.fr');

    const wednesday = nextWeekday(t.clock, paris.timezone, 3);
    const evening = {
      siteId: paris.id,
      date: wednesday,
      slot: 'hour',
      startTime: '19:00',
      endTime: '21:00',
    };
    const refused = await book(t, cookies.agent, { ...evening, deskId: paris.deskId(5) } as never);
    expect(refused.status).toBe(422);
    expect((refused.body as unknown as ErrorResponse).message).toContain(
      "Après 19:00, seuls les détenteurs d'une clé peuvent réserver",
    );
    const accepted = await book(t, cookies.agent2, {
      ...evening,
      deskId: paris.deskId(5),
    } as never);
    expect(accepted.status).toBe(201);

    const afternoonOf = (body: Availability) =>
      body.slots.find((slot) => slot.slot === 'afternoon');
    expect(
      afternoonOf((await availability(t, cookies.agent2, paris.id, wednesday)).body)?.localEnd,
    ).toBe('22:00');
    expect(
      afternoonOf((await availability(t, cookies.agent, paris.id, wednesday)).body)?.localEnd,
    ).toBe('19:00');

    const removed = await call<SitePerson[]>(
      t,
      `/api/sites/${paris.id}/key-holders/${added.body[0]?.userId}`,
      { method: 'DELETE', cookie: cookies.hote },
    );
    expect(removed.body).toEqual([]);
    const forbidden = await call(t, `/api/sites/${paris.id}/key-holders`, {
      cookie: cookies.agent,
    });
    expect(forbidden.status).toBe(403);
  });
});

describe('changing hours never silently cancels bookings', () => {
  test('an exception answers 409 with the affected bookings, then cancels and notifies on confirmation', async () => {
    const notifications = t.app.get(NotificationsService);
    const hoursChanged = vi.spyOn(notifications, 'hoursChanged');
    const thursday = weeksLaterOpen(nextWeekday(t.clock, paris.timezone, 4), 1);
    const afternoon = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(7),
      date: thursday,
      slot: 'afternoon',
    });
    const morning = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskId(8),
      date: thursday,
      slot: 'morning',
    });
    expect([afternoon.status, morning.status]).toEqual([201, 201]);

    const change = { isClosed: false, opensAt: '09:00', closesAt: '12:30', reason: 'Formation' };
    const refused = await putException(paris.id, thursday, cookies.hote, change);
    expect(refused.status).toBe(409);
    const conflict = refused.body as unknown as HoursChangeConflict;
    expect(conflict.message).toContain('annulerait 1 réservation');
    expect(conflict.affectedBookings).toEqual([
      {
        bookingId: afternoon.body.id,
        person: {
          givenName: demoClaims('agent').given_name,
          usualName: demoClaims('agent').usual_name,
          email: demoClaims('agent').email,
        },
        desk: { label: paris.deskLabel(7), zone: expect.any(String) },
        date: thursday,
        localStart: '13:30',
        localEnd: '19:00',
      },
    ]);
    // Nothing changed yet.
    const unchanged = await call<OpeningHours>(t, `/api/sites/${paris.id}/opening-hours`, {
      cookie: cookies.hote,
    });
    expect(unchanged.body.exceptions.map((exception) => exception.date)).not.toContain(thursday);
    expect(hoursChanged).not.toHaveBeenCalled();

    const confirmed = await putException(paris.id, thursday, cookies.hote, {
      ...change,
      confirm: true,
    });
    expect(confirmed.status).toBe(200);
    const mine = await listAllMyBookings(t, cookies.agent);
    expect(mine.find((booking) => booking.id === afternoon.body.id)?.status).toBe('cancelled');
    const theirs = await listAllMyBookings(t, cookies.agent2);
    expect(theirs.find((booking) => booking.id === morning.body.id)?.status).toBe('confirmed');
    // In the transaction that cancels them (its manager, third).
    expect(hoursChanged).toHaveBeenCalledWith(paris.id, [afternoon.body.id], expect.anything());
    hoursChanged.mockRestore();
  });

  test('a weekly change that drops a weekday lists and then cancels its bookings', async () => {
    const hoursChanged = vi.spyOn(t.app.get(NotificationsService), 'hoursChanged');
    // Two weeks out: the Cayenne test books the same agent three days ahead, which may be a Friday.
    const friday = weeksLaterOpen(nextWeekday(t.clock, paris.timezone, 5), 2);
    const booked = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(9),
      date: friday,
      slot: 'day',
    });
    expect(booked.status).toBe(201);
    const withoutFriday = { weekly: splitDays.filter((range) => range.weekday !== 5) };
    const refused = await putWeekly(paris.id, cookies.hote, withoutFriday);
    expect(refused.status).toBe(409);
    const listed = (refused.body as unknown as HoursChangeConflict).affectedBookings;
    expect(listed.map((booking) => booking.bookingId)).toContain(booked.body.id);

    const confirmed = await putWeekly(paris.id, cookies.hote, { ...withoutFriday, confirm: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.weekly.some((range) => range.weekday === 5)).toBe(false);
    const mine = await listAllMyBookings(t, cookies.agent);
    expect(mine.find((booking) => booking.id === booked.body.id)?.status).toBe('cancelled');
    expect(hoursChanged).toHaveBeenCalledWith(
      paris.id,
      expect.arrayContaining([booked.body.id]),
      expect.anything(),
    );
    hoursChanged.mockRestore();
    // Put Fridays back: nothing to cancel, so no confirmation is needed.
    expect((await putWeekly(paris.id, cookies.hote, { weekly: splitDays })).status).toBe(200);
  });

  test('removing a special opening lists the bookings it would cancel, then cancels them once confirmed', async () => {
    const saturday = nextWeekday(t.clock, paris.timezone, 6);
    const opened = await putException(paris.id, saturday, cookies.hote, {
      isClosed: false,
      opensAt: '09:00',
      closesAt: '13:00',
      reason: 'Samedi des communs',
    });
    expect(opened.status).toBe(200);
    const booked = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskId(12),
      date: saturday,
      slot: 'day',
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const path = `/api/sites/${paris.id}/opening-hours/exceptions/${saturday}`;
    const refused = await call<HoursChangeConflict>(t, path, {
      method: 'DELETE',
      cookie: cookies.hote,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.affectedBookings.map((booking) => booking.bookingId)).toEqual([
      booked.body.id,
    ]);
    const kept = await call<OpeningHours>(t, `/api/sites/${paris.id}/opening-hours`, {
      cookie: cookies.hote,
    });
    expect(kept.body.exceptions.some((exception) => exception.date === saturday)).toBe(true);

    const confirmed = await call<OpeningHours>(t, `${path}?confirm=true`, {
      method: 'DELETE',
      cookie: cookies.hote,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.exceptions.some((exception) => exception.date === saturday)).toBe(false);
    const theirs = await listAllMyBookings(t, cookies.agent2);
    expect(theirs.find((booking) => booking.id === booked.body.id)?.status).toBe('cancelled');
    const again = await call<ErrorResponse>(t, path, { method: 'DELETE', cookie: cookies.hote });
    expect(again.status).toBe(404);
  });

  test("a change of the site's timezone lists the bookings whose hours it moves", async () => {
    const tuesday = nextWeekday(t.clock, lyon.timezone, 2);
    const booked = await book(t, cookies.agent2, {
      siteId: lyon.id,
      deskId: lyon.deskId(3),
      date: tuesday,
      slot: 'morning',
    });
    expect(booked.status).toBe(201);
    const patch = (body: object) =>
      call<HoursChangeConflict & Site>(t, `/api/sites/${lyon.id}`, {
        method: 'PATCH',
        cookie: cookies.admin,
        body,
      });
    // 09:00 in Cayenne is 13:00 in Lyon: the morning booked no longer fits the site's day.
    const refused = await patch({ timezone: 'America/Cayenne', description: 'Déménagé' });
    expect(refused.status).toBe(409);
    expect(refused.body.affectedBookings.map((booking) => booking.bookingId)).toContain(
      booked.body.id,
    );
    const unchanged = await call<Site>(t, `/api/sites/${lyon.id}`, { cookie: cookies.agent });
    expect(unchanged.body).toMatchObject({ timezone: 'Europe/Paris' });
    expect(unchanged.body.description).not.toBe('Déménagé');

    const confirmed = await patch({ timezone: 'America/Cayenne', confirm: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.timezone).toBe('America/Cayenne');
    const theirs = await listAllMyBookings(t, cookies.agent2);
    expect(theirs.find((booking) => booking.id === booked.body.id)?.status).toBe('cancelled');
    // Back to Paris: nothing left to cancel there, no confirmation needed.
    expect((await patch({ timezone: 'Europe/Paris' })).status).toBe(200);
  });

  test('agents and hosts of another site may not change hours', async () => {
    const body = { weekly: splitDays };
    expect((await putWeekly(paris.id, cookies.agent, body)).status).toBe(403);
    expect((await putWeekly(lyon.id, cookies.hote, body)).status).toBe(403);
    const closeDay = { isClosed: true, reason: 'Travaux' };
    expect((await putException(lyon.id, '2027-01-04', cookies.hote, closeDay)).status).toBe(403);
    const denied = await putException(paris.id, '2027-01-04', cookies.agent, closeDay);
    expect(denied.status).toBe(403);
    expect((denied.body as unknown as ErrorResponse).message).toBe(
      "Vous n'êtes pas gestionnaire de ce site.",
    );
  });
});

function iso(value: string): string {
  return new Date(value).toISOString();
}
