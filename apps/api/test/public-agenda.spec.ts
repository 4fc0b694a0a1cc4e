import {
  publicEventsFeedPath,
  publicSiteEventsFeedPath,
  type ErrorResponse,
  type Event,
  type EventApproval,
  type PublicAgenda,
  type ProposeEventInput,
  type ZoneSummary,
} from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteToday } from '../src/common/site-time';
import {
  addDays,
  loadDemoSites,
  nextWeekday,
  sessionsFor,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import { call, startTestApp, type TestApp } from './test-app';

/**
 * The public agenda: what anyone reads without logging in — approved events open to everyone,
 * at active sites, not over — its iCalendar feeds, the embeddable page's framing, and events at
 * a tour stop (a temporary site) within its dates only.
 */
let t: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;
let parisZones: ZoneSummary[];
let tour: { id: string; startsOn: string; endsOn: string; zoneId: string };

beforeAll(async () => {
  t = await startTestApp();
  ({ paris } = await loadDemoSites(t));
  cookies = await sessionsFor(t);
  parisZones = (
    await call<ZoneSummary[]>(t, `/api/sites/${paris.id}/zones`, { cookie: cookies.admin })
  ).body;
  const [site] = (await t.dataSource.query(
    `SELECT s.id, s.starts_on::text AS "startsOn", s.ends_on::text AS "endsOn", z.id AS "zoneId"
     FROM sites s JOIN zones z ON z.site_id = s.id WHERE s.slug = 'admz-tournee-clermont-ferrand'`,
  )) as (typeof tour)[];
  if (!site) throw new Error('the demo has no tour stop');
  tour = site;
});
afterAll(async () => {
  await t?.close();
});

const zoneOfParis = (name: string): string => {
  const zone = parisZones.find((candidate) => candidate.zone === name);
  if (!zone) throw new Error(`no zone « ${name} »`);
  return zone.id;
};

const eventBody = (overrides: Partial<ProposeEventInput> = {}): ProposeEventInput => ({
  title: 'Conférence ouverte',
  description: 'Une conférence pour tout le monde.',
  type: 'talk',
  themes: ['numérique'],
  date: nextWeekday(t.clock, paris.timezone, 3),
  startTime: '14:00',
  endTime: '15:00',
  zoneId: zoneOfParis('Espace calme'),
  capacity: 30,
  visioUrl: 'https://webinaire.numerique.gouv.fr/secret-de-la-salle',
  audience: 'public',
  ...overrides,
});

/** A host creates it: approved at once. */
async function hosted(overrides: Partial<ProposeEventInput>, siteId = paris.id): Promise<Event> {
  const answer = await call<EventApproval & ErrorResponse>(
    t,
    `/api/sites/${siteId}/events/hosted`,
    { cookie: cookies.admin, body: { ...eventBody(overrides), confirm: true } },
  );
  if (answer.status !== 201) throw new Error(`not created: ${JSON.stringify(answer.body)}`);
  return answer.body.event;
}

/** Anonymous: no cookie at all. */
const agenda = (query = '') => call<PublicAgenda & ErrorResponse>(t, `/api/public/events${query}`);

/** iCalendar folds long lines (CRLF and a space): read them whole. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
const veventsOf = (ics: string) => ics.split('BEGIN:VEVENT').slice(1);
const uidsOf = (ics: string) =>
  [...ics.matchAll(/^UID:(.*)$/gm)].map((match) => (match[1] ?? '').trim());

describe('the public agenda, without logging in', () => {
  let open: Event;
  let agentsOnly: Event;
  let proposed: Event;
  let declined: Event;
  let cancelled: Event;

  beforeAll(async () => {
    open = await hosted({ title: 'Conférence ouverte à tous' });
    agentsOnly = await hosted({
      title: 'Réunion entre agents',
      audience: 'agents',
      startTime: '16:00',
      endTime: '17:00',
    });
    const propose = (title: string, startTime: string, endTime: string) =>
      call<Event>(t, `/api/sites/${paris.id}/events`, {
        cookie: cookies.agent,
        body: eventBody({ title, startTime, endTime, zoneId: zoneOfParis('Atelier') }),
      });
    proposed = (await propose('Proposition en attente', '10:00', '11:00')).body;
    declined = (await propose('Proposition refusée', '11:00', '12:00')).body;
    const refusal = await call(t, `/api/sites/${paris.id}/events/${declined.id}/decline`, {
      cookie: cookies.admin,
      body: { reason: 'La salle est prise.' },
    });
    expect(refusal.status).toBe(200);
    cancelled = await hosted({ title: 'Conférence annulée', startTime: '17:00', endTime: '18:00' });
    const cancellation = await call(
      t,
      `/api/sites/${paris.id}/events/${cancelled.id}/cancellation`,
      { cookie: cookies.admin, body: { reason: 'L’intervenante est malade.' } },
    );
    expect(cancellation.status).toBe(200);
  });

  test('only approved public events to come are listed, with the site, time, type and themes', async () => {
    const answer = await agenda();
    expect(answer.status).toBe(200);
    const ids = answer.body.events.map((event) => event.id);
    expect(ids).toContain(open.id);
    for (const hidden of [agentsOnly, proposed, declined, cancelled]) {
      expect(ids, hidden.title).not.toContain(hidden.id);
    }
    expect(answer.body.events.find((event) => event.id === open.id)).toEqual({
      id: open.id,
      siteId: paris.id,
      siteName: 'AdmZ Paris',
      siteKind: 'permanent',
      timezone: 'Europe/Paris',
      title: 'Conférence ouverte à tous',
      description: 'Une conférence pour tout le monde.',
      type: 'talk',
      themes: ['numérique'],
      date: open.date,
      startTime: '14:00',
      endTime: '15:00',
      startsAt: open.startsAt,
      endsAt: open.endsAt,
      hasVisio: true,
    });
    const starts = answer.body.events.map((event) => event.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(answer.headers.get('cache-control')).toBe('public, max-age=300');
  });

  test('no personal data and no visio link in the agenda or its feeds', async () => {
    const me = await call<{ givenName: string; usualName: string; email: string }>(t, '/api/me', {
      cookie: cookies.admin,
    });
    const bodies = [
      JSON.stringify((await agenda()).body),
      String((await call(t, publicEventsFeedPath)).body),
      String((await call(t, publicSiteEventsFeedPath(paris.id))).body),
    ];
    for (const body of bodies) {
      expect(body).toContain('Conférence ouverte à tous');
      expect(body).not.toContain('webinaire.numerique.gouv.fr');
      expect(body).not.toContain(me.body.email);
      expect(body).not.toContain(me.body.usualName);
      expect(body).not.toMatch(/proposedBy|visioUrl|registered|capacity/);
    }
  });

  test('one site only with siteId; an unknown or malformed site is refused in French', async () => {
    const parisOnly = await agenda(`?siteId=${paris.id}`);
    expect(parisOnly.status).toBe(200);
    expect(parisOnly.body.events.length).toBeGreaterThan(0);
    expect(parisOnly.body.events.every((event) => event.siteId === paris.id)).toBe(true);
    const unknown = await agenda('?siteId=00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain("Ce site n'existe pas");
    const malformed = await agenda('?siteId=paris');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('Identifiant de site invalide.');
  });

  test('the network feed and each site feed are iCalendar with stable UIDs and UTC times', async () => {
    const json = (await agenda()).body.events;
    const network = await call<string>(t, publicEventsFeedPath);
    expect(network.status).toBe(200);
    expect(network.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(network.headers.get('cache-control')).toBe('public, max-age=900');
    expect(network.body.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(network.body).toContain('METHOD:PUBLISH');
    // Every event of the agenda, and the cancelled one, struck out under the same UID.
    const feedEvents = veventsOf(network.body);
    expect(feedEvents).toHaveLength(json.length + 1);
    expect(new Set(uidsOf(network.body))).toEqual(
      new Set([...json, cancelled].map((event) => `evenement-${event.id}@admz.beta.gouv.fr`)),
    );
    const struckOut = unfold(feedEvents.find((vevent) => vevent.includes(cancelled.id)) ?? '');
    expect(struckOut).toContain('STATUS:CANCELLED');
    expect(struckOut).toContain('SEQUENCE:1');
    expect(struckOut).toContain('SUMMARY:Annulé : Conférence annulée');
    expect(struckOut).not.toContain("S'inscrire");
    expect(json.map((event) => event.id)).not.toContain(cancelled.id);
    // 14:00 in Paris in March (UTC+1) is 13:00Z.
    const openEvent = veventsOf(network.body).find((vevent) => vevent.includes(open.id)) ?? '';
    expect(openEvent).toContain(`DTSTART:${open.date.replaceAll('-', '')}T130000Z`);
    expect(openEvent).toContain(`DTEND:${open.date.replaceAll('-', '')}T140000Z`);
    expect(openEvent).toContain('STATUS:CONFIRMED');
    expect(openEvent).toContain('SEQUENCE:0');
    for (const hidden of [agentsOnly, proposed, declined]) {
      expect(network.body).not.toContain(hidden.id);
    }

    const parisFeed = await call<string>(t, publicSiteEventsFeedPath(paris.id));
    expect(parisFeed.status).toBe(200);
    const parisEvents = json.filter((event) => event.siteId === paris.id);
    expect(veventsOf(parisFeed.body)).toHaveLength(parisEvents.length + 1);
    expect(parisFeed.body).toContain(cancelled.id);
    expect(parisFeed.body).toContain(open.id);
    const tourFeed = await call<string>(t, publicSiteEventsFeedPath(tour.id));
    expect(tourFeed.status).toBe(200);
    expect(tourFeed.body).not.toContain(open.id);
    expect(uidsOf(tourFeed.body)).toEqual(
      json
        .filter((event) => event.siteId === tour.id)
        .map((event) => `evenement-${event.id}@admz.beta.gouv.fr`),
    );

    const unknown = await call<ErrorResponse>(
      t,
      publicSiteEventsFeedPath('00000000-0000-4000-8000-000000000000'),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain("Ce site n'existe pas");
    expect((await call(t, '/api/public/sites/paris/events.ics')).status).toBe(400);
  });

  test('an unchanged feed answers 304 to its ETag; a new event changes it', async () => {
    const first = await fetch(`${t.baseUrl}${publicEventsFeedPath}`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${t.baseUrl}${publicEventsFeedPath}`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(again.status).toBe(304);
    await hosted({ title: 'Nouvel atelier public', startTime: '09:00', endTime: '10:00' });
    const changed = await fetch(`${t.baseUrl}${publicEventsFeedPath}`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('Nouvel atelier public');
  });
});

describe('itinerant days: events at a temporary site', () => {
  test('the tour stop is listed with its dates and its public event', async () => {
    const answer = await agenda();
    const stop = answer.body.sites.find((site) => site.id === tour.id);
    expect(stop).toMatchObject({
      name: 'AdmZ Tournée Clermont-Ferrand',
      kind: 'temporary',
      startsOn: tour.startsOn,
      endsOn: tour.endsOn,
    });
    expect(stop?.address).toContain('Clermont-Ferrand');
    const atTheStop = answer.body.events.filter((event) => event.siteId === tour.id);
    expect(atTheStop.length).toBeGreaterThan(0);
    expect(atTheStop.every((event) => event.siteKind === 'temporary')).toBe(true);
    expect(
      atTheStop.every((event) => event.date >= tour.startsOn && event.date <= tour.endsOn),
    ).toBe(true);
  });

  test('an event is created at a tour stop within its dates, and refused outside them', async () => {
    const within = await call<EventApproval>(t, `/api/sites/${tour.id}/events/hosted`, {
      cookie: cookies.admin,
      body: {
        ...eventBody({ date: tour.endsOn, zoneId: tour.zoneId, title: 'Atelier de la tournée' }),
        confirm: true,
      },
    });
    expect(within.status).toBe(201);
    const listed = await agenda(`?siteId=${tour.id}`);
    expect(listed.body.events.map((event) => event.title)).toContain('Atelier de la tournée');

    for (const date of [addDays(tour.startsOn, -1), addDays(tour.endsOn, 1)]) {
      const outside = await call<ErrorResponse>(t, `/api/sites/${tour.id}/events`, {
        cookie: cookies.agent,
        body: eventBody({ date, zoneId: tour.zoneId }),
      });
      expect(outside.status).toBe(422);
      expect(outside.body.message).toMatch(
        /^AdmZ Tournée Clermont-Ferrand est un site itinérant : il n'accueille d'événement que du .+ au .+\. Choisissez un jour dans cette période\.$/,
      );
    }
  });
});

describe('framing', () => {
  const headersOf = async (path: string) =>
    (await fetch(`${t.baseUrl}${path}`, { redirect: 'manual' })).headers;
  const frameAncestorsOf = (headers: Headers) =>
    /frame-ancestors ([^;]+)/.exec(headers.get('content-security-policy') ?? '')?.[1];

  test('the embeddable agenda may be framed by any site', async () => {
    const embed = await headersOf('/agenda/integrer?site=x');
    expect(frameAncestorsOf(embed)).toBe('*');
    expect(embed.get('x-frame-options')).toBeNull();
  });

  test('every other page stays unframeable', async () => {
    for (const path of ['/agenda', '/agenda/integrer/autre', '/', '/api/public/events']) {
      const headers = await headersOf(path);
      expect(frameAncestorsOf(headers), path).toBe("'none'");
      expect(headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});

describe('an event that is over', () => {
  test('leaves the agenda and the feeds', async () => {
    const today = siteToday(paris.timezone, t.clock.now());
    const tomorrow = await hosted({
      title: 'Demain matin',
      date: addDays(today, 1),
      startTime: '08:00',
      endTime: '08:30',
      zoneId: zoneOfParis('Plateau ouvert'),
    });
    expect((await agenda()).body.events.map((event) => event.id)).toContain(tomorrow.id);
    t.clock.advance(2 * 24 * 3600 * 1000);
    expect((await agenda()).body.events.map((event) => event.id)).not.toContain(tomorrow.id);
    expect(String((await call(t, publicEventsFeedPath)).body)).not.toContain(tomorrow.id);
  });
});
