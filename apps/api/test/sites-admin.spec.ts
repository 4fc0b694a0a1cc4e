import type { AuditEvent, ErrorResponse, HoursChangeConflict, Outbox, Site } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteLocalToInstant, siteToday } from '../src/common/site-time';
import { publicHolidayOn } from '../src/sites/public-holidays';
import {
  addDays,
  book,
  nextWeekday,
  startDemoApp,
  type DemoSessions,
  type DemoSite,
  listAllMyBookings,
} from './fixtures';
import { call, demoClaims, openSessionFor, openSessionForNewAgent, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;

beforeAll(async () => {
  ({ t, paris, cookies } = await startDemoApp());
});
afterAll(async () => {
  await t?.close();
});

type SiteAnswer = Site & ErrorResponse & Partial<HoursChangeConflict>;

const auditOf = async (query: string) =>
  (await call<AuditEvent[]>(t, `/api/admin/audit?${query}`, { cookie: cookies.admin })).body;

const agentSites = async (cookie = cookies.agent) =>
  (await call<Site[]>(t, '/api/sites', { cookie })).body.map((site) => site.name);

const adminSites = async () =>
  (await call<Site[]>(t, '/api/admin/sites', { cookie: cookies.admin })).body;

const createSite = (body: object, cookie = cookies.admin) =>
  call<SiteAnswer>(t, '/api/sites', { cookie, body });

const patchSite = (siteId: string, body: object, cookie = cookies.admin) =>
  call<SiteAnswer>(t, `/api/sites/${siteId}`, { method: 'PATCH', cookie, body });

const archive = (siteId: string, confirm = false) =>
  call<SiteAnswer>(t, `/api/sites/${siteId}/archive${confirm ? '?confirm=true' : ''}`, {
    method: 'POST',
    cookie: cookies.admin,
  });

const restore = (siteId: string) =>
  call<SiteAnswer>(t, `/api/sites/${siteId}/restore`, { method: 'POST', cookie: cookies.admin });

/** A site with one desk, open every day 09:00–18:00: bookable as soon as it exists. */
async function bookableSite(
  slug: string,
  extra: object = {},
): Promise<{ site: Site; deskId: string }> {
  const created = await createSite({
    name: `Site ${slug}`,
    slug,
    address: '1 rue du Test, Paris',
    ...extra,
  });
  expect(created.status).toBe(201);
  const site = created.body;
  const weekly = await call(t, `/api/sites/${site.id}/opening-hours/weekly`, {
    method: 'PUT',
    cookie: cookies.admin,
    body: {
      weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        opensAt: '09:00',
        closesAt: '18:00',
      })),
    },
  });
  expect(weekly.status).toBe(200);
  const desk = await call<{ id: string }>(t, `/api/sites/${site.id}/desks`, {
    cookie: cookies.admin,
    body: { label: 'T-01', zone: 'Salle' },
  });
  expect(desk.status).toBe(201);
  return { site, deskId: desk.body.id };
}

/** The first day from `from` on that is no public holiday of `region`, nor the next one. */
function openDayFrom(from: string, region: 'FR' | 'GF'): string {
  let day = from;
  while (publicHolidayOn(region, day) || publicHolidayOn(region, addDays(day, 1))) {
    day = addDays(day, 1);
  }
  return day;
}

async function waitForMail(cookie: string, to: string, subject: RegExp) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const outbox = await call<Outbox>(t, '/api/dev/outbox', { cookie });
    const mail = outbox.body.messages.find(
      (message) => message.to.includes(to) && subject.test(message.subject),
    );
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`waited 10 s for a mail « ${subject.source} »`);
}

// A 1×1 PNG, and the first bytes of a JPEG and of a WebP: what file-type recognises them by.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const jpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0'),
  Buffer.alloc(64),
]);
const webp = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x24, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(32),
]);

const putPhoto = (
  siteId: string,
  body: Buffer | string,
  contentType: string,
  cookie = cookies.admin,
) =>
  call<SiteAnswer>(t, `/api/sites/${siteId}/photo`, {
    method: 'PUT',
    cookie,
    body,
    headers: { 'content-type': contentType },
  });

describe('creating and editing sites', () => {
  test('an admin creates a temporary site with every field; it is in the audit log', async () => {
    const startsOn = addDays(siteToday('America/Cayenne', t.clock.now()), 90);
    const created = await createSite({
      name: 'AdmZ Tournée Cayenne',
      slug: 'admz-tournee-cayenne',
      address: 'Tiers-lieu La Canopée\n12 rue Lallouette, 97300 Cayenne',
      timezone: 'America/Cayenne',
      holidayRegion: 'GF',
      description: 'Une journée de l’AdmZ itinérant en Guyane.',
      accessInfo: 'Entrée par la cour, 1er étage, badge à l’accueil.',
      wifiInfo: 'Réseau « Canopee-Invites », mot de passe affiché à l’accueil.',
      kind: 'temporary',
      startsOn,
      endsOn: addDays(startsOn, 1),
      capacity: 12,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'AdmZ Tournée Cayenne',
      timezone: 'America/Cayenne',
      holidayRegion: 'GF',
      accessInfo: 'Entrée par la cour, 1er étage, badge à l’accueil.',
      wifiInfo: 'Réseau « Canopee-Invites », mot de passe affiché à l’accueil.',
      kind: 'temporary',
      startsOn,
      endsOn: addDays(startsOn, 1),
      capacity: 12,
      archivedAt: null,
      photo: null,
    });
    const [event] = await auditOf(`siteId=${created.body.id}&kind=site.created`);
    expect(event).toMatchObject({
      actor: { name: 'Paul Durand' },
      after: { kind: 'temporary', startsOn, capacity: 12 },
    });
    // Three months ahead: the admins see it, agents not yet.
    expect((await adminSites()).map((site) => site.id)).toContain(created.body.id);
    expect(await agentSites()).not.toContain('AdmZ Tournée Cayenne');
  });

  test('a timezone outside the IANA list, or dates that do not hold together, are refused and nothing is made', async () => {
    const countBefore = (await adminSites()).length;
    const base = { name: 'Site refusé', slug: 'site-refuse', address: 'Nulle part' };
    const cases: [object, string, string][] = [
      [
        { timezone: 'Mars/Olympus' },
        'timezone',
        'Fuseau horaire inconnu : choisissez-le dans la liste (exemple : Europe/Paris).',
      ],
      [
        { timezone: 'CET' },
        'timezone',
        'Fuseau horaire inconnu : choisissez-le dans la liste (exemple : Europe/Paris).',
      ],
      [
        { kind: 'temporary', startsOn: '2027-06-10' },
        'endsOn',
        'Un site temporaire indique son dernier jour.',
      ],
      [
        { kind: 'temporary', startsOn: '2027-06-10', endsOn: '2027-06-09' },
        'endsOn',
        'Le dernier jour du site temporaire ne peut pas précéder son premier jour.',
      ],
      [
        { kind: 'temporary', startsOn: '2027-02-30', endsOn: '2027-03-01' },
        'startsOn',
        "Cette date n'existe pas.",
      ],
      [
        { startsOn: '2027-06-10', endsOn: '2027-06-11' },
        'startsOn',
        "Un site permanent n'a pas de dates de début et de fin.",
      ],
      [
        { kind: 'temporary', startsOn: '2027-06-10', endsOn: '2027-06-10', capacity: 0 },
        'capacity',
        'Le nombre de places est au moins 1.',
      ],
    ];
    for (const [fields, path, message] of cases) {
      const refused = await createSite({ ...base, ...fields });
      expect(refused.status, JSON.stringify(fields)).toBe(400);
      expect(refused.body.issues).toContainEqual({ path, message });
    }
    expect((await adminSites()).length).toBe(countBefore);

    // An edit is checked on the site as it would become.
    const { site } = await bookableSite('site-dates-edit', {
      kind: 'temporary',
      startsOn: '2027-09-10',
      endsOn: '2027-09-12',
    });
    const backwards = await patchSite(site.id, { endsOn: '2027-09-01' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.message).toBe(
      'Le dernier jour du site temporaire ne peut pas précéder son premier jour.',
    );
    // Back to permanent: the dates go with it.
    const permanent = await patchSite(site.id, { kind: 'permanent' });
    expect(permanent.status).toBe(200);
    expect(permanent.body).toMatchObject({ kind: 'permanent', startsOn: null, endsOn: null });
  });

  test('an edit is written to the audit log with the fields it changed, before and after', async () => {
    const before = (await call<Site>(t, `/api/sites/${paris.id}`, { cookie: cookies.hote })).body;
    const edited = await patchSite(
      paris.id,
      {
        description: 'Plateau ouvert au 3e étage.',
        wifiInfo: 'Réseau AdmZ-Paris',
        name: before.name,
      },
      cookies.hote,
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      description: 'Plateau ouvert au 3e étage.',
      wifiInfo: 'Réseau AdmZ-Paris',
    });
    const [event] = await auditOf(`siteId=${paris.id}&kind=site.updated`);
    expect(event).toMatchObject({ actor: { name: 'Inès Lefèvre' }, subject: before.name });
    expect(event?.before).toEqual({ description: before.description, wifiInfo: before.wifiInfo });
    expect(event?.after).toEqual({
      description: 'Plateau ouvert au 3e étage.',
      wifiInfo: 'Réseau AdmZ-Paris',
    });
  });

  test('a change of timezone of a site with bookings still lists them until confirmed', async () => {
    const { site, deskId } = await bookableSite('site-fuseau');
    const day = openDayFrom(nextWeekday(t.clock, site.timezone, 3), 'FR');
    const agent = await openSessionForNewAgent(t, 'Fuseau');
    const booked = await book(t, agent, { siteId: site.id, deskId, date: day, slot: 'day' });
    expect(booked.status).toBe(201);

    const refused = await patchSite(site.id, { timezone: 'Pacific/Noumea' });
    expect(refused.status).toBe(409);
    expect(refused.body.affectedBookings?.map((booking) => booking.bookingId)).toEqual([
      booked.body.id,
    ]);
    expect((await call<Site>(t, `/api/sites/${site.id}`, { cookie: agent })).body.timezone).toBe(
      'Europe/Paris',
    );
    const confirmed = await patchSite(site.id, { timezone: 'Pacific/Noumea', confirm: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.timezone).toBe('Pacific/Noumea');
    const [event] = await auditOf(`siteId=${site.id}&kind=site.updated`);
    expect(event).toMatchObject({
      before: { timezone: 'Europe/Paris' },
      after: { timezone: 'Pacific/Noumea' },
    });
  });
});

describe('archiving and restoring', () => {
  test('archiving lists the bookings to come, then cancels them, tells their holders and hides the site', async () => {
    const { site, deskId } = await bookableSite('site-a-archiver');
    const day = openDayFrom(nextWeekday(t.clock, site.timezone, 4), 'FR');
    const holderClaims = {
      sub: 'test-archive-holder',
      given_name: 'Rose',
      usual_name: 'Archive',
      email: 'rose.archive@example.gouv.fr',
      roles: ['agent_public'],
    };
    const holder = await openSessionFor(t, holderClaims);
    const booked = await book(t, holder, { siteId: site.id, deskId, date: day, slot: 'morning' });
    expect(booked.status).toBe(201);
    expect(await agentSites(holder)).toContain(site.name);

    const listed = await archive(site.id);
    expect(listed.status).toBe(409);
    expect(listed.body.message).toBe(
      `Archiver ${site.name} annulerait 1 réservation à venir. Vérifiez la liste, puis confirmez pour les annuler et prévenir les personnes concernées.`,
    );
    expect(listed.body.affectedBookings).toEqual([
      expect.objectContaining({
        bookingId: booked.body.id,
        person: { givenName: 'Rose', usualName: 'Archive', email: 'rose.archive@example.gouv.fr' },
        desk: { label: 'T-01', zone: 'Salle' },
        date: day,
        localStart: '09:00',
      }),
    ]);
    // Nothing changed without confirmation.
    expect(await agentSites(holder)).toContain(site.name);

    const archived = await archive(site.id, true);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const mine = await listAllMyBookings(t, holder);
    expect(mine.find((booking) => booking.id === booked.body.id)?.status).toBe('cancelled');
    const mail = await waitForMail(
      holder,
      'rose.archive@example.gouv.fr',
      /^Réservation annulée \(site fermé\) : /,
    );
    expect(mail.text).toContain(
      `${site.name} ferme : le site a été retiré du réseau et n'accepte plus de réservation. ` +
        'Votre réservation y est annulée.',
    );
    expect(mail.text).toContain('poste T-01 (zone Salle)');
    expect(mail.text).toContain('Vous pouvez réserver dans un autre site du réseau');
    expect(mail.html).toContain('Réserver dans un autre site');
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual(['annulation.ics']);

    // Hidden from agents, still there for admins, refusing bookings, kept for history.
    expect(await agentSites(holder)).not.toContain(site.name);
    expect(await agentSites(cookies.admin)).not.toContain(site.name);
    const all = await adminSites();
    expect(all.find((candidate) => candidate.id === site.id)?.archivedAt).not.toBeNull();
    expect(all.at(-1)?.archivedAt).not.toBeNull();
    const refused = await book(t, holder, {
      siteId: site.id,
      deskId,
      date: day,
      slot: 'afternoon',
    });
    expect(refused.status).toBe(422);
    expect((refused.body as unknown as ErrorResponse).message).toBe(
      `${site.name} est archivé : il n'accepte plus de réservation.`,
    );
    expect((await call(t, `/api/sites/${site.id}`, { cookie: holder })).status).toBe(200);
    const again = await archive(site.id, true);
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Ce site est déjà archivé.');

    const [event] = await auditOf(`siteId=${site.id}&kind=site.archived`);
    expect(event).toMatchObject({
      actor: { name: 'Paul Durand' },
      subject: site.name,
      after: { cancelledBookings: 1 },
    });

    const restored = await restore(site.id);
    expect(restored.status).toBe(200);
    expect(restored.body.archivedAt).toBeNull();
    expect(await agentSites(holder)).toContain(site.name);
    const rebooked = await book(t, holder, {
      siteId: site.id,
      deskId,
      date: day,
      slot: 'afternoon',
    });
    expect(rebooked.status).toBe(201);
    expect((await auditOf(`siteId=${site.id}&kind=site.restored`)).length).toBe(1);
    const twice = await restore(site.id);
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe("Ce site n'est pas archivé.");
  });

  test('a site without bookings to come is archived at once; only admins archive', async () => {
    const { site } = await bookableSite('site-vide');
    const byHost = await call<ErrorResponse>(t, `/api/sites/${paris.id}/archive`, {
      method: 'POST',
      cookie: cookies.hote,
    });
    expect(byHost.status).toBe(403);
    expect(byHost.body.message).toBe('Cette action est réservée aux administrateurs.');
    const archived = await archive(site.id);
    expect(archived.status).toBe(200);
    const unknown = await archive('00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe("Ce site n'existe pas.");
    const badQuery = await call<ErrorResponse>(t, `/api/sites/${site.id}/archive?confirm=oui`, {
      method: 'POST',
      cookie: cookies.admin,
    });
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.issues?.[0]?.message).toBe('confirm vaut « true » ou « false ».');
  });
});

describe('a booking never lands on an archived site or a withdrawn desk', () => {
  /** Many people booking the site's one desk on as many days, all at the same instant as `close`. */
  async function raceBookingsAgainst(
    slug: string,
    close: (siteId: string, deskId: string) => Promise<{ status: number }>,
    refusals: (siteName: string) => string[],
  ) {
    const { site, deskId } = await bookableSite(slug);
    const today = siteToday(site.timezone, t.clock.now());
    const days = Array.from({ length: 10 }, (_, index) => addDays(today, index + 1)).filter(
      (day) => !publicHolidayOn('FR', day),
    );
    const people = await Promise.all(days.map(() => openSessionForNewAgent(t, 'Course')));
    // A first booking committed before: the closing must cancel it too.
    const [firstDay, ...otherDays] = days;
    const [firstPerson, ...otherPeople] = people;
    if (!firstDay || !firstPerson) throw new Error('days expected');
    const first = await book(t, firstPerson, {
      siteId: site.id,
      deskId,
      date: firstDay,
      slot: 'day',
    });
    expect(first.status).toBe(201);
    const [closed, ...bookings] = await Promise.all([
      close(site.id, deskId),
      ...otherDays.map((date, index) =>
        book(t, otherPeople[index] ?? '', { siteId: site.id, deskId, date, slot: 'day' }),
      ),
    ]);
    expect(closed.status).toBe(200);
    // Each booking either landed before (and was cancelled) or was refused in a sentence.
    for (const booking of bookings) {
      if (booking.status === 201) continue;
      expect([409, 422]).toContain(booking.status);
      expect(refusals(site.name)).toContain((booking.body as unknown as ErrorResponse).message);
    }
    const [left] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM bookings
       WHERE desk_id = $1 AND status = 'confirmed' AND ends_at > now()`,
      [deskId],
    );
    expect(left.count).toBe(0);
  }

  test('deactivating the desk while many book it leaves none of their bookings to come', async () => {
    await raceBookingsAgainst(
      'site-course-poste',
      (siteId, deskId) =>
        call(t, `/api/sites/${siteId}/desks/deactivation`, {
          cookie: cookies.admin,
          body: { deskIds: [deskId], confirm: true },
        }),
      () => [
        'Le poste T-01 n’est plus proposé à la réservation : choisissez-en un autre.',
        "Le poste T-01 n'est pas ouvert à la réservation.",
      ],
    );
  });

  test('archiving the site while many book it leaves none of their bookings to come', async () => {
    await raceBookingsAgainst(
      'site-course-archive',
      (siteId) => archive(siteId, true),
      (siteName) => [`${siteName} est archivé : il n'accepte plus de réservation.`],
    );
  });
});

describe('the site photo', () => {
  test('a host uploads a photo; agents get it with an ETag and 304 once they have it', async () => {
    const uploaded = await putPhoto(paris.id, png, 'image/png', cookies.hote);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.photo).toMatchObject({ contentType: 'image/png', sizeBytes: png.length });
    const url = uploaded.body.photo?.url ?? '';
    expect(url).toMatch(new RegExp(`^/api/sites/${paris.id}/photo\\?v=[0-9a-f]{16}$`));

    const served = await fetch(`${t.baseUrl}${url}`, { headers: { cookie: cookies.agent } });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    const etag = served.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await fetch(`${t.baseUrl}${url}`, {
      headers: { cookie: cookies.agent, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    // The agents' list carries it too.
    const listed = (await call<Site[]>(t, '/api/sites', { cookie: cookies.agent })).body;
    expect(listed.find((site) => site.id === paris.id)?.photo?.url).toBe(url);

    // A JPEG or a WebP replaces it; the type is read from the bytes.
    const asJpeg = await putPhoto(paris.id, jpeg, 'image/jpeg');
    expect(asJpeg.body.photo?.contentType).toBe('image/jpeg');
    const asWebp = await putPhoto(paris.id, webp, 'image/webp');
    expect(asWebp.body.photo?.contentType).toBe('image/webp');
    expect(asWebp.body.photo?.url).not.toBe(url);
    const changed = await fetch(`${t.baseUrl}${url}`, {
      headers: { cookie: cookies.agent, 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);

    const events = await auditOf(`siteId=${paris.id}&kind=site.photo-changed`);
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({
      before: { contentType: 'image/jpeg' },
      after: { contentType: 'image/webp' },
    });
  });

  test('a wrong type, bytes that are no image, a file too big or an agent are refused in French', async () => {
    const wrongType = await putPhoto(paris.id, 'bonjour', 'text/plain');
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.message).toBe(
      'La photo doit être une image JPEG, PNG ou WebP (Content-Type image/jpeg, image/png ou image/webp).',
    );
    const gif = await putPhoto(
      paris.id,
      Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'),
      'image/png',
    );
    expect(gif.status).toBe(422);
    expect(gif.body.message).toBe(
      "Ce fichier n'est pas une image JPEG, PNG ou WebP : enregistrez la photo dans l'un de ces formats puis réessayez.",
    );
    const text = await putPhoto(paris.id, Buffer.from('<script>alert(1)</script>'), 'image/jpeg');
    expect(text.status).toBe(422);
    const tooBig = await putPhoto(
      paris.id,
      Buffer.concat([jpeg, Buffer.alloc(2 * 1024 * 1024)]),
      'image/jpeg',
    );
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.message).toBe(
      'La photo dépasse 2 Mo : réduisez ou compressez l’image puis réessayez.',
    );
    const byAgent = await putPhoto(paris.id, png, 'image/png', cookies.agent);
    expect(byAgent.status).toBe(403);
  });

  test('removing the photo: 404 afterwards, and for a site without one', async () => {
    const { site } = await bookableSite('site-photo');
    expect((await putPhoto(site.id, png, 'image/png')).status).toBe(200);
    const removed = await call<SiteAnswer>(t, `/api/sites/${site.id}/photo`, {
      method: 'DELETE',
      cookie: cookies.admin,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.photo).toBeNull();
    const gone = await call<ErrorResponse>(t, `/api/sites/${site.id}/photo`, {
      cookie: cookies.agent,
    });
    expect(gone.status).toBe(404);
    expect(gone.body.message).toBe("Ce site n'a pas de photo.");
    const twice = await call(t, `/api/sites/${site.id}/photo`, {
      method: 'DELETE',
      cookie: cookies.admin,
    });
    expect(twice.status).toBe(404);
    const [event] = await auditOf(`siteId=${site.id}&kind=site.photo-changed`);
    expect(event).toMatchObject({ before: { contentType: 'image/png' }, after: null });
  });
});

describe('the audit log is written in the change’s transaction', () => {
  test('when the audit row cannot be written, the site stays as it was', async () => {
    const { site } = await bookableSite('site-audit-atomique');
    await t.dataSource.query(
      `CREATE FUNCTION refuse_site_audit() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit storage unavailable' USING ERRCODE = '53100'; END $$`,
    );
    await t.dataSource.query(
      `CREATE TRIGGER refuse_site_audit BEFORE INSERT ON audit_events
       FOR EACH ROW EXECUTE FUNCTION refuse_site_audit()`,
    );
    try {
      expect(
        (await patchSite(site.id, { description: 'Jamais écrit' })).status,
      ).toBeGreaterThanOrEqual(500);
      expect(
        (await patchSite(site.id, { timezone: 'Europe/Brussels' })).status,
      ).toBeGreaterThanOrEqual(500);
      expect((await archive(site.id)).status).toBeGreaterThanOrEqual(500);
      expect((await putPhoto(site.id, png, 'image/png')).status).toBeGreaterThanOrEqual(500);
    } finally {
      await t.dataSource.query(`DROP TRIGGER refuse_site_audit ON audit_events`);
      await t.dataSource.query(`DROP FUNCTION refuse_site_audit()`);
    }
    const after = (await call<Site>(t, `/api/sites/${site.id}`, { cookie: cookies.admin })).body;
    expect(after).toMatchObject({
      description: '',
      timezone: 'Europe/Paris',
      archivedAt: null,
      photo: null,
    });
  });
});

describe('a temporary site', () => {
  test('is listed to agents from 30 days before its first day through its last, site calendar, and refuses bookings outside its dates', async () => {
    const timezone = 'America/Cayenne';
    const startsOn = openDayFrom(addDays(siteToday(timezone, t.clock.now()), 45), 'GF');
    const endsOn = addDays(startsOn, 1);
    const { site, deskId } = await bookableSite('tournee-kourou', {
      name: 'AdmZ Tournée Kourou',
      timezone,
      holidayRegion: 'GF',
      kind: 'temporary',
      startsOn,
      endsOn,
      capacity: 8,
    });
    const start = t.clock.now();
    const at = (date: string, time: string) => siteLocalToInstant(date, time, timezone);
    /** What a newly logged-in agent sees at that site-local instant (sessions last 14 days). */
    const listedAt = async (instant: Date) => {
      t.clock.set(instant);
      const agent = await openSessionForNewAgent(t, 'Tournée');
      return (await agentSites(agent)).includes(site.name);
    };
    try {
      const noticeDay = addDays(startsOn, -30);
      expect(await listedAt(new Date(at(noticeDay, '00:00').getTime() - 60_000))).toBe(false);
      expect(await listedAt(at(noticeDay, '00:00'))).toBe(true);
      expect(await listedAt(at(endsOn, '23:59'))).toBe(true);
      expect(await listedAt(at(addDays(endsOn, 1), '00:00'))).toBe(false);
      // Its host sees it all along, to prepare it.
      t.clock.set(new Date(at(noticeDay, '00:00').getTime() - 60_000));
      const host = await openSessionFor(t, demoClaims('agent2'));
      await call(t, `/api/sites/${site.id}/hosts`, {
        cookie: await openSessionFor(t, demoClaims('admin')),
        body: { email: demoClaims('agent2').email },
      });
      expect(await agentSites(host)).toContain(site.name);

      // Five days before: the days outside its dates are refused, its first day is not.
      t.clock.set(at(addDays(startsOn, -5), '10:00'));
      const agent = await openSessionForNewAgent(t, 'Tournée');
      const before = await book(t, agent, {
        siteId: site.id,
        deskId,
        date: addDays(startsOn, -1),
        slot: 'day',
      });
      expect(before.status).toBe(422);
      expect((before.body as unknown as ErrorResponse).message).toMatch(
        /^AdmZ Tournée Kourou n'accueille des agents que du .+ au .+ : choisissez un jour dans cette période\.$/,
      );
      const after = await book(t, agent, {
        siteId: site.id,
        deskId,
        date: addDays(endsOn, 1),
        slot: 'day',
      });
      expect(after.status).toBe(422);
      const during = await book(t, agent, { siteId: site.id, deskId, date: startsOn, slot: 'day' });
      expect(during.status).toBe(201);

      // Shortening its dates to leave that booking out lists it, like a change of hours.
      const admin = await openSessionFor(t, demoClaims('admin'));
      const shortened = await patchSite(site.id, { startsOn: endsOn }, admin);
      expect(shortened.status).toBe(409);
      expect(shortened.body.affectedBookings?.map((booking) => booking.bookingId)).toEqual([
        during.body.id,
      ]);
    } finally {
      t.clock.set(start);
    }
  });
});
