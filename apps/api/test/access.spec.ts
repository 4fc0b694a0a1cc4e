import type { ErrorResponse, Site } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiRoutes } from '../src/openapi/openapi';
import {
  createKiosk,
  nextWeekday,
  type DemoSite,
  startDemoApp,
  type DemoSessions,
  listAllMyBookings,
} from './fixtures';
import { call, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
const someId = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
});
afterAll(async () => {
  await t?.close();
});

const concretePath = (path: string, siteId: string) =>
  path
    .replace('{siteId}', siteId)
    .replace(/\{\w+Id\}/g, someId)
    .replace('{date}', '2030-01-07');

describe('authorisation', () => {
  test('anonymous callers get 401 on every route that is not public', async () => {
    const closed = apiRoutes.filter((route) => route.security !== 'none');
    expect(closed.length).toBeGreaterThan(20);
    for (const route of closed) {
      const response = await call<ErrorResponse>(t, concretePath(route.path, paris.id), {
        method: route.method.toUpperCase(),
        body: route.body ? {} : undefined,
      });
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect(response.body.message).toMatch(route.security === 'kiosk' ? /Borne/ : /connecter/);
    }
  });

  test('an agent gets 403 on host endpoints', async () => {
    const hostOnly: [string, string, unknown?][] = [
      ['PATCH', `/api/sites/${paris.id}`, { name: 'Renamed' }],
      ['POST', `/api/sites/${paris.id}/desks`, { label: 'Z-99', zone: 'Z' }],
      ['PUT', `/api/sites/${paris.id}/opening-hours/weekly`, { weekly: [] }],
      ['GET', `/api/sites/${paris.id}/presence`],
      ['GET', `/api/sites/${paris.id}/kiosks`],
      ['POST', `/api/sites/${paris.id}/kiosks`, { name: 'Borne pirate' }],
      ['POST', '/api/sites', { name: 'Site pirate', slug: 'pirate', address: 'Nulle part' }],
    ];
    for (const [method, path, body] of hostOnly) {
      const response = await call<ErrorResponse>(t, path, { method, body, cookie: cookies.agent });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(response.body.message).toMatch(/gestionnaire|administrateurs/);
    }
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM kiosks WHERE name = 'Borne pirate'`,
    );
    expect(count).toBe(0);
  });

  test('the host of Paris manages Paris, and gets 403 on Lyon', async () => {
    const own = await call(t, `/api/sites/${paris.id}/desks`, {
      cookie: cookies.hote,
      body: { label: 'D-01', zone: 'Salle de réunion', attributes: ['screen'] },
    });
    expect(own.status).toBe(201);
    const presence = await call(t, `/api/sites/${paris.id}/presence`, { cookie: cookies.hote });
    expect(presence.status).toBe(200);
    for (const [method, path, body] of [
      ['PATCH', `/api/sites/${lyon.id}`, { name: 'Lyon renommé' }],
      ['POST', `/api/sites/${lyon.id}/desks`, { label: 'X-01', zone: 'X' }],
      ['PATCH', `/api/sites/${lyon.id}/desks/${lyon.deskId(0)}`, { isActive: false }],
      ['GET', `/api/sites/${lyon.id}/presence`, undefined],
      ['PUT', `/api/sites/${lyon.id}/opening-hours/exceptions/2030-01-07`, { isClosed: true }],
    ] as const) {
      const response = await call(t, path, { method, body, cookie: cookies.hote });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    const site = await call<Site>(t, `/api/sites/${lyon.id}`, { cookie: cookies.hote });
    expect(site.body.name).toBe('AdmZ Lyon');
  });

  test("a host cannot reach another site's desk through their own site id", async () => {
    const response = await call(t, `/api/sites/${paris.id}/desks/${lyon.deskId(0)}`, {
      method: 'PATCH',
      cookie: cookies.hote,
      body: { isActive: false },
    });
    expect(response.status).toBe(404);
  });

  test('an admin creates a site; a duplicate slug is a 409 with a sentence', async () => {
    const body = {
      name: 'AdmZ Cayenne',
      slug: 'admz-cayenne',
      address: 'Cayenne, Guyane',
      timezone: 'America/Cayenne',
    };
    const created = await call<Site>(t, '/api/sites', { cookie: cookies.admin, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ timezone: 'America/Cayenne', slug: 'admz-cayenne' });
    const duplicate = await call<ErrorResponse>(t, '/api/sites', { cookie: cookies.admin, body });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.message).toBe('Un site utilise déjà cet identifiant court.');
    const badZone = await call<ErrorResponse>(t, '/api/sites', {
      cookie: cookies.admin,
      body: { ...body, slug: 'x-y', timezone: 'Mars/Olympus' },
    });
    expect(badZone.status).toBe(400);
    expect(badZone.body.issues?.[0]).toMatchObject({ path: 'timezone' });
  });

  test('a cross-site form post is refused even with a valid session', async () => {
    const response = await call<ErrorResponse>(t, '/api/bookings', {
      cookie: cookies.agent,
      headers: { origin: 'https://evil.example' },
      body: {
        siteId: paris.id,
        deskId: paris.deskId(0),
        date: nextWeekday(t.clock, paris.timezone, 1),
        slot: 'day',
      },
    });
    expect(response.status).toBe(403);
  });
});

describe('cross-site requests (CSRF)', () => {
  const bookingBody = () => ({
    siteId: paris.id,
    deskId: paris.deskId(7),
    date: nextWeekday(t.clock, paris.timezone, 4),
    slot: 'morning',
  });
  const myBookingCount = async () => (await listAllMyBookings(t, cookies.agent2)).length;

  test('a state change without any origin, or from another site, is refused and changes nothing', async () => {
    const before = await myBookingCount();
    for (const headers of <Record<string, string>[]>[
      {},
      { origin: 'null' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site', origin: 'https://autre.admz.example' },
    ]) {
      const response = await fetch(`${t.baseUrl}/api/bookings`, {
        method: 'POST',
        headers: { cookie: cookies.agent2, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(bookingBody()),
      });
      expect(response.status).toBe(403);
      expect(((await response.json()) as ErrorResponse).message).toMatch(/ne vient pas d’une page/);
    }
    expect(await myBookingCount()).toBe(before);
  });

  test('a form-encoded body is never read as a booking: 415, nothing booked', async () => {
    const before = await myBookingCount();
    const form = new URLSearchParams(bookingBody()).toString();
    for (const contentType of [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await call<ErrorResponse>(t, '/api/bookings', {
        cookie: cookies.agent2,
        headers: { 'content-type': contentType },
        body: form,
      });
      expect(response.status).toBe(415);
      expect(response.body.message).toMatch(/JSON/);
    }
    expect(await myBookingCount()).toBe(before);
  });

  test('a same-origin request passes on Sec-Fetch-Site alone, and a kiosk on its credential', async () => {
    const response = await fetch(`${t.baseUrl}/api/bookings`, {
      method: 'POST',
      headers: {
        cookie: cookies.agent2,
        'content-type': 'application/json',
        'sec-fetch-site': 'same-origin',
      },
      body: JSON.stringify(bookingBody()),
    });
    expect(response.status).toBe(201);
    const { credential } = await createKiosk(t, cookies.hote, paris.id, 'Borne CSRF');
    const scan = await fetch(`${t.baseUrl}/api/kiosk/check-ins`, {
      method: 'POST',
      headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/json' },
      body: JSON.stringify({ shortCode: 'ZZZZZZZZ' }),
    });
    expect([404, 422]).toContain(scan.status);
  });
});

describe('API description', () => {
  test('the OpenAPI document lists every route the server answers', async () => {
    const document = await call<{ paths: Record<string, Record<string, unknown>> }>(
      t,
      '/api/docs/openapi.json',
    );
    expect(document.status).toBe(200);
    const documented = new Set(
      Object.entries(document.body.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    type Layer = { route?: { path: string; methods: Record<string, boolean> } };
    const router = (t.app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } }).router;
    const served = router.stack
      .filter(
        (layer) =>
          layer.route?.path.startsWith('/api/') && !layer.route.path.startsWith('/api/docs'),
      )
      .flatMap((layer) =>
        Object.keys(layer.route!.methods).map(
          (method) => `${method.toUpperCase()} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`,
        ),
      );
    expect(served.length).toBeGreaterThan(20);
    for (const route of served) expect(documented, route).toContain(route);
    const html = await fetch(`${t.baseUrl}/api/docs`);
    expect(await html.text()).toContain('swagger');
  });
});
