import type {
  AuditEvent,
  CheckInResult,
  ErrorResponse,
  EvacuationList,
  GuestInvitation,
  GuestPublicView,
  GuestSettings,
  MyData,
  Outbox,
  TodayBoard,
} from '@admz/shared';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jobQueues } from '../src/jobs/job-queues';
import { JobsService } from '../src/jobs/jobs.service';
import { addDays, createKiosk, nextWeekday, openAllDayToday, startDemoApp } from './fixtures';
import type { DemoSessions, DemoSite } from './fixtures';
import { call, openSessionFor, openSessionForNewAgent, type TestApp } from './test-app';

/**
 * Guests (issue 11, point 2). The server starts on Tuesday 9 March 2027 at 08:55 in Paris (or
 * ADMZ_TEST_NOW); Paris is opened all day today. The demo Paris site asks its hosts to approve
 * guests and has a usage charter; Lyon is set to approve at once, without a charter.
 */
let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let lyonHostCookie: string;
let parisKiosk: { kiosk: { id: string }; credential: string };
let lyonKiosk: { kiosk: { id: string }; credential: string };
let today: string;
let guestCount = 0;

type GuestArrival = Extract<
  CheckInResult,
  { outcome: 'guest_checked_in' | 'guest_already_checked_in' }
>;

const invite = (body: Record<string, unknown> = {}, cookie = cookies.agent) => {
  guestCount += 1;
  return call<GuestInvitation & ErrorResponse>(t, '/api/guests/invitations', {
    cookie,
    body: {
      siteId: paris.id,
      date: today,
      givenName: 'Jeanne',
      usualName: `Invitée ${guestCount}`,
      email: `jeanne.invitee-${guestCount}@exemple.fr`,
      organisation: 'Société Exemple',
      siret: '11000535200007',
      reason: 'Atelier de co-construction du service',
      ...body,
    },
  });
};
const approve = (invitationId: string, cookie = cookies.hote, siteId = paris.id) =>
  call<GuestInvitation & ErrorResponse>(
    t,
    `/api/sites/${siteId}/guests/invitations/${invitationId}/approval`,
    { method: 'POST', cookie },
  );
const decline = (invitationId: string, reason: string, cookie = cookies.hote) =>
  call<GuestInvitation & ErrorResponse>(
    t,
    `/api/sites/${paris.id}/guests/invitations/${invitationId}/decline`,
    { cookie, body: { reason } },
  );
const guestSettingsPath = (siteId: string) => `/api/sites/${siteId}/guests/settings`;
const putGuestSettings = (siteId: string, cookie: string, body: unknown) =>
  call<GuestSettings & ErrorResponse>(t, guestSettingsPath(siteId), {
    method: 'PUT',
    cookie,
    body,
  });
const page = (secret: string) =>
  call<GuestPublicView & ErrorResponse>(t, `/api/public/guest-invitations/${secret}`);
const scan = (body: unknown, kiosk = parisKiosk) =>
  call<GuestArrival & ErrorResponse>(t, '/api/kiosk/check-ins', {
    bearer: kiosk.credential,
    body,
  });
const outbox = async () =>
  (await call<Outbox>(t, '/api/dev/outbox?limit=100', { cookie: cookies.agent })).body.messages;

async function waitFor<T>(find: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('waited 10 s for something that did not come');
}

/** The secret of the guest's link, from the invitation mail sent to `email`. */
async function secretMailedTo(email: string): Promise<string> {
  const mail = await waitFor(async () =>
    (await outbox()).find(
      (message) => message.to.includes(email) && message.subject.startsWith('Invitation :'),
    ),
  );
  const secret = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
  if (!secret) throw new Error(`no link in the mail: ${mail.text}`);
  return secret;
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

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
  today = await openAllDayToday(t, cookies.hote, paris);
  await openAllDayToday(t, cookies.admin, lyon);
  lyonHostCookie = await openSessionFor(t, {
    sub: 'test-host-lyon',
    given_name: 'Hugo',
    usual_name: 'Roux',
    email: 'hugo.roux@example.gouv.fr',
    roles: ['agent_public'],
  });
  const [lyonHost] = await t.dataSource.query(`SELECT id FROM users WHERE sub = 'test-host-lyon'`);
  await t.dataSource.query(
    `INSERT INTO site_roles (user_id, site_id, role) VALUES ($1, $2, 'host')`,
    [lyonHost.id, lyon.id],
  );
  // Lyon's host lets every guest in without approval, and asks no charter.
  const lyonSettings = await putGuestSettings(lyon.id, lyonHostCookie, {
    needsApproval: false,
    usageCharter: null,
  });
  expect(lyonSettings.status).toBe(200);
  parisKiosk = await createKiosk(t, cookies.hote, paris.id, 'Borne Paris');
  lyonKiosk = await createKiosk(t, cookies.admin, lyon.id, 'Borne Lyon');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('a guest invited, approved, at the door and on the evacuation list', () => {
  test('invite → pending → approved → mail → charter → pass → kiosk → board and evacuation', async () => {
    const invited = await invite({ givenName: 'Margaux', email: 'margaux.durand@exemple.fr' });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      status: 'pending',
      site: { id: paris.id, name: 'AdmZ Paris' },
      date: today,
      guest: { givenName: 'Margaux', organisation: 'Société Exemple', siret: '11000535200007' },
      invitedBy: { givenName: 'Camille', usualName: 'Martin' },
    });
    const id = invited.body.id;

    const mine = await call<GuestInvitation[]>(t, '/api/guests/invitations', {
      cookie: cookies.agent,
    });
    expect(mine.body.find((item) => item.id === id)?.status).toBe('pending');
    const pending = await call<GuestInvitation[]>(t, `/api/sites/${paris.id}/guests/invitations`, {
      cookie: cookies.hote,
    });
    expect(pending.body.map((item) => item.id)).toContain(id);
    // Awaiting approval: on the board as expected, not yet a pass.
    const boardBefore = await call<TodayBoard>(t, `/api/sites/${paris.id}/today`, {
      cookie: cookies.hote,
    });
    expect(boardBefore.body.guests.find((guest) => guest.invitationId === id)?.status).toBe(
      'pending',
    );

    const approved = await approve(id);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect((await approve(id)).status).toBe(409);

    const secret = await secretMailedTo('margaux.durand@exemple.fr');
    const toInviter = await waitFor(async () =>
      (await outbox()).find((message) =>
        message.subject.startsWith('Invitation validée : Margaux'),
      ),
    );
    expect(toInviter.to).toContain('camille');

    const before = await page(secret);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      givenName: 'Margaux',
      date: today,
      site: { name: 'AdmZ Paris' },
      invitedBy: 'Camille Martin',
      isApproved: true,
      charterAcceptedAt: null,
      pass: null,
    });
    expect(before.body.charter).toContain('Charte d’utilisation d’AdmZ Paris');
    expect(before.body.passUnavailableReason).toMatch(/Acceptez la charte/);
    // Not through the door before the charter, even with the typed code.
    const [row] = await t.dataSource.query(
      `SELECT short_code FROM guest_invitations WHERE id = $1`,
      [id],
    );
    const early = await scan({ shortCode: row.short_code });
    expect(early.status).toBe(422);
    expect(early.body.message).toMatch(/charte/);

    const accepted = await call<GuestPublicView>(
      t,
      `/api/public/guest-invitations/${secret}/charter-acceptance`,
      { method: 'POST' },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.charterAcceptedAt).not.toBeNull();
    const pass = accepted.body.pass;
    if (!pass) throw new Error(`no pass: ${JSON.stringify(accepted.body)}`);
    expect(pass.shortCode.replace(/-/g, '')).toBe(row.short_code);
    expect(pass.qrSvg).toContain('<svg');

    // Another site's kiosk refuses the pass.
    const elsewhere = await scan({ token: await throughCamera(pass.token) }, lyonKiosk);
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.message).toBe('Cette invitation concerne un autre site : AdmZ Paris.');

    const arrived = await scan({ token: await throughCamera(pass.token) });
    expect(arrived.status).toBe(200);
    expect(arrived.body).toMatchObject({
      outcome: 'guest_checked_in',
      invitationId: id,
      person: { givenName: 'Margaux' },
      organisation: 'Société Exemple',
      invitedBy: 'Camille Martin',
    });
    const again = await scan({ shortCode: pass.shortCode });
    expect(again.status).toBe(200);
    expect(again.body.outcome).toBe('guest_already_checked_in');
    expect(again.body.checkedInAt).toBe(arrived.body.checkedInAt);

    const board = await call<TodayBoard>(t, `/api/sites/${paris.id}/today`, {
      cookie: cookies.hote,
    });
    expect(board.body.guests.find((guest) => guest.invitationId === id)).toMatchObject({
      givenName: 'Margaux',
      organisation: 'Société Exemple',
      invitedBy: 'Camille Martin',
      status: 'approved',
      checkedInAt: arrived.body.checkedInAt,
    });
    const evacuation = await call<EvacuationList>(t, `/api/sites/${paris.id}/evacuation`, {
      cookie: cookies.hote,
    });
    expect(evacuation.status).toBe(200);
    const guest = evacuation.body.guests.find((item) => item.invitationId === id);
    expect(guest).toMatchObject({ givenName: 'Margaux', invitedBy: 'Camille Martin' });
    const atDesks = evacuation.body.zones.reduce((sum, zone) => sum + zone.people.length, 0);
    expect(evacuation.body.count).toBe(atDesks + evacuation.body.guests.length);

    // Once in, the invitation can no longer be cancelled.
    const cancelled = await call<ErrorResponse>(t, `/api/guests/invitations/${id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent,
    });
    expect(cancelled.status).toBe(409);

    const [audit] = (
      await call<AuditEvent[]>(t, `/api/admin/audit?siteId=${paris.id}&kind=guest.approved`, {
        cookie: cookies.admin,
      })
    ).body;
    expect(audit?.actor?.name).toBe('Inès Lefèvre');
    expect(audit?.subject).not.toContain('Margaux');
  });

  test('a site approving every guest mails the link at once; no charter, the pass on the day only', async () => {
    const laterDay = nextWeekday(t.clock, lyon.timezone, 3);
    const invited = await invite({
      siteId: lyon.id,
      date: laterDay,
      email: 'paul.lyon@exemple.fr',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.status).toBe('approved');
    const secret = await secretMailedTo('paul.lyon@exemple.fr');
    const view = await page(secret);
    expect(view.body).toMatchObject({ charter: null, isApproved: true, pass: null });
    expect(view.body.passUnavailableReason).toMatch(/apparaîtra ici le/);
    const [row] = await t.dataSource.query(
      `SELECT short_code FROM guest_invitations WHERE id = $1`,
      [invited.body.id],
    );
    const tooEarly = await scan({ shortCode: row.short_code }, lyonKiosk);
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.message).toMatch(/^Trop tôt : cette invitation est pour le/);
  });

  test('a declined invitation: the reason is mailed to the inviter, audited, no pass at the door', async () => {
    const invited = await invite({ givenName: 'Refusé' });
    const declined = await decline(invited.body.id, 'Le site accueille un séminaire ce jour-là.');
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({
      status: 'declined',
      declineReason: 'Le site accueille un séminaire ce jour-là.',
    });
    const mail = await waitFor(async () =>
      (await outbox()).find((message) => message.subject.startsWith('Invitation refusée : Refusé')),
    );
    expect(mail.to).toContain('camille');
    expect(mail.text).toContain(
      "Raison donnée par l'équipe : Le site accueille un séminaire ce jour-là.",
    );
    expect((await decline(invited.body.id, 'Encore une fois.')).status).toBe(409);
    // « Mes données » of the inviter lists the people they invited.
    const myData = await call<MyData>(t, '/api/me/data', { cookie: cookies.agent });
    expect(myData.body.guestInvitations).toContainEqual(
      expect.objectContaining({
        guestName: invited.body.guest ? `Refusé ${invited.body.guest.usualName}` : null,
        organisation: 'Société Exemple',
        siteName: 'AdmZ Paris',
        status: 'declined',
      }),
    );
    const [row] = await t.dataSource.query(
      `SELECT short_code FROM guest_invitations WHERE id = $1`,
      [invited.body.id],
    );
    const atDoor = await scan({ shortCode: row.short_code });
    expect(atDoor.status).toBe(422);
    expect(atDoor.body.message).toBe('Cette invitation a été refusée par l’équipe du site.');
    const audit = await call<AuditEvent[]>(
      t,
      `/api/admin/audit?siteId=${paris.id}&kind=guest.declined`,
      { cookie: cookies.admin },
    );
    expect(audit.body).toHaveLength(1);
  });

  test('only the hosts of the site decide; a decline needs its reason', async () => {
    const invited = await invite();
    expect((await approve(invited.body.id, cookies.agent)).status).toBe(403);
    expect((await approve(invited.body.id, lyonHostCookie)).status).toBe(403);
    // Named through the Lyon host's own site: not an invitation of theirs.
    expect((await approve(invited.body.id, lyonHostCookie, lyon.id)).status).toBe(404);
    const noReason = await decline(invited.body.id, '');
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/raison/);
    const list = await call<ErrorResponse>(t, `/api/sites/${paris.id}/guests/invitations`, {
      cookie: lyonHostCookie,
    });
    expect(list.status).toBe(403);
    // Another agent cannot cancel it; its inviter can.
    const other = await openSessionForNewAgent(t, 'Autre');
    const byOther = await call(t, `/api/guests/invitations/${invited.body.id}/cancel`, {
      method: 'POST',
      cookie: other,
    });
    expect(byOther.status).toBe(404);
    const byInviter = await call<GuestInvitation>(
      t,
      `/api/guests/invitations/${invited.body.id}/cancel`,
      { method: 'POST', cookie: cookies.agent },
    );
    expect(byInviter.status).toBe(200);
    expect(byInviter.body.status).toBe('cancelled');
    expect((await approve(invited.body.id)).status).toBe(409);
  });

  test('a wrong or malformed link answers 404 with a sentence', async () => {
    const unknown = await page('A'.repeat(43));
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/^Cette invitation n’existe pas/);
    expect((await page('court')).status).toBe(404);
    const accept = await call(
      t,
      `/api/public/guest-invitations/${'B'.repeat(43)}/charter-acceptance`,
      {
        method: 'POST',
      },
    );
    expect(accept.status).toBe(404);
  });

  test('the input is checked: a bad SIRET, a duplicate guest, a past day', async () => {
    const badSiret = await invite({ siret: '11000535200008' });
    expect(badSiret.status).toBe(400);
    expect(badSiret.body.message).toContain(
      'Ce SIRET n’est pas valide : vérifiez les 14 chiffres.',
    );
    const shortSiret = await invite({ siret: '1234' });
    expect(shortSiret.status).toBe(400);
    expect(shortSiret.body.message).toContain('Le SIRET comporte 14 chiffres.');

    const agent = await openSessionForNewAgent(t, 'Doublon');
    const first = await invite({ email: 'double@exemple.fr' }, agent);
    expect(first.status).toBe(201);
    const twice = await invite({ email: 'DOUBLE@exemple.fr' }, agent);
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('Cette personne est déjà invitée sur ce site ce jour-là.');

    const past = await invite({ date: addDays(today, -1) }, agent);
    expect(past.status).toBe(422);
  });

  test('ten invitations at once by one agent for one day: exactly the cap is accepted', async () => {
    const agent = await openSessionForNewAgent(t, 'Pressée');
    const day = nextWeekday(t.clock, paris.timezone, 4);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => invite({ date: day }, agent)),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 409)).toHaveLength(5);
    const refused = answers.find((answer) => answer.status === 409);
    expect(refused?.body.message).toMatch(/^Vous avez déjà invité 5 personnes ce jour-là/);
  });
});

describe('the site’s rules for guests', () => {
  test('its hosts read and change them, audited; an empty charter is none; others may not', async () => {
    const read = await call<GuestSettings>(t, guestSettingsPath(paris.id), {
      cookie: cookies.hote,
    });
    expect(read.status).toBe(200);
    expect(read.body.needsApproval).toBe(true);
    expect(read.body.usageCharter).toContain('Charte d’utilisation d’AdmZ Paris');
    for (const cookie of [cookies.agent, lyonHostCookie]) {
      expect((await call(t, guestSettingsPath(paris.id), { cookie })).status).toBe(403);
      expect((await putGuestSettings(paris.id, cookie, read.body)).status).toBe(403);
    }

    const noCharter = await putGuestSettings(paris.id, cookies.hote, {
      needsApproval: true,
      usageCharter: '   ',
    });
    expect(noCharter.status).toBe(200);
    expect(noCharter.body).toEqual({ needsApproval: true, usageCharter: null });
    const tooLong = await putGuestSettings(paris.id, cookies.hote, {
      needsApproval: true,
      usageCharter: 'x'.repeat(5001),
    });
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(tooLong.body)).toContain('La charte fait au plus 5 000 caractères.');
    const [audit] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_events
       WHERE kind = 'guest-settings.updated' AND site_id = $1`,
      [paris.id],
    );
    expect(audit.count).toBe(1);

    const restored = await putGuestSettings(paris.id, cookies.hote, read.body);
    expect(restored.body).toEqual(read.body);
  });
});

describe('three months after the visit', () => {
  test('the retention job forgets who the guest was', async () => {
    const invited = await invite({ givenName: 'Oubliée', email: 'oubliee@exemple.fr' });
    expect((await approve(invited.body.id)).status).toBe(200);
    const secret = await secretMailedTo('oubliee@exemple.fr');
    expect((await page(secret)).status).toBe(200);

    // Three months and two days on: the daily job runs (sent now rather than at 03:15).
    t.clock.set(new Date(t.clock.now().getTime() + 94 * 24 * 60 * 60 * 1000));
    await t.app.get(JobsService).send(jobQueues.retentionPurge, {});
    const purged = await waitFor(async () => {
      const [row] = await t.dataSource.query(
        `SELECT * FROM guest_invitations WHERE id = $1 AND purged_at IS NOT NULL`,
        [invited.body.id],
      );
      return row as Record<string, unknown> | undefined;
    });
    expect(purged).toMatchObject({
      given_name: null,
      usual_name: null,
      email: null,
      organisation: null,
      siret: null,
      reason: null,
      invited_by_user_id: null,
      decided_by_user_id: null,
    });
    const identifying = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM guest_invitations
       WHERE purged_at IS NULL AND local_date < $1::date`,
      [addDays(today, 1)],
    );
    expect(identifying[0].count).toBe(0);
    // The rows still count the visits, anonymously.
    const kept = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM guest_invitations WHERE site_id = $1 AND local_date = $2`,
      [paris.id, today],
    );
    expect(kept[0].count).toBeGreaterThan(0);
    expect((await page(secret)).status).toBe(404);
  });
});
