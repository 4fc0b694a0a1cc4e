import type {
  AuditEvent,
  AuditKind,
  DeskAssignment,
  KioskPairing,
  MyData,
  OpeningHours,
  SitePerson,
  SiteRules,
} from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoApp, type DemoSessions, type DemoSite } from './fixtures';
import { call, demoClaims, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;

beforeAll(async () => {
  ({ t, paris, cookies } = await startDemoApp());
});
afterAll(async () => {
  await t?.close();
});

const svgPlan =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200"/></svg>';
const sitePath = (path: string) => `/api/sites/${paris.id}${path}`;

/** The newest entry of a kind at the demo Paris site. */
async function latest(kind: AuditKind): Promise<AuditEvent | undefined> {
  const events = await call<AuditEvent[]>(
    t,
    `/api/admin/audit?siteId=${paris.id}&kind=${kind}&limit=1`,
    { cookie: cookies.admin },
  );
  expect(events.status).toBe(200);
  return events.body[0];
}

const countOf = async (kind: AuditKind) =>
  Number(
    (
      await t.dataSource.query<{ count: string }[]>(
        `SELECT count(*) AS count FROM audit_events WHERE kind = $1`,
        [kind],
      )
    )[0]?.count,
  );

const hostName = 'Inès Lefèvre';

describe('every host action is in the audit log, with who, what, before and after', () => {
  test('weekly hours replaced, an exception set then removed', async () => {
    const hours = await call<OpeningHours>(t, sitePath('/opening-hours'), { cookie: cookies.hote });
    const shorterFriday = hours.body.weekly.map((range) =>
      range.weekday === 5 ? { ...range, closesAt: '17:00' } : range,
    );
    const replaced = await call(t, sitePath('/opening-hours/weekly'), {
      method: 'PUT',
      cookie: cookies.hote,
      body: { weekly: shorterFriday, confirm: true },
    });
    expect(replaced.status).toBe(200);
    expect(await latest('hours.weekly-replaced')).toMatchObject({
      actor: { name: hostName },
      subject: 'Horaires de la semaine',
      before: { weekly: hours.body.weekly },
      after: { weekly: shorterFriday, cancelledBookingIds: [] },
    });

    const closed = await call(t, sitePath('/opening-hours/exceptions/2030-02-04'), {
      method: 'PUT',
      cookie: cookies.hote,
      body: { isClosed: true, reason: 'Inventaire' },
    });
    expect(closed.status).toBe(200);
    expect(await latest('hours.exception-set')).toMatchObject({
      subject: '2030-02-04',
      before: { exception: null },
      after: { exception: { date: '2030-02-04', isClosed: true, reason: 'Inventaire' } },
    });
    const reopened = await call(t, sitePath('/opening-hours/exceptions/2030-02-04'), {
      method: 'DELETE',
      cookie: cookies.hote,
    });
    expect(reopened.status).toBe(200);
    expect(await latest('hours.exception-removed')).toMatchObject({
      before: { exception: { isClosed: true } },
      after: { exception: null },
    });
  });

  test('booking rules replaced', async () => {
    const rules = await call<SiteRules>(t, sitePath('/rules'), { cookie: cookies.hote });
    const stricter = { ...rules.body, maxBookingsPerWeek: 3 };
    const saved = await call(t, sitePath('/rules'), {
      method: 'PUT',
      cookie: cookies.hote,
      body: stricter,
    });
    expect(saved.status).toBe(200);
    expect(await latest('rules.updated')).toMatchObject({
      actor: { name: hostName },
      before: { maxBookingsPerWeek: rules.body.maxBookingsPerWeek },
      after: { maxBookingsPerWeek: 3 },
    });
  });

  test('a key holder added and removed, a desk assigned and released', async () => {
    const email = demoClaims('agent').email ?? '';
    const added = await call<SitePerson[]>(t, sitePath('/key-holders'), {
      method: 'PUT',
      cookie: cookies.hote,
      body: { email },
    });
    expect(added.status).toBe(200);
    const holder = added.body.find((person) => person.email === email);
    expect(await latest('key-holder.added')).toMatchObject({
      subject: `${holder?.givenName} ${holder?.usualName}`,
      after: { email },
    });
    const removed = await call(t, sitePath(`/key-holders/${holder?.userId}`), {
      method: 'DELETE',
      cookie: cookies.hote,
    });
    expect(removed.status).toBe(200);
    expect(await latest('key-holder.removed')).toMatchObject({ before: { email } });

    const deskId = paris.deskId(3);
    const assigned = await call<DeskAssignment[]>(t, sitePath(`/desk-assignments/${deskId}`), {
      method: 'PUT',
      cookie: cookies.hote,
      body: { email },
    });
    expect(assigned.status).toBe(200);
    expect(await latest('desk.assigned')).toMatchObject({
      subject: paris.deskLabel(3),
      before: null,
      after: { email },
    });
    const released = await call(t, sitePath(`/desk-assignments/${deskId}`), {
      method: 'PUT',
      cookie: cookies.hote,
      body: { email: null },
    });
    expect(released.status).toBe(200);
    expect(await latest('desk.unassigned')).toMatchObject({ before: { email }, after: null });
  });

  test('a zone plan uploaded and removed, a desk placed on it, without the image in the log', async () => {
    const zone = 'Plateau ouvert';
    const planPath = sitePath(`/zones/${encodeURIComponent(zone)}/plan`);
    const uploaded = await call(t, planPath, {
      method: 'PUT',
      cookie: cookies.hote,
      body: svgPlan,
      headers: { 'content-type': 'image/svg+xml' },
    });
    expect(uploaded.status).toBe(200);
    const upload = await latest('plan.uploaded');
    expect(upload).toMatchObject({
      subject: zone,
      after: { contentType: 'image/svg+xml', width: 400, height: 200 },
    });
    expect(JSON.stringify(upload)).not.toContain('<svg');

    const placed = await call(t, sitePath(`/desks/${paris.deskId(0)}/plan-position`), {
      method: 'PUT',
      cookie: cookies.hote,
      body: { position: { x: 0.25, y: 0.5 } },
    });
    expect(placed.status).toBe(200);
    expect(await latest('desk.placed')).toMatchObject({
      subject: paris.deskLabel(0),
      after: { x: 0.25, y: 0.5 },
    });

    const removed = await call(t, planPath, { method: 'DELETE', cookie: cookies.hote });
    expect(removed.status).toBe(200);
    expect(await latest('plan.removed')).toMatchObject({
      subject: zone,
      before: { contentType: 'image/svg+xml' },
    });
  });

  test('a kiosk created, given a new pairing code and revoked, never with its codes', async () => {
    const created = await call<KioskPairing>(t, sitePath('/kiosks'), {
      cookie: cookies.hote,
      body: { name: 'Borne du journal' },
    });
    expect(created.status).toBe(201);
    const kioskId = created.body.kiosk.id;
    const renewed = await call<KioskPairing>(t, sitePath(`/kiosks/${kioskId}/pairing-code`), {
      method: 'POST',
      cookie: cookies.hote,
    });
    expect(renewed.status).toBe(200);
    const revoked = await call(t, sitePath(`/kiosks/${kioskId}/revoke`), {
      method: 'POST',
      cookie: cookies.hote,
    });
    expect(revoked.status).toBe(200);
    for (const kind of ['kiosk.created', 'kiosk.pairing-renewed', 'kiosk.revoked'] as const) {
      const event = await latest(kind);
      expect(event).toMatchObject({ subject: 'Borne du journal', after: { kioskId } });
      expect(JSON.stringify(event)).not.toContain(created.body.pairingCode);
      expect(JSON.stringify(event)).not.toContain(renewed.body.pairingCode);
    }
    expect(await latest('kiosk.revoked')).toMatchObject({ after: { isRevoked: true } });
  });
});

describe('« Mes données »', () => {
  test("a host's export lists the actions they did, and not the entries about others", async () => {
    const data = await call<MyData>(t, '/api/me/data', { cookie: cookies.hote });
    expect(data.status).toBe(200);
    const mine = data.body.auditEvents;
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'rules.updated', role: 'actor', siteName: 'AdmZ Paris' }),
        expect.objectContaining({
          kind: 'kiosk.revoked',
          role: 'actor',
          subject: 'Borne du journal',
        }),
      ]),
    );
    const admin = await call<MyData>(t, '/api/me/data', { cookie: cookies.admin });
    expect(admin.body.auditEvents.some((event) => event.kind === 'rules.updated')).toBe(false);
  });
});

describe('when the audit entry cannot be written, the change does not happen', () => {
  async function withAuditRefused(action: () => Promise<number>): Promise<number> {
    await t.dataSource.query(
      `CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit storage unavailable' USING ERRCODE = '53100'; END $$`,
    );
    await t.dataSource.query(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events
       FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
    );
    try {
      return await action();
    } finally {
      await t.dataSource.query(`DROP TRIGGER refuse_audit ON audit_events`);
      await t.dataSource.query(`DROP FUNCTION refuse_audit()`);
    }
  }

  test.each([
    {
      what: 'weekly hours',
      kind: 'hours.weekly-replaced' as const,
      act: () =>
        call(t, sitePath('/opening-hours/weekly'), {
          method: 'PUT',
          cookie: cookies.hote,
          body: { weekly: [], confirm: true },
        }),
      state: async () =>
        (await call<OpeningHours>(t, sitePath('/opening-hours'), { cookie: cookies.hote })).body
          .weekly,
    },
    {
      what: 'booking rules',
      kind: 'rules.updated' as const,
      act: async () => {
        const rules = await call<SiteRules>(t, sitePath('/rules'), { cookie: cookies.hote });
        return call(t, sitePath('/rules'), {
          method: 'PUT',
          cookie: cookies.hote,
          body: { ...rules.body, maxBookingsPerWeek: 1 },
        });
      },
      state: async () =>
        (await call<SiteRules>(t, sitePath('/rules'), { cookie: cookies.hote })).body,
    },
    {
      what: 'key holders',
      kind: 'key-holder.added' as const,
      act: () =>
        call(t, sitePath('/key-holders'), {
          method: 'PUT',
          cookie: cookies.hote,
          body: { email: demoClaims('agent2').email },
        }),
      state: async () =>
        (await call<SitePerson[]>(t, sitePath('/key-holders'), { cookie: cookies.hote })).body,
    },
    {
      what: 'kiosks',
      kind: 'kiosk.created' as const,
      act: () =>
        call(t, sitePath('/kiosks'), { cookie: cookies.hote, body: { name: 'Borne fantôme' } }),
      state: async () =>
        (await call<{ name: string }[]>(t, sitePath('/kiosks'), { cookie: cookies.hote })).body,
    },
  ])('$what', async ({ kind, act, state }) => {
    const before = await state();
    const entries = await countOf(kind);
    const status = await withAuditRefused(async () => (await act()).status);
    expect(status).toBeGreaterThanOrEqual(500);
    expect(await state()).toEqual(before);
    expect(await countOf(kind)).toBe(entries);
  });
});
