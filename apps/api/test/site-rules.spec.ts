import type {
  Booking,
  DeskAssignment,
  ErrorResponse,
  Me,
  SitePerson,
  SiteRules,
} from '@admz/shared';
import { defaultSiteRules } from '@admz/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { isoWeekday, siteToday } from '../src/common/site-time';
import { publicHolidayOn } from '../src/sites/public-holidays';
import {
  addDays,
  availability,
  book,
  mondayOfOpenWeek,
  nextWeekday,
  weeksLaterOpen,
  type DemoSite,
  startDemoApp,
  type DemoSessions,
} from './fixtures';
import { call, demoClaims, openSessionFor, openSessionForNewAgent, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
});
afterAll(async () => {
  await t?.close();
});

const putRules = (siteId: string, cookie: string, rules: Partial<SiteRules>) =>
  call<SiteRules>(t, `/api/sites/${siteId}/rules`, {
    method: 'PUT',
    cookie,
    body: { ...defaultSiteRules, ...rules },
  });
const messageOf = (body: unknown) => (body as ErrorResponse).message;

/** The first open working day (Monday–Friday, not a public holiday) on or after `date`. */
function workingDayFrom(date: string): string {
  let day = date;
  while (isoWeekday(day) > 5 || publicHolidayOn('FR', day)) day = addDays(day, 1);
  return day;
}

beforeEach(async () => {
  expect((await putRules(paris.id, cookies.hote, {})).status).toBe(200);
});

describe('hourly bookings in chosen zones', () => {
  test('a host offers hourly bookings in the quiet zone only; elsewhere the refusal names the zones', async () => {
    const saved = await putRules(paris.id, cookies.hote, {
      allowedSlotTypes: ['half_day', 'full_day', 'hourly'],
      hourlyZones: ['Espace calme'],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.hourlyZones).toEqual(['Espace calme']);
    const friday = weeksLaterOpen(nextWeekday(t.clock, paris.timezone, 5), 1);
    // A person of their own: the weekly maximum test counts agent2's bookings.
    const booker = await openSessionFor(t, {
      ...demoClaims('agent2'),
      sub: 'hourly-zone-agent',
      email: 'salle@example.gouv.fr',
    });
    const hour = (deskId: string) =>
      book(t, booker, {
        siteId: paris.id,
        deskId,
        date: friday,
        slot: 'hour',
        startTime: '15:00',
        endTime: '16:00',
      } as never);
    const open = await hour(paris.deskId(0));
    expect(open.status).toBe(422);
    expect(messageOf(open.body)).toBe(
      "Réservation impossible : à l'heure, ce site ne propose que les zones « Espace calme » (règle du site).",
    );
    const quiet = await hour(paris.deskId(35));
    expect(quiet.status, JSON.stringify(quiet.body)).toBe(201);
    expect(quiet.body.desk.zone).toBe('Espace calme');
  });
});

describe('rules per population (ProConnect claims)', () => {
  const regionalServices = {
    label: 'Services déconcentrés',
    match: { organisationWords: ['dreets'], sirens: [] },
    maxDaysAhead: 60,
    maxBookingsPerWeek: null,
  };

  test('agents of a regional service book further ahead than the site allows others', async () => {
    const saved = await putRules(paris.id, cookies.hote, {
      maxDaysAhead: 30,
      populationRules: [regionalServices],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.populationRules).toEqual([regionalServices]);
    // Two people of their own, with the demo accounts' claims: a ministry, and a DREETS.
    const ministry = await openSessionFor(t, {
      ...demoClaims('agent'),
      sub: 'population-ministry',
      email: 'ministere.population@example.gouv.fr',
    });
    const regional = await openSessionFor(t, {
      ...demoClaims('agent2'),
      sub: 'population-dreets',
      email: 'dreets.population@example.gouv.fr',
    });
    const far = workingDayFrom(addDays(siteToday(paris.timezone, t.clock.now()), 45));
    const byMinistry = await book(t, ministry, {
      siteId: paris.id,
      deskId: paris.deskId(2),
      date: far,
      slot: 'morning',
    });
    expect(byMinistry.status).toBe(422);
    expect(messageOf(byMinistry.body)).toBe(
      "Réservation impossible : on ne peut pas réserver plus de 30 jours à l'avance (règle du site).",
    );
    expect((await availability(t, ministry, paris.id, far)).body.desks[3]?.states.morning).toBe(
      'unavailable',
    );
    expect((await availability(t, regional, paris.id, far)).body.desks[3]?.states.morning).toBe(
      'free',
    );
    const byRegional = await book(t, regional, {
      siteId: paris.id,
      deskId: paris.deskId(3),
      date: far,
      slot: 'morning',
    });
    expect(byRegional.status, JSON.stringify(byRegional.body)).toBe(201);

    // The same people by the SIREN of the ministry (first 9 digits of its SIRET).
    const ministrySiret = demoClaims('agent').siret;
    if (!ministrySiret) throw new Error('the demo agent has no SIRET');
    const ministrySiren = ministrySiret.slice(0, 9);
    expect(
      (
        await putRules(paris.id, cookies.hote, {
          maxDaysAhead: 30,
          populationRules: [
            {
              label: 'Ministère du Travail',
              match: { organisationWords: [], sirens: [ministrySiren] },
              maxDaysAhead: 50,
              maxBookingsPerWeek: 5,
            },
          ],
        })
      ).status,
    ).toBe(200);
    const bySiren = await book(t, ministry, {
      siteId: paris.id,
      deskId: paris.deskId(2),
      date: far,
      slot: 'morning',
    });
    expect(bySiren.status, JSON.stringify(bySiren.body)).toBe(201);
  });

  test('a population is described by a word or a SIREN, said in French when it is not', async () => {
    const empty = await putRules(paris.id, cookies.hote, {
      populationRules: [{ ...regionalServices, match: { organisationWords: [], sirens: [] } }],
    });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain(
      'Décrivez la population : au moins un mot de l’organisation ou un SIREN.',
    );
    const badSiren = await putRules(paris.id, cookies.hote, {
      populationRules: [
        { ...regionalServices, match: { organisationWords: [], sirens: ['1100020'] } },
      ],
    });
    expect(badSiren.status).toBe(400);
    expect(JSON.stringify(badSiren.body)).toContain('Un SIREN fait exactement 9 chiffres.');
  });
});

describe('site rules', () => {
  test('agents read the rules (defaults first); only hosts of the site change them', async () => {
    const read = await call<SiteRules>(t, `/api/sites/${lyon.id}/rules`, { cookie: cookies.agent });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      maxDaysAhead: 30,
      maxBookingsPerWeek: null,
      allowedSlotTypes: ['half_day', 'full_day'],
      hourlyZones: [],
      cancellationDeadlineMinutes: 0,
      noShowReleaseMinutes: 30,
      populationRules: [],
    });
    const byAgent = await putRules(paris.id, cookies.agent, { maxDaysAhead: 10 });
    expect(byAgent.status).toBe(403);
    const byOtherHost = await putRules(lyon.id, cookies.hote, { maxDaysAhead: 10 });
    expect(byOtherHost.status).toBe(403);
    expect(messageOf(byOtherHost.body)).toBe("Vous n'êtes pas gestionnaire de ce site.");
    const invalid = await putRules(paris.id, cookies.hote, { allowedSlotTypes: [] });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toContain('Proposez au moins un type de créneau.');
    const saved = await putRules(paris.id, cookies.hote, {
      maxDaysAhead: 14,
      maxBookingsPerWeek: 3,
      cancellationDeadlineMinutes: 120,
      noShowReleaseMinutes: null,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      maxDaysAhead: 14,
      maxBookingsPerWeek: 3,
      noShowReleaseMinutes: null,
    });
    const tooShort = await putRules(paris.id, cookies.hote, { noShowReleaseMinutes: 2 });
    expect(tooShort.status).toBe(400);
    expect(JSON.stringify(tooShort.body)).toContain('au moins 5 minutes');
    const reread = await call<SiteRules>(t, `/api/sites/${paris.id}/rules`, {
      cookie: cookies.agent2,
    });
    expect(reread.body).toEqual(saved.body);
  });

  test('booking too far ahead names the rule', async () => {
    const far = workingDayFrom(addDays(siteToday(paris.timezone, t.clock.now()), 31));
    const refused = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(0),
      date: far,
      slot: 'morning',
    });
    expect(refused.status).toBe(422);
    expect(messageOf(refused.body)).toBe(
      "Réservation impossible : on ne peut pas réserver plus de 30 jours à l'avance (règle du site).",
    );
    const seen = await availability(t, cookies.agent, paris.id, far);
    expect(seen.body.desks[0]?.states).toEqual({
      morning: 'unavailable',
      afternoon: 'unavailable',
      day: 'unavailable',
    });
    expect((await putRules(paris.id, cookies.hote, { maxDaysAhead: 60 })).status).toBe(200);
    const accepted = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(0),
      date: far,
      slot: 'morning',
    });
    expect(accepted.status).toBe(201);
  });

  test('the weekly maximum counts active bookings in the ISO week of the site', async () => {
    expect((await putRules(paris.id, cookies.hote, { maxBookingsPerWeek: 2 })).status).toBe(200);
    const monday = mondayOfOpenWeek(t.clock, paris.timezone, 1);
    const [tuesday, wednesday] = [addDays(monday, 1), addDays(monday, 2)];
    const first = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskId(1),
      date: monday,
      slot: 'morning',
    });
    const second = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskId(1),
      date: tuesday,
      slot: 'day',
    });
    expect([first.status, second.status], JSON.stringify([first.body, second.body])).toEqual([
      201, 201,
    ]);
    const third = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskId(1),
      date: wednesday,
      slot: 'morning',
    });
    expect(third.status).toBe(422);
    expect(messageOf(third.body)).toBe(
      'Vous avez atteint le maximum de 2 réservations par semaine sur ce site (règle du site).',
    );
    const seen = await availability(t, cookies.agent2, paris.id, wednesday);
    expect(seen.body.desks[1]?.states.morning).toBe('unavailable');
    // Someone else still can; and a cancelled booking no longer counts.
    expect(
      (await availability(t, cookies.agent, paris.id, wednesday)).body.desks[1]?.states.morning,
    ).toBe('free');
    const cancelled = await call<Booking>(t, `/api/bookings/${first.body.id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent2,
    });
    expect(cancelled.status).toBe(200);
    const retried = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskId(1),
      date: wednesday,
      slot: 'morning',
    });
    expect(retried.status).toBe(201);
  });

  test('slot types a site does not offer are refused and shown unavailable', async () => {
    expect(
      (await putRules(paris.id, cookies.hote, { allowedSlotTypes: ['full_day'] })).status,
    ).toBe(200);
    const thursday = weeksLaterOpen(nextWeekday(t.clock, paris.timezone, 4), 2);
    const refused = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(2),
      date: thursday,
      slot: 'morning',
    });
    expect(refused.status).toBe(422);
    expect(messageOf(refused.body)).toBe(
      'Réservation impossible : ce site ne propose pas les réservations à la demi-journée (règle du site ; créneaux proposés : journée entière).',
    );
    const hourly = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(2),
      date: thursday,
      slot: 'hour',
      startTime: '10:00',
      endTime: '11:00',
    } as never);
    expect(hourly.status).toBe(422);
    expect(messageOf(hourly.body)).toContain("ne propose pas les réservations à l'heure");
    const seen = await availability(t, cookies.agent, paris.id, thursday);
    expect(seen.body.desks[2]?.states).toEqual({
      morning: 'unavailable',
      afternoon: 'unavailable',
      day: 'free',
    });
    const day = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(2),
      date: thursday,
      slot: 'day',
    });
    expect(day.status).toBe(201);
    const badHours = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(2),
      date: thursday,
      slot: 'hour',
      startTime: '10:30',
      endTime: '11:00',
    } as never);
    expect(badHours.status).toBe(400);
    expect(JSON.stringify(badHours.body)).toContain("à l'heure pile");
  });

  test('the cancellation deadline refuses late cancellations with the rule', async () => {
    const tomorrow = addDays(siteToday(paris.timezone, t.clock.now()), 1);
    const opened = await call(t, `/api/sites/${paris.id}/opening-hours/exceptions/${tomorrow}`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { isClosed: false, opensAt: '00:00', closesAt: '23:00', reason: 'Test' },
    });
    expect(opened.status).toBe(200);
    const booked = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(4),
      date: tomorrow,
      slot: 'day',
    });
    expect(booked.status).toBe(201);
    expect(
      (await putRules(paris.id, cookies.hote, { cancellationDeadlineMinutes: 2880 })).status,
    ).toBe(200);
    const refused = await call(t, `/api/bookings/${booked.body.id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent,
    });
    expect(refused.status).toBe(422);
    expect(messageOf(refused.body)).toBe(
      'Annulation impossible moins de 2 jours avant le début (règle du site).',
    );
    expect(
      (await putRules(paris.id, cookies.hote, { cancellationDeadlineMinutes: 0 })).status,
    ).toBe(200);
    const cancelled = await call<Booking>(t, `/api/bookings/${booked.body.id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent,
    });
    expect(cancelled.body.status).toBe('cancelled');
  });

  test('a blocked desk is bookable by its assignee only', async () => {
    // Far enough to meet no other test, whatever public holidays push the date on.
    expect((await putRules(paris.id, cookies.hote, { maxDaysAhead: 60 })).status).toBe(200);
    const desk = paris.deskId(6);
    const assigned = await call<DeskAssignment[]>(
      t,
      `/api/sites/${paris.id}/desk-assignments/${desk}`,
      {
        method: 'PUT',
        cookie: cookies.hote,
        body: { email: demoClaims('agent2').email },
      },
    );
    expect(assigned.status).toBe(200);
    expect(assigned.body.find((row) => row.deskId === desk)?.assignee?.email).toBe(
      demoClaims('agent2').email,
    );
    const byAgent = await call(t, `/api/sites/${paris.id}/desk-assignments/${desk}`, {
      method: 'PUT',
      cookie: cookies.agent,
      body: { email: null },
    });
    expect(byAgent.status).toBe(403);

    const friday = weeksLaterOpen(nextWeekday(t.clock, paris.timezone, 5), 2);
    const refused = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: desk,
      date: friday,
      slot: 'morning',
    });
    expect(refused.status).toBe(422);
    expect(messageOf(refused.body)).toContain('Ce poste est attribué à une personne');
    const deskState = async (cookie: string) =>
      (await availability(t, cookie, paris.id, friday)).body.desks.find((row) => row.id === desk)!
        .states.morning;
    expect(await deskState(cookies.agent)).toBe('unavailable');
    expect(await deskState(cookies.agent2)).toBe('free');
    const byAssignee = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId: desk,
      date: friday,
      slot: 'morning',
    });
    expect(byAssignee.status).toBe(201);

    const released = await call<DeskAssignment[]>(
      t,
      `/api/sites/${paris.id}/desk-assignments/${desk}`,
      {
        method: 'PUT',
        cookie: cookies.hote,
        body: { email: null },
      },
    );
    expect(released.body.find((row) => row.deskId === desk)?.assignee).toBeNull();
    expect(
      (await availability(t, cookies.agent, paris.id, friday)).body.desks.find(
        (row) => row.id === desk,
      )!.states.afternoon,
    ).toBe('free');
  });
});

describe('finding a person by e-mail (key holders, assigned desks)', () => {
  const keyHolders = (siteId: string, cookie: string, email: string) =>
    call<SitePerson[]>(t, `/api/sites/${siteId}/key-holders`, {
      method: 'PUT',
      cookie,
      body: { email },
    });

  test('finds people who have logged in, with their names and e-mail only', async () => {
    const cookie = await openSessionForNewAgent(t, 'Clé');
    const { email } = (await call<Me>(t, '/api/me', { cookie })).body;
    const added = await keyHolders(lyon.id, cookies.admin, email);
    expect(added.status).toBe(200);
    const person = added.body.find((row) => row.email === email)!;
    expect(Object.keys(person).sort()).toEqual(['email', 'givenName', 'userId', 'usualName']);
    expect(person.givenName).toBe('Clé');
    const removed = await call(t, `/api/sites/${lyon.id}/key-holders/${person.userId}`, {
      method: 'DELETE',
      cookie: cookies.admin,
    });
    expect(removed.status).toBe(200);
  });

  test('does not find someone who never logged in, even with a row (seeded, imported)', async () => {
    await t.dataSource.query(
      `INSERT INTO users (sub, given_name, usual_name, email, organization_label)
       VALUES ('never-logged-in', 'Jamais', 'Connectée', 'jamais.connectee@example.gouv.fr', 'Ministère caché')`,
    );
    const lookedUp = await keyHolders(paris.id, cookies.hote, 'jamais.connectee@example.gouv.fr');
    expect(lookedUp.status).toBe(404);
    expect(JSON.stringify(lookedUp.body)).not.toMatch(/Jamais|Connectée|Ministère caché/);
    const assigned = await call(t, `/api/sites/${paris.id}/desk-assignments/${paris.deskId(9)}`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { email: 'jamais.connectee@example.gouv.fr' },
    });
    expect(assigned.status).toBe(404);
  });

  test('answers hosts of that site and admins only', async () => {
    const agentEmail = demoClaims('agent').email!;
    // The demo host runs Paris, not Lyon; an agent runs nothing.
    const byOtherSiteHost = await keyHolders(lyon.id, cookies.hote, agentEmail);
    expect(byOtherSiteHost.status).toBe(403);
    expect(JSON.stringify(byOtherSiteHost.body)).not.toContain('Camille');
    const byAgent = await keyHolders(paris.id, cookies.agent2, agentEmail);
    expect(byAgent.status).toBe(403);
    const assignedByOtherSiteHost = await call(
      t,
      `/api/sites/${lyon.id}/desk-assignments/${lyon.deskId(0)}`,
      { method: 'PUT', cookie: cookies.hote, body: { email: agentEmail } },
    );
    expect(assignedByOtherSiteHost.status).toBe(403);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM site_roles WHERE site_id = $1 AND role = 'key_holder'`,
      [lyon.id],
    );
    expect(count).toBe(0);

    const byHost = await keyHolders(paris.id, cookies.hote, agentEmail);
    expect(byHost.status).toBe(200);
    expect(byHost.body.map((row) => row.email)).toContain(agentEmail);
    const byAdmin = await keyHolders(lyon.id, cookies.admin, agentEmail);
    expect(byAdmin.status).toBe(200);
    for (const [siteId, userId] of [
      [paris.id, byHost.body[0]?.userId],
      [lyon.id, byAdmin.body[0]?.userId],
    ]) {
      await call(t, `/api/sites/${siteId}/key-holders/${userId}`, {
        method: 'DELETE',
        cookie: cookies.admin,
      });
    }
  });
});
