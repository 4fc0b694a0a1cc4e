import type { AuditEvent, ErrorResponse, SiteHosts, SitePerson } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoApp, type DemoSessions, type DemoSite } from './fixtures';
import { call, demoClaims, openSessionFor, type TestApp } from './test-app';

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

const hostsPath = (siteId: string) => `/api/sites/${siteId}/hosts`;

const appoint = (siteId: string, email: string, cookie = cookies.admin) =>
  call<SiteHosts & ErrorResponse>(t, hostsPath(siteId), {
    method: 'POST',
    cookie,
    body: { email },
  });

const auditOf = async (query: string) =>
  (await call<AuditEvent[]>(t, `/api/admin/audit?${query}`, { cookie: cookies.admin })).body;

/** Whether the caller may do a host's thing at the site: read its presence board. */
const canHost = async (cookie: string, siteId: string) =>
  (await call(t, `/api/sites/${siteId}/presence`, { cookie })).status === 200;

describe('appointing hosts', () => {
  test('a person who has logged in is made host at once, once, and it is in the audit log', async () => {
    const agent2 = demoClaims('agent2');
    expect(await canHost(cookies.agent2, lyon.id)).toBe(false);

    const first = await appoint(lyon.id, agent2.email ?? '');
    expect(first.status).toBe(200);
    expect(first.body.hosts.map((host) => host.email)).toContain(agent2.email);
    expect(await canHost(cookies.agent2, lyon.id)).toBe(true);
    // The same address again changes nothing, and records nothing.
    expect((await appoint(lyon.id, (agent2.email ?? '').toUpperCase())).status).toBe(200);

    const events = await auditOf(`siteId=${lyon.id}&kind=host.appointed`);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'host.appointed',
      actor: { name: 'Paul Durand' },
      site: { id: lyon.id },
      subject: `Yanis Benali <${agent2.email}>`,
      after: { role: 'host' },
    });
  });

  test('an address nobody has logged in with waits as an invitation, granted at the first login', async () => {
    const email = 'nouvelle.hotesse@example.gouv.fr';
    const invited = await appoint(paris.id, email);
    expect(invited.status).toBe(200);
    expect(invited.body.invitations.map((invitation) => invitation.email)).toEqual([email]);
    expect(invited.body.hosts.map((host) => host.email)).not.toContain(email);

    const newcomer = await openSessionFor(t, {
      sub: 'test-nouvelle-hotesse',
      given_name: 'Léna',
      usual_name: 'Martin',
      email: 'Nouvelle.Hotesse@example.gouv.fr',
      roles: ['agent_public'],
    });
    expect(await canHost(newcomer, paris.id)).toBe(true);
    const after = await call<SiteHosts>(t, hostsPath(paris.id), { cookie: cookies.admin });
    expect(after.body.invitations).toEqual([]);
    expect(after.body.hosts.map((host) => host.email)).toContain(email);

    const [accepted] = await auditOf(`siteId=${paris.id}&kind=host.invitation-accepted`);
    expect(accepted).toMatchObject({ actor: null, subject: `Léna Martin <${email}>` });
    const [invitedEvent] = await auditOf(`siteId=${paris.id}&kind=host.invited`);
    expect(invitedEvent).toMatchObject({ actor: { name: 'Paul Durand' }, subject: email });
  });

  test('removing a host ends their access; removing them again is a 404 with a sentence', async () => {
    const camille = demoClaims('agent');
    const appointed = await appoint(lyon.id, camille.email ?? '');
    const host = appointed.body.hosts.find((person) => person.email === camille.email);
    if (!host) throw new Error('Camille was not appointed');
    expect(await canHost(cookies.agent, lyon.id)).toBe(true);

    const removed = await call<SiteHosts>(t, `${hostsPath(lyon.id)}/${host.userId}`, {
      method: 'DELETE',
      cookie: cookies.admin,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.hosts.map((person) => person.userId)).not.toContain(host.userId);
    expect(await canHost(cookies.agent, lyon.id)).toBe(false);

    const again = await call<ErrorResponse>(t, `${hostsPath(lyon.id)}/${host.userId}`, {
      method: 'DELETE',
      cookie: cookies.admin,
    });
    expect(again.status).toBe(404);
    expect(again.body.message).toBe("Cette personne n'est pas gestionnaire de ce site.");
    const [event] = await auditOf(`siteId=${lyon.id}&kind=host.removed`);
    expect(event).toMatchObject({ subject: `Camille Martin <${camille.email}>` });
  });

  test('an invitation can be cancelled before it is accepted', async () => {
    const invited = await appoint(lyon.id, 'jamais.venu@example.gouv.fr');
    const invitation = invited.body.invitations.find(
      (candidate) => candidate.email === 'jamais.venu@example.gouv.fr',
    );
    if (!invitation) throw new Error('no invitation');
    const path = `/api/sites/${lyon.id}/host-invitations/${invitation.id}`;
    const cancelled = await call<SiteHosts>(t, path, { method: 'DELETE', cookie: cookies.admin });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.invitations.map((candidate) => candidate.id)).not.toContain(
      invitation.id,
    );
    const again = await call<ErrorResponse>(t, path, { method: 'DELETE', cookie: cookies.admin });
    expect(again.status).toBe(404);
    // Logging in with that address later makes nobody host.
    const late = await openSessionFor(t, {
      sub: 'test-jamais-venu',
      given_name: 'Jo',
      usual_name: 'Venu',
      email: 'jamais.venu@example.gouv.fr',
      roles: ['agent_public'],
    });
    expect(await canHost(late, lyon.id)).toBe(false);
  });

  test('bad input gets a sentence and changes nothing', async () => {
    const before = await call<SiteHosts>(t, hostsPath(paris.id), { cookie: cookies.admin });
    const malformed = await appoint(paris.id, 'pas-une-adresse');
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues?.[0]?.message).toBe('Adresse électronique invalide.');
    const unknownSite = await appoint('00000000-0000-4000-8000-000000000000', 'x@example.gouv.fr');
    expect(unknownSite.status).toBe(404);
    expect(unknownSite.body.message).toBe("Ce site n'existe pas.");
    const after = await call<SiteHosts>(t, hostsPath(paris.id), { cookie: cookies.admin });
    expect(after.body).toEqual(before.body);
  });

  test('only admins appoint: a host of the site cannot make more hosts', async () => {
    const refused = await appoint(paris.id, 'complice@example.gouv.fr', cookies.hote);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('Cette action est réservée aux administrateurs.');
  });
});

describe('the audit log', () => {
  test('is written in the same transaction as the change: when it cannot be, nothing changes', async () => {
    await t.dataSource.query(
      `CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit storage unavailable' USING ERRCODE = '53100'; END $$`,
    );
    await t.dataSource.query(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events
       FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
    );
    try {
      const refused = await appoint(paris.id, demoClaims('agent2').email ?? '');
      expect(refused.status).toBeGreaterThanOrEqual(500);
    } finally {
      await t.dataSource.query(`DROP TRIGGER refuse_audit ON audit_events`);
      await t.dataSource.query(`DROP FUNCTION refuse_audit()`);
    }
    const hosts = await call<SiteHosts>(t, hostsPath(paris.id), { cookie: cookies.admin });
    expect(hosts.body.hosts.map((host) => host.email)).not.toContain(demoClaims('agent2').email);
  });

  test('records a site created by an admin and a desk added and changed by a host, with before and after', async () => {
    const site = await call<{ id: string; name: string }>(t, '/api/sites', {
      cookie: cookies.admin,
      body: { name: 'AdmZ Tournée Rennes', slug: 'admz-tournee-rennes', address: 'Rennes' },
    });
    expect(site.status).toBe(201);
    const [created] = await auditOf(`siteId=${site.body.id}&kind=site.created`);
    expect(created).toMatchObject({
      actor: { name: 'Paul Durand' },
      subject: 'AdmZ Tournée Rennes',
    });

    const desk = await call<{ id: string }>(t, `/api/sites/${paris.id}/desks`, {
      cookie: cookies.hote,
      body: { label: 'Z-01', zone: 'Audit' },
    });
    expect(desk.status).toBe(201);
    const changed = await call(t, `/api/sites/${paris.id}/desks/${desk.body.id}`, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { attributes: ['screen'] },
    });
    expect(changed.status).toBe(200);
    const [added] = await auditOf(`siteId=${paris.id}&kind=desk.created`);
    const [updated] = await auditOf(`siteId=${paris.id}&kind=desk.updated`);
    expect(added).toMatchObject({
      kind: 'desk.created',
      actor: { name: 'Inès Lefèvre' },
      subject: 'Z-01',
      after: { label: 'Z-01', isActive: true },
    });
    expect(updated).toMatchObject({
      kind: 'desk.updated',
      before: { attributes: [] },
      after: { attributes: ['screen'] },
    });
  });

  test('filters by person and kind, newest first, and refuses an unknown kind', async () => {
    const admin = (await call<{ id: string }>(t, '/api/me', { cookie: cookies.admin })).body;
    const mine = await auditOf(`actorId=${admin.id}`);
    expect(mine.length).toBeGreaterThan(2);
    expect(mine.every((event) => event.actor?.userId === admin.id)).toBe(true);
    const instants = mine.map((event) => Date.parse(event.at));
    expect([...instants].sort((a, b) => b - a)).toEqual(instants);
    const unknown = await call<ErrorResponse>(t, '/api/admin/audit?kind=site.deleted', {
      cookie: cookies.admin,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues?.[0]?.message).toBe('Type d’action inconnu.');
  });
});

describe('searching people', () => {
  test('finds people who have logged in by any part of their name or address', async () => {
    const search = (query: string) =>
      call<SitePerson[] & ErrorResponse>(t, `/api/people?query=${encodeURIComponent(query)}`, {
        cookie: cookies.admin,
      });
    expect((await search('cami mart')).body.map((person) => person.email)).toEqual([
      demoClaims('agent').email,
    ]);
    expect((await search('personne-inconnue')).body).toEqual([]);
    expect((await search('100%_')).status).toBe(200);
    const short = await search('c');
    expect(short.status).toBe(400);
    expect(short.body.issues?.[0]?.message).toBe('Tapez au moins deux caractères.');
  });
});
