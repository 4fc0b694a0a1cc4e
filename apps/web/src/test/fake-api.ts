import type { Availability, Booking, Site, SiteRules } from '@admz/shared';
import { defaultSiteRules } from '@admz/shared';

// A small fake of the AdmZ API at the fetch boundary, for component tests only: it answers the
// routes a test declares and records every request, so a test can assert what a person caused.

export type RecordedRequest = { method: string; path: string; body: unknown };
type Answer = { status: number; body: unknown } | Promise<{ status: number; body: unknown }>;
type Handler = (request: RecordedRequest, url: URL) => Answer;

export function createFakeApi() {
  const routes: { method: string; pattern: RegExp; handler: Handler }[] = [];
  const requests: RecordedRequest[] = [];
  const unanswered: string[] = [];

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const method = init.method ?? 'GET';
    const request: RecordedRequest = {
      method,
      path: url.pathname + url.search,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : null,
    };
    requests.push(request);
    const route = routes.find(
      (candidate) => candidate.method === method && candidate.pattern.test(url.pathname),
    );
    if (!route) {
      unanswered.push(`${method} ${request.path}`);
      return json(404, { statusCode: 404, error: 'Not Found', message: 'Route inconnue.' });
    }
    const { status, body } = await route.handler(request, url);
    return json(status, body);
  };

  return {
    fetch,
    requests,
    /** Requests no route answered: a test ends with none. */
    unanswered,
    on(method: string, pattern: RegExp, handler: Handler) {
      routes.unshift({ method, pattern, handler });
      return this;
    },
  };
}

function json(status: number, body: unknown): Response {
  return new Response(body === undefined ? '' : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export const apiError = (status: number, message: string) => ({
  status,
  body: { statusCode: status, error: 'Error', message },
});

export const parisSite: Site = {
  id: '2f8b1c3e-4d5a-4b6c-8d7e-9f0a1b2c3d4e',
  name: 'AdmZ Paris',
  slug: 'paris',
  address: '20 avenue de Ségur, 75007 Paris',
  timezone: 'Europe/Paris',
  description: '',
  accessInfo: '',
  wifiInfo: '',
  holidayRegion: 'FR',
  extendedClosesAt: null,
  kioskMessage: '',
  kind: 'permanent',
  startsOn: null,
  endsOn: null,
  capacity: null,
  archivedAt: null,
  photo: null,
};

export const deskIds = {
  a1: '0a1b2c3d-0000-4000-8000-000000000001',
  a2: '0a1b2c3d-0000-4000-8000-000000000002',
  b7: '0a1b2c3d-0000-4000-8000-000000000007',
};

/** A Paris weekday, 09:00–19:00 (UTC+1 in March), two zones, A-02 taken in the morning. */
export function openDay(date: string, siteId = parisSite.id): Availability {
  const at = (time: string) => `${date}T${time}:00+01:00`;
  const slot = (slot: 'morning' | 'afternoon' | 'day', start: string, end: string) => ({
    slot,
    startsAt: at(start),
    endsAt: at(end),
    localStart: start,
    localEnd: end,
    isPast: false,
  });
  return {
    siteId,
    date,
    timezone: 'Europe/Paris',
    isOpen: true,
    closedReason: null,
    heldZones: [],
    slots: [
      slot('morning', '09:00', '13:00'),
      slot('afternoon', '13:00', '19:00'),
      slot('day', '09:00', '19:00'),
    ],
    desks: [
      {
        id: deskIds.a1,
        label: 'A-01',
        zone: 'Open space',
        attributes: ['screen'],
        planPosition: null,
        states: { morning: 'free', afternoon: 'free', day: 'free' },
      },
      {
        id: deskIds.a2,
        label: 'A-02',
        zone: 'Open space',
        attributes: [],
        planPosition: null,
        states: { morning: 'taken', afternoon: 'free', day: 'unavailable' },
      },
      {
        id: deskIds.b7,
        label: 'B-07',
        zone: 'Atelier',
        attributes: ['quiet'],
        planPosition: null,
        states: { morning: 'free', afternoon: 'free', day: 'free' },
      },
    ],
  };
}

export function rulesWith(overrides: Partial<SiteRules> = {}): SiteRules {
  return { ...defaultSiteRules, ...overrides };
}

/** The booking the API answers for a request, at the site's times (UTC+1 in March). */
export function bookingFor(input: {
  deskId: string;
  date: string;
  slot: Booking['slot'];
  startTime?: string;
  endTime?: string;
}): Booking {
  const desk = openDay(input.date).desks.find((candidate) => candidate.id === input.deskId);
  const times = {
    morning: ['09:00', '13:00'],
    afternoon: ['13:00', '19:00'],
    day: ['09:00', '19:00'],
    hour: [input.startTime ?? '', input.endTime ?? ''],
  }[input.slot];
  return {
    id: '7c6b5a49-3828-4716-9504-a3b2c1d0e9f8',
    status: 'confirmed',
    slot: input.slot,
    date: input.date,
    startsAt: `${input.date}T${times[0]}:00+01:00`,
    endsAt: `${input.date}T${times[1]}:00+01:00`,
    createdAt: '2027-03-10T08:00:00Z',
    cancelledAt: null,
    checkedInAt: null,
    checkedOutAt: null,
    releasedAt: null,
    site: { id: parisSite.id, name: parisSite.name, timezone: parisSite.timezone },
    desk: { id: input.deskId, label: desk?.label ?? '?', zone: desk?.zone ?? '?' },
    seriesId: null,
  };
}
