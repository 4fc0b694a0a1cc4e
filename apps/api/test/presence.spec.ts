import type {
  Booking,
  BookingPresence,
  ErrorResponse,
  MyData,
  PresenceProfile,
  PresenceSearchResult,
  WhoIsHere,
} from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteToday } from '../src/common/site-time';
import {
  addDays,
  book,
  nextWeekday,
  startDemoApp,
  weeksLaterOpen,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import { call, demoClaims, openSessionFor, startTestApp, type TestApp } from './test-app';

/**
 * « Qui est là ? »: off by default, shown by the profile or one booking's choice, searched by
 * tag or administration, forgotten at once by « Quitter ». Hosts and admins get the same answers
 * as agents.
 */
let t: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;
let day: string;
let nextWeek: string;
let yanisBooking: Booking;
let yanisNextWeekBooking: Booking;

beforeAll(async () => {
  ({ t, paris, cookies } = await startDemoApp());
  day = nextWeekday(t.clock, paris.timezone, 2);
  nextWeek = weeksLaterOpen(day, 1);
});
afterAll(async () => {
  await t?.close();
});

const whoIsHere = (date = day, cookie = cookies.agent) =>
  call<WhoIsHere & ErrorResponse>(t, `/api/presence/sites/${paris.id}/days/${date}`, { cookie });

const search = (query: string, cookie = cookies.agent) =>
  call<PresenceSearchResult & ErrorResponse>(t, `/api/presence/search?${query}`, { cookie });

const putProfile = (cookie: string, body: unknown) =>
  call<PresenceProfile & ErrorResponse>(t, '/api/me/presence-profile', {
    method: 'PUT',
    cookie,
    body,
  });

const setBookingPresence = (cookie: string, bookingId: string, presence: boolean | null) =>
  call<BookingPresence & ErrorResponse>(t, `/api/bookings/${bookingId}/presence`, {
    method: 'PATCH',
    cookie,
    body: { presence },
  });

async function booked(cookie: string, deskIndex: number, date: string, slot = 'day') {
  const answer = await book(t, cookie, {
    siteId: paris.id,
    deskId: paris.deskId(deskIndex),
    date,
    slot,
  });
  if (answer.status !== 201) throw new Error(`not booked: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

async function agent(sub: string, givenName: string, organizationLabel: string) {
  const cookie = await openSessionFor(t, {
    sub,
    given_name: givenName,
    usual_name: 'Test',
    email: `${sub}@example.gouv.fr`,
    organization_label: organizationLabel,
    roles: ['agent_public'],
  });
  const [row] = await t.dataSource.query(`SELECT id FROM users WHERE sub = $1`, [sub]);
  return { cookie, userId: (row as { id: string }).id };
}

const namesOf = (answer: { people: { displayName: string }[] }) =>
  answer.people.map((person) => person.displayName);

describe('« Qui est là ? »', () => {
  test('off by default: a booked person is neither listed nor counted', async () => {
    yanisBooking = await booked(cookies.agent2, 0, day);
    const profile = await call<PresenceProfile>(t, '/api/me/presence-profile', {
      cookie: cookies.agent2,
    });
    expect(profile.body).toEqual({
      isVisible: false,
      workSummary: '',
      skillTags: [],
      updatedAt: null,
    });
    const answer = await whoIsHere();
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ date: day, people: [], administrations: [] });
    expect((await search(`date=${day}`)).body.people).toEqual([]);
  });

  test('opting in on the profile shows the person, administration, summary and tags', async () => {
    const saved = await putProfile(cookies.agent2, {
      isVisible: true,
      workSummary: '  Tableaux de bord de l’emploi régional  ',
      skillTags: ['Données', 'IA'],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      isVisible: true,
      workSummary: 'Tableaux de bord de l’emploi régional',
      skillTags: ['Données', 'IA'],
    });
    const answer = await whoIsHere();
    expect(answer.body.people).toEqual([
      {
        key: expect.any(String),
        displayName: 'Yanis Benali',
        administration: 'DREETS Auvergne-Rhône-Alpes',
        workSummary: 'Tableaux de bord de l’emploi régional',
        skillTags: ['Données', 'IA'],
        site: { id: paris.id, name: 'AdmZ Paris' },
        date: day,
        zone: 'Plateau ouvert',
        slot: 'day',
      },
    ]);
    expect(answer.body.administrations).toEqual([
      { name: 'DREETS Auvergne-Rhône-Alpes', count: 1 },
    ]);
    // Neither an e-mail nor an id of the person or the booking.
    const text = JSON.stringify(answer.body);
    const [yanis] = await t.dataSource.query(`SELECT id FROM users WHERE sub = $1`, [
      demoClaims('agent2').sub,
    ]);
    expect(text).not.toContain('@');
    expect(text).not.toContain((yanis as { id: string }).id);
    expect(text).not.toContain(yanisBooking.id);
  });

  test('search by tag ignores accents and case; by administration, any part of its name', async () => {
    for (const tag of ['donnees', 'DONNÉES', 'Données', 'ia']) {
      const found = await search(`tag=${encodeURIComponent(tag)}&date=${day}`);
      expect(found.status, tag).toBe(200);
      expect(namesOf(found.body), tag).toEqual(['Yanis Benali']);
    }
    expect(namesOf((await search(`tag=design&date=${day}`)).body)).toEqual([]);
    expect(namesOf((await search(`tag=donn&date=${day}`)).body)).toEqual([]);
    expect(namesOf((await search(`administration=dreets&date=${day}`)).body)).toEqual([
      'Yanis Benali',
    ]);
    expect(
      namesOf((await search(`administration=${encodeURIComponent('Rhône')}&date=${day}`)).body),
    ).toEqual(['Yanis Benali']);
    expect(namesOf((await search(`administration=travail&date=${day}`)).body)).toEqual([]);
    expect(
      namesOf((await search(`tag=donnees&siteId=${paris.id}&date=${addDays(day, 1)}`)).body),
    ).toEqual([]);
    // Without a date: today at each site, where Yanis has no booking.
    const today = await search('tag=donnees');
    expect(today.body).toMatchObject({ date: null, people: [] });
  });

  test("a booking's own choice wins over the profile, for its day only", async () => {
    yanisNextWeekBooking = await booked(cookies.agent2, 0, nextWeek);
    const hidden = await setBookingPresence(cookies.agent2, yanisBooking.id, false);
    expect(hidden.status).toBe(200);
    expect(hidden.body).toEqual({ bookingId: yanisBooking.id, presence: false, isVisible: false });
    expect(namesOf((await whoIsHere(day)).body)).toEqual([]);
    expect((await whoIsHere(day)).body.administrations).toEqual([]);
    expect(namesOf((await whoIsHere(nextWeek)).body)).toEqual(['Yanis Benali']);

    const mine = await call<BookingPresence[]>(t, '/api/presence/bookings', {
      cookie: cookies.agent2,
    });
    expect(mine.body).toEqual(
      expect.arrayContaining([
        { bookingId: yanisBooking.id, presence: false, isVisible: false },
        { bookingId: yanisNextWeekBooking.id, presence: null, isVisible: true },
      ]),
    );

    const followed = await setBookingPresence(cookies.agent2, yanisBooking.id, null);
    expect(followed.body).toMatchObject({ presence: null, isVisible: true });
    expect(namesOf((await whoIsHere(day)).body)).toEqual(['Yanis Benali']);

    // Someone else's booking is not found, whoever asks.
    for (const cookie of [cookies.agent, cookies.hote, cookies.admin]) {
      const refused = await setBookingPresence(cookie, yanisBooking.id, true);
      expect(refused.status).toBe(404);
      expect(refused.body.message).toBe("Cette réservation n'existe pas.");
    }
  });

  test('a booking turned on shows its holder even with the profile off', async () => {
    const alice = await agent('presence-alice', 'Alice', 'DREETS Auvergne-Rhône-Alpes');
    const aliceBooking = await booked(alice.cookie, 1, day);
    expect(namesOf((await whoIsHere()).body)).toEqual(['Yanis Benali']);
    const shown = await setBookingPresence(alice.cookie, aliceBooking.id, true);
    expect(shown.body).toMatchObject({ presence: true, isVisible: true });
    const answer = await whoIsHere();
    expect(answer.body.people).toContainEqual(
      expect.objectContaining({ displayName: 'Alice Test', workSummary: '', skillTags: [] }),
    );
    expect(answer.body.administrations).toEqual([
      { name: 'DREETS Auvergne-Rhône-Alpes', count: 2 },
    ]);

    // Cancelled: gone from the list and the count.
    const cancelled = await call(t, `/api/bookings/${aliceBooking.id}/cancel`, {
      method: 'POST',
      cookie: alice.cookie,
    });
    expect(cancelled.status).toBe(200);
    const after = await whoIsHere();
    expect(namesOf(after.body)).toEqual(['Yanis Benali']);
    expect(after.body.administrations).toEqual([{ name: 'DREETS Auvergne-Rhône-Alpes', count: 1 }]);
  });

  test('administrations count visible people only, each person once', async () => {
    const hidden = await agent('presence-hidden', 'Hector', 'Cour des comptes');
    await booked(hidden.cookie, 2, day);
    const twice = await agent('presence-twice', 'Rose', 'Cour des comptes');
    await putProfile(twice.cookie, { isVisible: true, skillTags: ['achats publics'] });
    await booked(twice.cookie, 3, day, 'morning');
    await booked(twice.cookie, 4, day, 'afternoon');
    const answer = await whoIsHere();
    expect(namesOf(answer.body)).not.toContain('Hector Test');
    expect(namesOf(answer.body).filter((name) => name === 'Rose Test')).toHaveLength(2);
    expect(answer.body.administrations).toEqual([
      { name: 'Cour des comptes', count: 1 },
      { name: 'DREETS Auvergne-Rhône-Alpes', count: 1 },
    ]);
    expect(namesOf((await search(`administration=cour&date=${day}`)).body)).toEqual([
      'Rose Test',
      'Rose Test',
    ]);
  });

  test('hosts and admins see exactly what an agent sees', async () => {
    const asAgent = await whoIsHere(day, cookies.agent);
    const asHost = await whoIsHere(day, cookies.hote);
    const asAdmin = await whoIsHere(day, cookies.admin);
    expect(asHost.status).toBe(200);
    expect(asHost.body).toEqual(asAgent.body);
    expect(asAdmin.body).toEqual(asAgent.body);
    const searchAsAgent = await search(`tag=donnees&date=${day}`, cookies.agent);
    expect((await search(`tag=donnees&date=${day}`, cookies.hote)).body).toEqual(
      searchAsAgent.body,
    );
  });

  test('« Mes données » lists the profile and the bookings’ choices', async () => {
    await setBookingPresence(cookies.agent2, yanisNextWeekBooking.id, false);
    const data = (await call<MyData>(t, '/api/me/data', { cookie: cookies.agent2 })).body;
    expect(data.presenceProfile).toMatchObject({
      isVisible: true,
      workSummary: 'Tableaux de bord de l’emploi régional',
      skillTags: ['Données', 'IA'],
    });
    expect(data.bookings.find((booking) => booking.id === yanisNextWeekBooking.id)).toMatchObject({
      presence: false,
    });
    const camille = (await call<MyData>(t, '/api/me/data', { cookie: cookies.agent })).body;
    expect(camille.presenceProfile).toBeNull();
  });

  test('« Quitter » deletes the profile row at once and forgets every booking’s choice', async () => {
    const left = await call<PresenceProfile>(t, '/api/me/presence-profile', {
      method: 'DELETE',
      cookie: cookies.agent2,
    });
    expect(left.status).toBe(200);
    expect(left.body).toEqual({
      isVisible: false,
      workSummary: '',
      skillTags: [],
      updatedAt: null,
    });
    const rows = await t.dataSource.query(
      `SELECT p.* FROM presence_profiles p JOIN users u ON u.id = p.user_id WHERE u.sub = $1`,
      [demoClaims('agent2').sub],
    );
    expect(rows).toEqual([]);
    const choices = await t.dataSource.query(
      `SELECT presence FROM bookings WHERE id = ANY($1::uuid[])`,
      [[yanisBooking.id, yanisNextWeekBooking.id]],
    );
    expect(choices).toEqual([{ presence: null }, { presence: null }]);
    expect(namesOf((await whoIsHere(day)).body)).not.toContain('Yanis Benali');
    expect(namesOf((await whoIsHere(nextWeek)).body)).toEqual([]);
    expect(namesOf((await search(`tag=donnees&date=${day}`)).body)).toEqual([]);
  });

  test('deleting the account deletes the profile with it', async () => {
    const leaver = await agent('presence-leaver', 'Léon', 'Ministère des Départs');
    await putProfile(leaver.cookie, { isVisible: true, workSummary: 'Je pars', skillTags: ['IA'] });
    const deleted = await call(t, '/api/me', { method: 'DELETE', cookie: leaver.cookie });
    expect(deleted.status).toBe(200);
    expect(
      await t.dataSource.query(`SELECT 1 FROM presence_profiles WHERE user_id = $1`, [
        leaver.userId,
      ]),
    ).toEqual([]);
  });

  test('refuses what it cannot answer, in French, and asks for a login', async () => {
    for (const path of [
      '/api/me/presence-profile',
      '/api/presence/bookings',
      `/api/presence/search?tag=donnees`,
      `/api/presence/sites/${paris.id}/days/${day}`,
    ]) {
      expect((await call(t, path)).status, path).toBe(401);
    }
    const badDate = await whoIsHere('2027-02-30');
    expect(badDate.status).toBe(400);
    expect(badDate.body.message).toBe("Paramètre « date » invalide : Cette date n'existe pas.");
    const badSearchDate = await search('date=demain');
    expect(badSearchDate.status).toBe(400);
    expect(badSearchDate.body.issues?.[0]?.message).toBe('La date doit être au format AAAA-MM-JJ.');
    const longTag = await search(`tag=${'a'.repeat(41)}`);
    expect(longTag.status).toBe(400);
    expect(longTag.body.issues?.[0]?.message).toBe('Une compétence fait au plus 40 caractères.');
    const past = await whoIsHere(addDays(siteToday(paris.timezone, t.clock.now()), -1));
    expect(past.status).toBe(422);
    expect(past.body.message).toMatch(/pas les jours passés/);
    const unknownSite = await call<ErrorResponse>(
      t,
      `/api/presence/sites/00000000-0000-4000-8000-000000000000/days/${day}`,
      { cookie: cookies.agent },
    );
    expect(unknownSite.status).toBe(404);
    expect(unknownSite.body.message).toBe("Ce tiers-lieu n'existe pas.");

    const tooMany = await putProfile(cookies.agent, {
      isVisible: true,
      skillTags: Array.from({ length: 9 }, (_, index) => `tag ${index}`),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.issues?.[0]?.message).toBe('Au plus 8 compétences.');
    const twice = await putProfile(cookies.agent, {
      isVisible: true,
      skillTags: ['Données', 'donnees'],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.issues?.[0]?.message).toBe('Une même compétence est indiquée deux fois.');
    const long = await putProfile(cookies.agent, { isVisible: true, workSummary: 'x'.repeat(281) });
    expect(long.status).toBe(400);
    expect(long.body.issues?.[0]?.message).toBe('Le sujet de travail fait au plus 280 caractères.');
    // Nothing refused was kept.
    const camille = await call<PresenceProfile>(t, '/api/me/presence-profile', {
      cookie: cookies.agent,
    });
    expect(camille.body.updatedAt).toBeNull();
  });
});

describe('the demo seed', () => {
  test('shows a few visible people at Paris; the demo accounts stay opted out', async () => {
    const demo = await startTestApp({ SEED_DEMO_PRESENCE: 'true' });
    try {
      const cookie = await openSessionFor(demo, demoClaims('agent'));
      const [site] = await demo.dataSource.query(
        `SELECT id, timezone FROM sites WHERE slug = 'admz-paris'`,
      );
      const { id: siteId, timezone } = site as { id: string; timezone: string };
      // Tomorrow: today's people may have been checked out already, at an evening test instant.
      const tomorrow = addDays(siteToday(timezone, demo.clock.now()), 1);
      const found = await call<PresenceSearchResult>(
        demo,
        `/api/presence/search?tag=donnees&date=${tomorrow}`,
        { cookie },
      );
      expect(namesOf(found.body)).toEqual(['Sarah Lambert', 'Thomas Nguyen']);
      expect(found.body.people.every((person) => person.zone === 'Espace calme')).toBe(true);
      const day = await call<WhoIsHere>(demo, `/api/presence/sites/${siteId}/days/${tomorrow}`, {
        cookie,
      });
      expect(day.body.administrations).toHaveLength(4);
      const mine = await call<PresenceProfile>(demo, '/api/me/presence-profile', { cookie });
      expect(mine.body.isVisible).toBe(false);
    } finally {
      await demo.close();
    }
  });
});
