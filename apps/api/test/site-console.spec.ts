import type {
  AuditEvent,
  Desk,
  DeskDeactivation,
  ErrorResponse,
  HoursChangeConflict,
  Outbox,
  SiteRules,
  WaitlistEntry,
  ZoneSummary,
} from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WaitlistService } from '../src/waitlist/waitlist.service';
import {
  book,
  nextWeekday,
  startDemoApp,
  type DemoSessions,
  type DemoSite,
  listAllMyBookings,
} from './fixtures';
import { call, openSessionForNewAgent, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;

beforeAll(async () => {
  ({ t, paris, cookies } = await startDemoApp());
});
afterAll(async () => {
  await t?.close();
});

const sitePath = (siteId: string) => `/api/sites/${siteId}`;

const zonesOf = async (siteId: string) =>
  (await call<ZoneSummary[]>(t, `${sitePath(siteId)}/zones`, { cookie: cookies.agent })).body;

const zoneNamed = async (siteId: string, name: string): Promise<ZoneSummary> => {
  const zone = (await zonesOf(siteId)).find((candidate) => candidate.zone === name);
  if (!zone) throw new Error(`no zone « ${name} »`);
  return zone;
};

const desksOf = async (siteId: string) =>
  (await call<Desk[]>(t, `${sitePath(siteId)}/desks`, { cookie: cookies.agent })).body;

const createZone = (siteId: string, name: string, cookie = cookies.hote) =>
  call<ZoneSummary[] & ErrorResponse>(t, `${sitePath(siteId)}/zones`, { cookie, body: { name } });

const bulk = (siteId: string, body: Record<string, unknown>, cookie = cookies.hote) =>
  call<Desk[] & ErrorResponse & { existingLabels?: string[] }>(
    t,
    `${sitePath(siteId)}/desks/bulk`,
    { cookie, body },
  );

const deactivate = (siteId: string, deskIds: string[], confirm: boolean) =>
  call<DeskDeactivation & HoursChangeConflict>(t, `${sitePath(siteId)}/desks/deactivation`, {
    cookie: cookies.hote,
    body: { deskIds, confirm },
  });

const auditOf = async (query: string) =>
  (await call<AuditEvent[]>(t, `/api/admin/audit?${query}`, { cookie: cookies.admin })).body;

const myBookings = async (cookie: string) => await listAllMyBookings(t, cookie);

const outbox = async () =>
  (await call<Outbox>(t, '/api/dev/outbox', { cookie: cookies.agent })).body.messages;

async function waitFor<T>(find: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('waited 10 s for something that did not come');
}

/** Makes every audit insert fail for the time of `work`, as a full or broken log table would. */
async function withAuditRefused(work: () => Promise<void>): Promise<void> {
  await t.dataSource.query(
    `CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN RAISE EXCEPTION 'audit storage unavailable' USING ERRCODE = '53100'; END $$`,
  );
  await t.dataSource.query(
    `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events
     FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
  );
  try {
    await work();
  } finally {
    await t.dataSource.query(`DROP TRIGGER refuse_audit ON audit_events`);
    await t.dataSource.query(`DROP FUNCTION refuse_audit()`);
  }
}

describe('zones', () => {
  test('the existing zones come from the desks, in order; a new zone exists with no desk, placed last', async () => {
    const before = await zonesOf(paris.id);
    expect(before.map((zone) => [zone.zone, zone.position])).toEqual([
      ['Atelier', 1],
      ['Espace calme', 2],
      ['Plateau ouvert', 3],
    ]);
    const created = await createZone(paris.id, '  Salle Ségur ');
    expect(created.status).toBe(201);
    expect(created.body.map((zone) => zone.zone)).toEqual([
      'Atelier',
      'Espace calme',
      'Plateau ouvert',
      'Salle Ségur',
    ]);
    expect(created.body.at(-1)).toMatchObject({ deskCount: 0, position: 4, plan: null });

    const again = await createZone(paris.id, 'Salle Ségur');
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Une zone « Salle Ségur » existe déjà sur ce site.');
    const empty = await createZone(paris.id, '   ');
    expect(empty.status).toBe(400);
    expect(empty.body.issues?.[0]?.message).toBe('Le nom de la zone est obligatoire.');

    const [event] = await auditOf(`siteId=${paris.id}&kind=zone.created`);
    expect(event).toMatchObject({
      actor: { name: 'Inès Lefèvre' },
      subject: 'Salle Ségur',
      after: { name: 'Salle Ségur', position: 4 },
    });
  });

  test('a rename carries the desks, the plan, the hourly-zone rule and the waiting entries along', async () => {
    const atelier = await zoneNamed(paris.id, 'Atelier');
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200"/></svg>';
    const uploaded = await call(t, `${sitePath(paris.id)}/zones/Atelier/plan`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: svg,
      headers: { 'content-type': 'image/svg+xml' },
    });
    expect(uploaded.status).toBe(200);
    const rules = await call<SiteRules>(t, `${sitePath(paris.id)}/rules`, { cookie: cookies.hote });
    const setRules = await call(t, `${sitePath(paris.id)}/rules`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { ...rules.body, hourlyZones: ['Atelier', 'Espace calme'] },
    });
    expect(setRules.status).toBe(200);
    const waiting = await t.dataSource.query(
      `INSERT INTO waitlist_entries (site_id, user_id, local_date, slot, zone, starts_at, ends_at)
       SELECT $1, id, '2027-04-01', 'day', 'Atelier', '2027-04-01T07:00:00Z', '2027-04-01T17:00:00Z'
       FROM users WHERE sub = 'demo-agent-camille-0001' RETURNING id`,
      [paris.id],
    );
    expect(waiting).toHaveLength(1);

    const renamed = await call<ZoneSummary[]>(t, `${sitePath(paris.id)}/zones/${atelier.id}`, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { name: 'Atelier maker' },
    });
    expect(renamed.status).toBe(200);
    const zone = renamed.body.find((candidate) => candidate.id === atelier.id);
    expect(zone).toMatchObject({ zone: 'Atelier maker', position: 1, deskCount: 10 });
    expect(zone?.plan?.width).toBe(400);

    const desks = await desksOf(paris.id);
    expect(desks.filter((desk) => desk.label.startsWith('B-')).map((desk) => desk.zone)).toEqual(
      Array(10).fill('Atelier maker'),
    );
    expect(desks.some((desk) => desk.zone === 'Atelier')).toBe(false);
    const plan = await call(t, `${sitePath(paris.id)}/zones/Atelier%20maker/plan`, {
      cookie: cookies.agent,
    });
    expect(plan.status).toBe(200);
    const oldPlan = await call(t, `${sitePath(paris.id)}/zones/Atelier/plan`, {
      cookie: cookies.agent,
    });
    expect(oldPlan.status).toBe(404);
    const after = await call<SiteRules>(t, `${sitePath(paris.id)}/rules`, { cookie: cookies.hote });
    expect(after.body.hourlyZones).toEqual(['Atelier maker', 'Espace calme']);
    const [entry] = await t.dataSource.query(`SELECT zone FROM waitlist_entries WHERE id = $1`, [
      waiting[0].id,
    ]);
    expect(entry.zone).toBe('Atelier maker');

    const taken = await call<ErrorResponse>(t, `${sitePath(paris.id)}/zones/${atelier.id}`, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { name: 'Espace calme' },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.message).toBe('Une zone « Espace calme » existe déjà sur ce site.');

    const [event] = await auditOf(`siteId=${paris.id}&kind=zone.renamed`);
    expect(event).toMatchObject({
      subject: 'Atelier maker',
      before: { name: 'Atelier' },
      after: { name: 'Atelier maker' },
    });
  });

  test('zones are ordered as a whole or one moved to a place; a partial order is refused', async () => {
    const zones = await zonesOf(paris.id);
    const reversed = [...zones].reverse();
    const ordered = await call<ZoneSummary[]>(t, `${sitePath(paris.id)}/zones/order`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { zoneIds: reversed.map((zone) => zone.id) },
    });
    expect(ordered.status).toBe(200);
    expect(ordered.body.map((zone) => zone.zone)).toEqual(reversed.map((zone) => zone.zone));
    expect(ordered.body.map((zone) => zone.position)).toEqual([1, 2, 3, 4]);
    expect((await zonesOf(paris.id)).map((zone) => zone.id)).toEqual(
      reversed.map((zone) => zone.id),
    );

    const last = reversed.at(-1);
    if (!last) throw new Error('no zone');
    const moved = await call<ZoneSummary[]>(t, `${sitePath(paris.id)}/zones/${last.id}`, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { position: 1 },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.map((zone) => zone.id)).toEqual([
      last.id,
      ...reversed.slice(0, -1).map((zone) => zone.id),
    ]);

    const partial = await call<ErrorResponse>(t, `${sitePath(paris.id)}/zones/order`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { zoneIds: zones.slice(1).map((zone) => zone.id) },
    });
    expect(partial.status).toBe(422);
    expect(partial.body.message).toMatch(/^zoneIds doit nommer chacune des 4 zones du site/);

    const [event] = await auditOf(`siteId=${paris.id}&kind=zone.reordered`);
    expect(event).toMatchObject({
      before: { order: reversed.map((zone) => zone.zone) },
      after: { order: [last.zone, ...reversed.slice(0, -1).map((zone) => zone.zone)] },
    });
  });

  test('a zone is deleted only once it holds no desk, and its plan goes with it', async () => {
    const calm = await zoneNamed(paris.id, 'Espace calme');
    const refused = await call<ErrorResponse>(t, `${sitePath(paris.id)}/zones/${calm.id}`, {
      method: 'DELETE',
      cookie: cookies.hote,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(
      'La zone « Espace calme » a encore 10 postes actifs (C-01, C-02, C-03, C-04, C-05, C-06, ' +
        'C-07, C-08, C-09, C-10) : désactivez-les ou déplacez-les dans une autre zone avant de la supprimer.',
    );

    const segur = await zoneNamed(paris.id, 'Salle Ségur');
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="10" height="10"/></svg>';
    const uploaded = await call(t, `${sitePath(paris.id)}/zones/Salle%20S%C3%A9gur/plan`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: svg,
      headers: { 'content-type': 'image/svg+xml' },
    });
    expect(uploaded.status).toBe(200);
    const deleted = await call<ZoneSummary[]>(t, `${sitePath(paris.id)}/zones/${segur.id}`, {
      method: 'DELETE',
      cookie: cookies.hote,
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body.map((zone) => zone.zone)).not.toContain('Salle Ségur');
    const [plans] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM zone_plans WHERE site_id = $1 AND zone = 'Salle Ségur'`,
      [paris.id],
    );
    expect(plans.count).toBe(0);
    const again = await call<ErrorResponse>(t, `${sitePath(paris.id)}/zones/${segur.id}`, {
      method: 'DELETE',
      cookie: cookies.hote,
    });
    expect(again.status).toBe(404);
    expect(again.body.message).toBe("Cette zone n'existe pas sur ce site.");
    const [event] = await auditOf(`siteId=${paris.id}&kind=zone.deleted`);
    expect(event).toMatchObject({
      subject: 'Salle Ségur',
      before: { name: 'Salle Ségur', hasPlan: true },
    });
  });
});

describe('desks in series', () => {
  test('« K-01 à K-12 dans la zone Calme »: all created in a new zone, last, and recorded once', async () => {
    const created = await bulk(paris.id, {
      prefix: 'K-',
      first: 1,
      last: 12,
      width: 2,
      zone: 'Calme',
      attributes: ['quiet', 'screen'],
    });
    expect(created.status).toBe(201);
    expect(created.body.map((desk) => desk.label)).toEqual(
      Array.from({ length: 12 }, (_, index) => `K-${String(index + 1).padStart(2, '0')}`),
    );
    expect(created.body.every((desk) => desk.zone === 'Calme' && desk.isActive)).toBe(true);
    expect(created.body[0]?.attributes).toEqual(['quiet', 'screen']);
    const zones = await zonesOf(paris.id);
    expect(zones.at(-1)).toMatchObject({ zone: 'Calme', deskCount: 12 });

    const [event] = await auditOf(`siteId=${paris.id}&kind=desks.bulk-created`);
    expect(event).toMatchObject({
      subject: '12 postes : K-01 à K-12 (Calme)',
      after: { zone: 'Calme', labels: expect.arrayContaining(['K-01', 'K-12']) },
    });
  });

  test('labels already taken: 409 naming them, and none of the series is created', async () => {
    const before = (await desksOf(paris.id)).length;
    const refused = await bulk(paris.id, { prefix: 'K-', first: 10, last: 14, zone: 'Calme' });
    expect(refused.status).toBe(409);
    expect(refused.body.existingLabels).toEqual(['K-10', 'K-11', 'K-12']);
    expect(refused.body.message).toBe(
      "Ces libellés existent déjà sur ce site : K-10, K-11, K-12. Aucun poste n'a été créé : " +
        "choisissez d'autres numéros ou un autre préfixe.",
    );
    expect((await desksOf(paris.id)).length).toBe(before);
  });

  test('more than 200 at once, or numbers upside down, is a 400 with a sentence', async () => {
    const tooMany = await bulk(paris.id, { prefix: 'Z', first: 1, last: 201, zone: 'Calme' });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.issues?.[0]?.message).toBe(
      'Au plus 200 postes à la fois : réduisez l’intervalle des numéros.',
    );
    const upsideDown = await bulk(paris.id, { prefix: 'Z', first: 5, last: 2, zone: 'Calme' });
    expect(upsideDown.status).toBe(400);
    expect(upsideDown.body.issues?.[0]?.message).toBe(
      'Le premier numéro doit être inférieur ou égal au dernier.',
    );
    const exactly = await bulk(paris.id, {
      prefix: 'Z',
      first: 1,
      last: 200,
      width: 3,
      zone: 'Réserve',
    });
    expect(exactly.status).toBe(201);
    expect(exactly.body.at(-1)?.label).toBe('Z200');
  });

  test('the series and its audit row commit together, or neither', async () => {
    await withAuditRefused(async () => {
      const refused = await bulk(paris.id, { prefix: 'AUD-', first: 1, last: 3, zone: 'Audit' });
      expect(refused.status).toBeGreaterThanOrEqual(500);
    });
    const desks = await desksOf(paris.id);
    expect(desks.some((desk) => desk.label.startsWith('AUD-'))).toBe(false);
    expect((await zonesOf(paris.id)).map((zone) => zone.zone)).not.toContain('Audit');
  });
});

describe('taking desks out of booking', () => {
  test('lists the bookings it cancels until confirmed, then cancels them, mails the holder and records it', async () => {
    const date = nextWeekday(t.clock, paris.timezone, 3);
    const deskId = paris.deskId(5);
    const booked = await book(t, cookies.agent, { siteId: paris.id, deskId, date, slot: 'day' });
    expect(booked.status).toBe(201);

    const asked = await deactivate(paris.id, [deskId], false);
    expect(asked.status).toBe(409);
    expect(asked.body.message).toBe(
      'Désactiver le poste A-06 annulerait 1 réservation à venir. Vérifiez la liste, puis ' +
        'confirmez pour les annuler et prévenir les personnes concernées.',
    );
    expect(asked.body.affectedBookings).toEqual([
      {
        bookingId: booked.body.id,
        person: { givenName: 'Camille', usualName: 'Martin', email: expect.any(String) },
        desk: { label: 'A-06', zone: 'Plateau ouvert' },
        date,
        localStart: '09:00',
        localEnd: '19:00',
      },
    ]);
    // Nothing changed yet.
    expect((await desksOf(paris.id)).find((desk) => desk.id === deskId)?.isActive).toBe(true);
    expect((await myBookings(cookies.agent)).find((b) => b.id === booked.body.id)?.status).toBe(
      'confirmed',
    );

    const confirmed = await deactivate(paris.id, [deskId], true);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.desks.map((desk) => [desk.label, desk.isActive])).toEqual([
      ['A-06', false],
    ]);
    expect(confirmed.body.cancelledBookings.map((b) => b.bookingId)).toEqual([booked.body.id]);
    expect((await myBookings(cookies.agent)).find((b) => b.id === booked.body.id)?.status).toBe(
      'cancelled',
    );
    const mail = await waitFor(async () =>
      (await outbox()).find((message) => message.subject.includes('(poste retiré)')),
    );
    expect(mail.subject).toMatch(/^Réservation annulée \(poste retiré\) : /);
    expect(mail.text).toContain('poste A-06 (zone Plateau ouvert)');
    expect(mail.text).toContain(
      "L'équipe du site a retiré de la réservation le poste que vous aviez réservé",
    );
    expect(mail.text).toContain('Vous pouvez réserver un autre poste du site sur ces créneaux');
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual(['annulation.ics']);

    const [event] = await auditOf(`siteId=${paris.id}&kind=desk.deactivated`);
    expect(event).toMatchObject({
      subject: 'A-06',
      before: { isActive: true },
      after: { isActive: false, cancelledBookingIds: [booked.body.id] },
    });

    const back = await call<Desk[]>(t, `${sitePath(paris.id)}/desks/reactivation`, {
      cookie: cookies.hote,
      body: { deskIds: [deskId] },
    });
    expect(back.status).toBe(200);
    expect(back.body.map((desk) => desk.isActive)).toEqual([true]);
    const [reactivated] = await auditOf(`siteId=${paris.id}&kind=desk.reactivated`);
    expect(reactivated).toMatchObject({ subject: 'A-06', after: { isActive: true } });
  });

  test('the desk form follows the same rule: PATCH isActive false answers 409 until confirm', async () => {
    const date = nextWeekday(t.clock, paris.timezone, 4);
    const deskId = paris.deskId(6);
    const booked = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId,
      date,
      slot: 'morning',
    });
    expect(booked.status).toBe(201);
    const path = `${sitePath(paris.id)}/desks/${deskId}`;
    const asked = await call<HoursChangeConflict>(t, path, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { isActive: false },
    });
    expect(asked.status).toBe(409);
    expect(asked.body.affectedBookings.map((b) => b.bookingId)).toEqual([booked.body.id]);
    const confirmed = await call<Desk>(t, path, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { isActive: false, confirm: true },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.isActive).toBe(false);
    expect((await myBookings(cookies.agent2)).find((b) => b.id === booked.body.id)?.status).toBe(
      'cancelled',
    );
  });

  test('the cancellations, the deactivation and the mail commit with their audit rows, or none', async () => {
    const date = nextWeekday(t.clock, paris.timezone, 5);
    const deskId = paris.deskId(7);
    const booked = await book(t, cookies.agent, { siteId: paris.id, deskId, date, slot: 'day' });
    expect(booked.status).toBe(201);
    await withAuditRefused(async () => {
      const refused = await deactivate(paris.id, [deskId], true);
      expect(refused.status).toBeGreaterThanOrEqual(500);
    });
    expect((await desksOf(paris.id)).find((desk) => desk.id === deskId)?.isActive).toBe(true);
    expect((await myBookings(cookies.agent)).find((b) => b.id === booked.body.id)?.status).toBe(
      'confirmed',
    );
    const [jobs] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM pgboss.job
       WHERE name = 'notifications.send' AND data->>'kind' = 'desks-deactivated'
         AND data->'bookingIds' ? $1`,
      [booked.body.id],
    );
    expect(jobs.count).toBe(0);
  });

  test('a waiting entry is not served by a deactivated desk', async () => {
    const site = await call<{ id: string }>(t, '/api/sites', {
      cookie: cookies.admin,
      body: { name: 'AdmZ Tournée Brest', slug: 'admz-tournee-brest', address: 'Brest' },
    });
    expect(site.status).toBe(201);
    const siteId = site.body.id;
    const hours = await call(t, `${sitePath(siteId)}/opening-hours/weekly`, {
      method: 'PUT',
      cookie: cookies.admin,
      body: {
        weekly: [1, 2, 3, 4, 5].map((weekday) => ({
          weekday,
          opensAt: '09:00',
          closesAt: '18:00',
        })),
      },
    });
    expect(hours.status).toBe(200);
    const desks = await bulk(
      siteId,
      { prefix: 'W-', first: 1, last: 2, zone: 'Salle' },
      cookies.admin,
    );
    expect(desks.status).toBe(201);
    const [first, second] = desks.body;
    if (!first || !second) throw new Error('two desks expected');
    const date = nextWeekday(t.clock, 'Europe/Paris', 2);
    const third = await openSessionForNewAgent(t, 'Attente');
    for (const [cookie, desk] of [
      [cookies.agent, first],
      [cookies.agent2, second],
    ] as const) {
      const booked = await book(t, cookie, { siteId, deskId: desk.id, date, slot: 'day' });
      expect(booked.status).toBe(201);
    }
    const entry = await call<WaitlistEntry>(t, '/api/waitlist', {
      cookie: third,
      body: { siteId, date, slot: 'day' },
    });
    expect(entry.status).toBe(201);

    const confirmed = await call<DeskDeactivation>(t, `${sitePath(siteId)}/desks/deactivation`, {
      cookie: cookies.admin,
      body: { deskIds: [first.id], confirm: true },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.cancelledBookings).toHaveLength(1);
    // The list's turn: the freed booking was on a desk no longer offered, so nobody is served.
    const promoted = await t.app
      .get(WaitlistService)
      .promoteWaiting({ siteId, date, slot: 'day' }, t.clock.now());
    expect(promoted).toEqual([]);
    const mine = await call<WaitlistEntry[]>(t, '/api/waitlist/mine', { cookie: third });
    expect(mine.body.find((candidate) => candidate.id === entry.body.id)?.status).toBe('waiting');
  });

  test('desks of another site or unknown ids are a 404 with a sentence', async () => {
    const response = await deactivate(
      paris.id,
      [paris.deskId(0), '00000000-0000-4000-8000-000000000000'],
      false,
    );
    expect(response.status).toBe(404);
    expect(response.body.message).toBe("Un de ces postes n'existe pas sur ce site.");
  });
});
