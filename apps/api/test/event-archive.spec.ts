import type {
  ArchiveSearchResult,
  AuditEvent,
  ErrorResponse,
  Event,
  EventApproval,
  EventArchive,
  ProposeEventInput,
  ReplaceEventArchiveInput,
  Site,
  ZoneSummary,
} from '@admz/shared';
import { siteToday } from '../src/common/site-time';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, loadDemoSites, sessionsFor, type DemoSessions, type DemoSite } from './fixtures';
import { call, startTestApp, type TestApp } from './test-app';

/**
 * The archive of past events: events are placed in the coming days through the API, then the
 * clock moves a month ahead so that they are over; their organisers attach what they produced
 * and every agent searches them in French.
 */
let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let parisZones: ZoneSummary[];
let lyonZones: ZoneSummary[];

/** Event ids by what they are in the story. */
const ids = {
  developers: '',
  accessibility: '',
  lyonLunch: '',
  cancelled: '',
  declined: '',
  proposedOnly: '',
  future: '',
  stillRunning: '',
};
/** The café events that fill more than a page, in date order. */
const cafeIds: string[] = [];

let today = '';
/** The demo's past events (seeded a few days before the start): the archive holds them too. */
let seededIds: string[] = [];

const zoneOf = (zones: ZoneSummary[], name: string) => {
  const zone = zones.find((candidate) => candidate.zone === name);
  if (!zone) throw new Error(`no zone « ${name} »`);
  return zone.id;
};

const proposal = (overrides: Partial<ProposeEventInput>): ProposeEventInput => ({
  title: 'Événement',
  description: 'Une rencontre entre agents.',
  type: 'talk',
  themes: [],
  date: addDays(today, 1),
  startTime: '10:00',
  endTime: '11:00',
  zoneId: zoneOf(parisZones, 'Atelier'),
  capacity: 30,
  visioUrl: null,
  audience: 'agents',
  ...overrides,
});

async function hosted(
  overrides: Partial<ProposeEventInput>,
  site: DemoSite = paris,
  cookie = cookies.hote,
) {
  const answer = await call<EventApproval & ErrorResponse>(
    t,
    `/api/sites/${site.id}/events/hosted`,
    { cookie, body: { ...proposal(overrides), confirm: true } },
  );
  if (answer.status !== 201) throw new Error(`not created: ${JSON.stringify(answer.body)}`);
  return answer.body.event.id;
}

async function proposed(overrides: Partial<ProposeEventInput>, cookie = cookies.agent) {
  const answer = await call<Event & ErrorResponse>(t, `/api/sites/${paris.id}/events`, {
    cookie,
    body: proposal(overrides),
  });
  if (answer.status !== 201) throw new Error(`not proposed: ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}

async function decide(eventId: string, action: 'approval' | 'decline' | 'cancellation') {
  const answer = await call(t, `/api/sites/${paris.id}/events/${eventId}/${action}`, {
    cookie: cookies.hote,
    body: action === 'approval' ? { confirm: true } : { reason: 'Salle indisponible ce jour-là.' },
  });
  if (answer.status !== 200) throw new Error(`${action} refused: ${JSON.stringify(answer.body)}`);
}

const writeArchive = (
  eventId: string,
  body: ReplaceEventArchiveInput | Record<string, unknown>,
  cookie = cookies.hote,
  site: DemoSite = paris,
) =>
  call<EventArchive & ErrorResponse>(t, `/api/sites/${site.id}/events/${eventId}/archive`, {
    method: 'PUT',
    cookie,
    body,
  });

const search = async (query: Record<string, string>, cookie = cookies.agent2) => {
  const answer = await call<ArchiveSearchResult & ErrorResponse>(
    t,
    `/api/events/archive?${new URLSearchParams(query).toString()}`,
    { cookie },
  );
  return answer;
};

/** Titles found among this file's events (the demo's past events left aside). */
const titlesFound = async (query: Record<string, string>) => {
  const answer = await search(query);
  expect(answer.status).toBe(200);
  return answer.body.items.filter((item) => !seededIds.includes(item.id)).map((item) => item.title);
};

beforeAll(async () => {
  t = await startTestApp();
  ({ paris, lyon } = await loadDemoSites(t));
  cookies = await sessionsFor(t);
  today = siteToday(paris.timezone, t.clock.now());
  parisZones = (
    await call<ZoneSummary[]>(t, `/api/sites/${paris.id}/zones`, { cookie: cookies.agent })
  ).body;
  lyonZones = (
    await call<ZoneSummary[]>(t, `/api/sites/${lyon.id}/zones`, { cookie: cookies.agent })
  ).body;
  seededIds = (await search({})).body.items.map((item) => item.id);
  // The demo's events to come would join the archive once the clock moves on: this file counts
  // its own events and the demo's past ones, so those are cancelled (cancelled events never show).
  const sites = (await call<Site[]>(t, '/api/admin/sites', { cookie: cookies.admin })).body;
  for (const site of sites) {
    const agenda = await call<Event[]>(t, `/api/sites/${site.id}/events`, {
      cookie: cookies.admin,
    });
    for (const event of agenda.body) {
      await call(t, `/api/sites/${site.id}/events/${event.id}/cancellation`, {
        cookie: cookies.admin,
        body: { reason: 'Hors du périmètre de ce test.' },
      });
    }
  }

  // Proposed by Camille (ministère du Travail), approved by the host.
  ids.developers = await proposed({
    title: 'Rencontre du développeur public',
    description: 'Chaque développeur présente un outil libre qu’il maintient.',
    type: 'workshop',
    themes: ['logiciel libre'],
    date: addDays(today, 2),
  });
  await decide(ids.developers, 'approval');
  // Created by the host (Direction interministérielle du numérique).
  ids.accessibility = await hosted({
    title: 'Journée de l’accessibilité',
    description: 'Évaluation des démarches en ligne selon le référentiel général.',
    type: 'thematic_day',
    themes: ['Accessibilité'],
    date: addDays(today, 3),
  });
  ids.lyonLunch = await hosted(
    {
      title: 'Déjeuner des communs à Lyon',
      description: 'Les communs numériques en région.',
      type: 'lunch',
      themes: ['communs'],
      date: addDays(today, 4),
      zoneId: zoneOf(lyonZones, 'Salle commune'),
    },
    lyon,
    cookies.admin,
  );
  ids.cancelled = await hosted({
    title: 'Développeur annulé',
    description: 'Un développeur devait venir.',
    date: addDays(today, 5),
  });
  await decide(ids.cancelled, 'cancellation');
  ids.declined = await proposed({
    title: 'Développeur refusé',
    description: 'Un développeur proposait ceci.',
    date: addDays(today, 6),
  });
  await decide(ids.declined, 'decline');
  ids.proposedOnly = await proposed({
    title: 'Développeur en attente',
    description: 'Un développeur attend une réponse.',
    date: addDays(today, 7),
  });
  ids.future = await hosted({
    title: 'Développeur à venir',
    description: 'Un développeur viendra plus tard.',
    date: addDays(today, 60),
  });
  // Twelve cafés, one a day: more than a page of ten.
  for (let day = 10; day < 22; day += 1) {
    cafeIds.push(
      await hosted({
        title: `Café numérique du jour ${day}`,
        description: 'On boit un café et on parle de numérique.',
        type: 'other',
        date: addDays(today, day),
        zoneId: zoneOf(parisZones, 'Plateau ouvert'),
      }),
    );
  }
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('before the event is over', () => {
  test('its archive is empty, not writable, and the write is refused with 409', async () => {
    const read = await call<EventArchive>(t, `/api/events/${ids.developers}/archive`, {
      cookie: cookies.hote,
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ isOver: false, canEdit: false, links: [], summary: '' });

    const refused = await writeArchive(ids.developers, { summary: 'Trop tôt.' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/pas encore terminé/);
  });

  test('the archive search lists no event to come, only the demo’s past ones', async () => {
    const { body } = await search({});
    expect(body.total).toBe(seededIds.length);
    expect(seededIds.length).toBeGreaterThan(0);
    for (const eventId of [ids.developers, ids.accessibility, ...cafeIds]) {
      expect(body.items.map((item) => item.id)).not.toContain(eventId);
    }
  });
});

describe('once the events are over', () => {
  beforeAll(async () => {
    // A month later: every event above is over, but the one placed two months ahead.
    t.clock.set(new Date(t.clock.now().getTime() + 30 * 24 * 3600_000));
    cookies = await sessionsFor(t);
    ids.stillRunning = await hosted({
      title: 'Développeur du soir',
      description: 'Un développeur, ce soir même.',
      date: siteToday(paris.timezone, t.clock.now()),
      startTime: '23:00',
      endTime: '23:59',
    });
  });

  test('a host attaches a summary, links and tags; every agent reads them', async () => {
    const written = await writeArchive(ids.developers, {
      summary: 'Nous avons comparé nos outils de déploiement et de supervision.',
      links: [
        {
          kind: 'slides',
          label: 'Diaporama sur l’interopérabilité',
          url: 'https://example.gouv.fr/diaporama.pdf',
        },
        { kind: 'repository', label: 'Code source', url: 'https://git.example.gouv.fr/outil' },
      ],
      themes: ['logiciel libre', 'Supervision'],
    });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ isOver: true, canEdit: true });
    expect(written.body.links.map((link) => link.label)).toEqual([
      'Diaporama sur l’interopérabilité',
      'Code source',
    ]);

    const read = await call<EventArchive>(t, `/api/events/${ids.developers}/archive`, {
      cookie: cookies.agent2,
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      isOver: true,
      canEdit: false,
      summary: 'Nous avons comparé nos outils de déploiement et de supervision.',
      themes: ['logiciel libre', 'Supervision'],
    });
    expect(read.body.links).toHaveLength(2);
    expect(read.body.updatedAt).not.toBeNull();

    // The tags are the event's themes: one list, shown on the event too.
    const event = await call<Event>(t, `/api/events/${ids.developers}`, { cookie: cookies.agent2 });
    expect(event.body.themes).toEqual(['logiciel libre', 'Supervision']);

    const audit = await call<AuditEvent[]>(t, '/api/admin/audit?kind=event.archive-updated', {
      cookie: cookies.admin,
    });
    expect(audit.body.map((entry) => entry.subject)).toContain('Rencontre du développeur public');
  });

  test('editing replaces the archive: a link removed is gone', async () => {
    const first = await writeArchive(ids.accessibility, {
      summary: 'Premier résumé.',
      links: [
        { kind: 'video', label: 'Vidéo', url: 'https://video.example.gouv.fr/1' },
        { kind: 'notes', label: 'Notes', url: 'http://notes.example.gouv.fr/1' },
      ],
      themes: ['Accessibilité'],
    });
    expect(first.status).toBe(200);
    const second = await writeArchive(ids.accessibility, {
      summary: 'Résumé corrigé.',
      links: [{ kind: 'notes', label: 'Notes', url: 'http://notes.example.gouv.fr/1' }],
      themes: ['Accessibilité'],
    });
    expect(second.status).toBe(200);
    const read = await call<EventArchive>(t, `/api/events/${ids.accessibility}/archive`, {
      cookie: cookies.agent,
    });
    expect(read.body.summary).toBe('Résumé corrigé.');
    expect(read.body.links).toEqual([
      { kind: 'notes', label: 'Notes', url: 'http://notes.example.gouv.fr/1' },
    ]);
  });

  test('who proposed the event writes its archive too, as its organiser', async () => {
    const read = await call<EventArchive>(t, `/api/events/${ids.developers}/archive`, {
      cookie: cookies.agent,
    });
    expect(read.body.canEdit).toBe(true);
    const { summary, links, themes } = read.body;
    const rewritten = await writeArchive(ids.developers, { summary, links, themes }, cookies.agent);
    expect(rewritten.status).toBe(200);
    expect(rewritten.body).toMatchObject({ summary, themes, canEdit: true });
  });

  test('an agent who neither hosts the site nor proposed the event cannot write its archive, nor a host of another site', async () => {
    const byAgent = await writeArchive(ids.developers, { summary: 'Effacé.' }, cookies.agent2);
    expect(byAgent.status).toBe(403);
    expect(byAgent.body.message).toMatch(/[a-zé]{3,}/);
    // The Paris host through the Lyon address: not a host there.
    const elsewhere = await writeArchive(ids.lyonLunch, { summary: 'Effacé.' }, cookies.hote, lyon);
    expect(elsewhere.status).toBe(403);
    // The Lyon event through the Paris address: no such event at Paris.
    const wrongSite = await writeArchive(ids.lyonLunch, { summary: 'Effacé.' });
    expect(wrongSite.status).toBe(404);
    const read = await call<EventArchive>(t, `/api/events/${ids.developers}/archive`, {
      cookie: cookies.agent2,
    });
    expect(read.body.summary).toMatch(/^Nous avons comparé/);
  });

  test('a cancelled, declined or proposed event has no archive to write (409)', async () => {
    for (const eventId of [ids.cancelled, ids.declined, ids.proposedOnly]) {
      const refused = await writeArchive(eventId, { summary: 'Compte rendu.' });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/Seul un événement validé/);
    }
    const read = await call(t, `/api/events/${ids.cancelled}/archive`, { cookie: cookies.agent });
    expect(read.status).toBe(404);
  });

  test('an event of tonight refuses its archive until it ends', async () => {
    const refused = await writeArchive(ids.stillRunning, { summary: 'Trop tôt.' });
    expect(refused.status).toBe(409);
  });

  test.each([
    ['a javascript: address', 'javascript:alert(1)'],
    ['a data: address', 'data:text/html,<script>alert(1)</script>'],
    ['an ftp address', 'ftp://example.gouv.fr/fichier'],
    ['words', 'pas une adresse'],
    ['an address without host', 'https://'],
  ])('%s is refused with a French sentence', async (_what, url) => {
    const refused = await writeArchive(ids.developers, {
      links: [{ kind: 'other', label: 'Lien', url }],
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toMatch(/adresse web complète en https/);
  });

  test('lengths, counts and kinds are checked, with French sentences', async () => {
    const link = (index: number) => ({
      kind: 'other',
      label: `Lien ${index}`,
      url: `https://example.gouv.fr/${index}`,
    });
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ summary: 'x'.repeat(5001) }, /résumé fait au plus 5/],
      [{ links: Array.from({ length: 21 }, (_, index) => link(index)) }, /Au plus 20 liens/],
      [{ links: [{ ...link(1), label: 'x'.repeat(121) }] }, /au plus 120 caractères/],
      [{ links: [{ ...link(1), label: '  ' }] }, /intitulé/],
      [{ links: [{ ...link(1), kind: 'photo' }] }, /type du lien/],
      [{ links: [link(1), link(1)] }, /deux fois/],
      [{ themes: Array.from({ length: 9 }, (_, index) => `thème ${index}`) }, /Au plus 8 thèmes/],
    ];
    for (const [body, sentence] of cases) {
      const refused = await writeArchive(ids.developers, body);
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toMatch(sentence);
    }
    const read = await call<EventArchive>(t, `/api/events/${ids.developers}/archive`, {
      cookie: cookies.agent,
    });
    expect(read.body.links).toHaveLength(2);
  });
});

describe('searching the archive', () => {
  test('« développeurs » finds « développeur », with or without accents, in any case', async () => {
    for (const q of ['développeurs', 'developpeurs', 'DÉVELOPPEUR']) {
      expect(await titlesFound({ q })).toEqual(['Rencontre du développeur public']);
    }
  });

  test('the summary, the tags and the link labels are searched', async () => {
    expect(await titlesFound({ q: 'déploiements' })).toEqual(['Rencontre du développeur public']);
    expect(await titlesFound({ q: 'supervisions' })).toEqual(['Rencontre du développeur public']);
    expect(await titlesFound({ q: 'interoperabilite' })).toEqual([
      'Rencontre du développeur public',
    ]);
    expect(await titlesFound({ q: 'évaluations' })).toEqual(['Journée de l’accessibilité']);
    expect(await titlesFound({ q: 'photographie' })).toEqual([]);
  });

  test('a result says where and when, and shows the passage found', async () => {
    const answer = await search({ q: 'déploiement' });
    const [found] = answer.body.items;
    expect(found).toMatchObject({
      id: ids.developers,
      siteName: 'AdmZ Paris',
      type: 'workshop',
      themes: ['logiciel libre', 'Supervision'],
      administration: 'Ministère du Travail et des Solidarités',
      hasMaterial: true,
    });
    expect(found?.snippet).toContain('\u0002déploiement\u0003');
  });

  test('the best match comes first: a word of the title weighs more than one of the description', async () => {
    const first = await search({ q: 'numériques' });
    expect(first.body.total).toBe(
      13 + (await search({ q: 'numériques', type: 'thematic_day' })).body.total,
    );
    expect(first.body.items.every((item) => item.title.startsWith('Café numérique'))).toBe(true);
    const second = await search({ q: 'numériques', page: '2' });
    const titles = second.body.items.map((item) => item.title);
    expect(titles.indexOf('Déjeuner des communs à Lyon')).toBeGreaterThan(
      titles.findLastIndex((title) => title.startsWith('Café numérique')),
    );
  });

  test('cancelled, declined, proposed and future events are not in the archive', async () => {
    expect(await titlesFound({ q: 'développeur' })).toEqual(['Rencontre du développeur public']);
    const everything: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      everything.push(...(await search({ page: String(page) })).body.items.map((item) => item.id));
    }
    expect(everything).toHaveLength(15 + seededIds.length);
    for (const absent of [
      ids.cancelled,
      ids.declined,
      ids.proposedOnly,
      ids.future,
      ids.stillRunning,
    ]) {
      expect(everything).not.toContain(absent);
    }
  });

  test('without words: newest first, ten a page, a past event without material included', async () => {
    const first = await search({});
    expect(first.body).toMatchObject({ total: 15 + seededIds.length, page: 1, pageSize: 10 });
    expect(first.body.items.slice(0, 3).map((item) => item.id)).toEqual(
      [...cafeIds].reverse().slice(0, 3),
    );
    const dates = first.body.items.map((item) => item.startsAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    const second = await search({ page: '2' });
    // The demo's past events are older than this file's: they close the list.
    expect(second.body.items.map((item) => item.id)).toEqual([
      cafeIds[1],
      cafeIds[0],
      ids.lyonLunch,
      ids.accessibility,
      ids.developers,
      ...seededIds,
    ]);
    const cafe = first.body.items.find((item) => item.id === cafeIds[0]);
    const plain = second.body.items.find((item) => item.id === cafeIds[0]);
    expect(cafe ?? plain).toMatchObject({ hasMaterial: false });
    expect((await search({ page: '3' })).body.items).toEqual([]);
  });

  test('filters: theme, site, type, administration, and the values they offer', async () => {
    expect(await titlesFound({ theme: 'supervision' })).toEqual([
      'Rencontre du développeur public',
    ]);
    expect(await titlesFound({ siteId: lyon.id })).toEqual(['Déjeuner des communs à Lyon']);
    expect(await titlesFound({ type: 'thematic_day' })).toEqual(['Journée de l’accessibilité']);
    expect(await titlesFound({ administration: '11000201100044' })).toEqual([
      'Rencontre du développeur public',
    ]);
    expect(await titlesFound({ siteId: lyon.id, q: 'développeurs' })).toEqual([]);
    // Empty filters, as the address keeps them, mean no filter.
    expect(
      (await search({ q: '', theme: '', siteId: '', type: '', administration: '' })).body.total,
    ).toBe(15 + seededIds.length);

    const { body } = await search({});
    expect(body.themes).toEqual(
      expect.arrayContaining(['communs', 'logiciel libre', 'Supervision']),
    );
    // One spelling per tag, whatever its case (« Accessibilité » here, « accessibilité » in the demo).
    const lowered = body.themes.map((theme) => theme.toLowerCase());
    expect(new Set(lowered).size).toBe(lowered.length);
    expect(lowered).toContain('accessibilité');
    expect(body.administrations).toEqual([
      { key: '13002526500013', label: 'Direction interministérielle du numérique' },
      { key: '11000201100044', label: 'Ministère du Travail et des Solidarités' },
    ]);
  });

  test('bad filters are refused with French sentences, never a 500', async () => {
    const badQueries: Record<string, string>[] = [
      { page: '0' },
      { page: 'deux' },
      { siteId: 'paris' },
      { type: 'concert' },
      { q: 'x'.repeat(201) },
    ];
    for (const query of badQueries) {
      const refused = await search(query);
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(/[a-zé]{3,}/);
    }
    // Search syntax is taken as words, whatever it holds.
    for (const q of ['"développeur', 'développeur OR -', '!!! & | :*', "l'", 'le la les']) {
      expect((await search({ q })).status).toBe(200);
    }
  });

  test('only a logged-in person searches', async () => {
    const anonymous = await call(t, '/api/events/archive');
    expect(anonymous.status).toBe(401);
  });
});
