import type {
  Availability,
  Desk,
  ErrorResponse,
  UploadedZonePlan,
  ZoneSummary,
} from '@admz/shared';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  availability,
  nextWeekday,
  type DemoSite,
  startDemoApp,
  type DemoSessions,
} from './fixtures';
import { call, demoClaims, openSessionFor, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;

const plateau = encodeURIComponent('Plateau ouvert');
const calme = encodeURIComponent('Espace calme');

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
});
afterAll(async () => {
  await t?.close();
});

const planPath = (siteId: string, encodedZone: string) =>
  `/api/sites/${siteId}/zones/${encodedZone}/plan`;

/** A raw upload, the way the web page sends the file: the bytes as the body. */
async function upload<T = UploadedZonePlan>(
  path: string,
  body: Buffer | string,
  contentType: string,
  cookie: string,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${t.baseUrl}${path}`, {
    method: 'PUT',
    headers: { 'content-type': contentType, cookie, origin: t.baseUrl },
    body,
  });
  return { status: response.status, body: (await response.json()) as T };
}

const simpleSvg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400" viewBox="0 0 800 400">
  <title>Plateau ouvert</title>
  <rect x="10" y="10" width="780" height="380" fill="none" stroke="#000"/>
  <text x="400" y="200">Fenêtres &amp; baies</text>
</svg>`;

function makePng(width: number, height: number): Buffer {
  return PNG.sync.write(new PNG({ width, height }));
}

describe('zone plans', () => {
  test('a host uploads an SVG plan; agents list the zones and get the image with safe headers', async () => {
    const uploaded = await upload(
      planPath(paris.id, plateau),
      simpleSvg,
      'image/svg+xml',
      cookies.hote,
    );
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({
      zone: 'Plateau ouvert',
      deskCount: 20,
      removedContent: [],
      plan: { contentType: 'image/svg+xml', width: 800, height: 400 },
    });

    const zones = await call<ZoneSummary[]>(t, `/api/sites/${paris.id}/zones`, {
      cookie: cookies.agent,
    });
    expect(zones.status).toBe(200);
    expect(zones.body.map((zone) => [zone.zone, zone.plan?.width ?? null])).toEqual([
      ['Atelier', null],
      ['Espace calme', null],
      ['Plateau ouvert', 800],
    ]);

    const served = await fetch(`${t.baseUrl}${zones.body[2]?.plan?.url}`, {
      headers: { cookie: cookies.agent },
    });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(served.headers.get('cache-control')).toContain('no-cache');
    const text = await served.text();
    expect(text).toContain('<rect');
    expect(text).toContain('Fenêtres &amp; baies');

    const etag = served.headers.get('etag');
    expect(etag).toBeTruthy();
    const revalidated = await fetch(`${t.baseUrl}${planPath(paris.id, plateau)}`, {
      headers: { cookie: cookies.agent, 'if-none-match': etag! },
    });
    expect(revalidated.status).toBe(304);

    const anonymous = await fetch(`${t.baseUrl}${planPath(paris.id, plateau)}`);
    expect(anonymous.status).toBe(401);
  });

  test('a PNG plan is served byte for byte with its size read from the header', async () => {
    const png = makePng(640, 480);
    const uploaded = await upload(planPath(paris.id, calme), png, 'image/png', cookies.hote);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.plan).toMatchObject({
      contentType: 'image/png',
      width: 640,
      height: 480,
      sizeBytes: png.length,
    });
    const served = await fetch(`${t.baseUrl}${planPath(paris.id, calme)}`, {
      headers: { cookie: cookies.agent },
    });
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
  });

  test('a zone name with an accent and a space works in the URL', async () => {
    const zone = encodeURIComponent('Bureau partagé');
    const uploaded = await upload(
      planPath(lyon.id, zone),
      makePng(10, 20),
      'image/png',
      cookies.admin,
    );
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.zone).toBe('Bureau partagé');
    expect(uploaded.body.plan!.url).toContain('/zones/Bureau%20partag%C3%A9/plan');
  });

  test('a malicious SVG is served without its scripts, handlers, foreign objects or external links', async () => {
    const malicious = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
      viewBox="0 0 300 150" onload="alert(document.cookie)">
      <script>alert('vol de session')</script>
      <rect width="300" height="150" onclick="steal()" fill="#eee" style="fill: url(https://evil.example/x)"/>
      <a xlink:href="javascript:alert(1)"><text y="20">Cliquez</text></a>
      <use xlink:href="#local"/>
      <foreignObject width="100" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"/></foreignObject>
      <set attributeName="href" to="javascript:alert(2)"/>
      <image href="https://evil.example/track.png" width="10" height="10"/>
    </svg>`;
    const uploaded = await upload(
      planPath(paris.id, plateau),
      malicious,
      'image/svg+xml',
      cookies.hote,
    );
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.removedContent).toEqual(
      expect.arrayContaining(['onload', '<script>', 'onclick', '<foreignObject>', '<set>']),
    );
    expect(uploaded.body.plan).toMatchObject({ width: 300, height: 150 });

    const served = await fetch(`${t.baseUrl}${planPath(paris.id, plateau)}`, {
      headers: { cookie: cookies.agent },
    });
    const text = await served.text();
    for (const forbidden of [
      'script',
      'onload',
      'onclick',
      'foreignObject',
      'javascript:',
      'evil.example',
      'iframe',
    ]) {
      expect(text, forbidden).not.toContain(forbidden);
    }
    expect(text).toContain('<use xlink:href="#local"/>');
  });

  test('refuses what is not a plan, with a sentence', async () => {
    const path = planPath(paris.id, plateau);
    const cases: [Buffer | string, string, number, RegExp][] = [
      ['bonjour', 'text/plain', 415, /SVG .* ou PNG/],
      ['{"image":"x"}', 'application/json', 415, /SVG .* ou PNG/],
      [simpleSvg, 'image/png', 422, /PNG valide/],
      [
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g></svg>',
        'image/svg+xml',
        422,
        /pas un SVG valide/,
      ],
      ['<html><body>plan</body></html>', 'image/svg+xml', 422, /<svg>/],
      [
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">&a;</svg>',
        'image/svg+xml',
        422,
        /DOCTYPE/,
      ],
      ['<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', 'image/svg+xml', 422, /taille/],
      [Buffer.alloc(2 * 1024 * 1024 + 10, 0x20), 'image/svg+xml', 413, /2 Mo/],
      [Buffer.alloc(0), 'image/png', 400, /vide/],
    ];
    for (const [body, contentType, status, message] of cases) {
      const response = await upload<ErrorResponse>(path, body, contentType, cookies.hote);
      expect(response.status, `${contentType} ${String(body).slice(0, 40)}`).toBe(status);
      expect(response.body.message).toMatch(message);
    }
    const unknownZone = await upload<ErrorResponse>(
      planPath(paris.id, encodeURIComponent('Zone fantôme')),
      simpleSvg,
      'image/svg+xml',
      cookies.hote,
    );
    expect(unknownZone.status).toBe(404);
    expect(unknownZone.body.message).toContain('Zone fantôme');

    // The plan uploaded before is still the one served.
    const served = await fetch(`${t.baseUrl}${path}`, { headers: { cookie: cookies.agent } });
    expect(served.status).toBe(200);
  });

  test('only hosts of the site (or admins) upload, delete and place desks', async () => {
    const agentUpload = await upload<ErrorResponse>(
      planPath(paris.id, plateau),
      simpleSvg,
      'image/svg+xml',
      cookies.agent,
    );
    expect(agentUpload.status).toBe(403);
    expect(agentUpload.body.message).toMatch(/gestionnaire/);

    const otherSiteUpload = await upload<ErrorResponse>(
      planPath(lyon.id, encodeURIComponent('Salle commune')),
      simpleSvg,
      'image/svg+xml',
      cookies.hote,
    );
    expect(otherSiteUpload.status).toBe(403);

    const agentPosition = await call<ErrorResponse>(
      t,
      `/api/sites/${paris.id}/desks/${paris.deskId(0)}/plan-position`,
      { method: 'PUT', cookie: cookies.agent, body: { position: { x: 0.5, y: 0.5 } } },
    );
    expect(agentPosition.status).toBe(403);
    const otherSitePosition = await call<ErrorResponse>(
      t,
      `/api/sites/${lyon.id}/desks/${lyon.deskId(0)}/plan-position`,
      { method: 'PUT', cookie: cookies.hote, body: { position: { x: 0.5, y: 0.5 } } },
    );
    expect(otherSitePosition.status).toBe(403);

    const agentDelete = await call(t, planPath(paris.id, plateau), {
      method: 'DELETE',
      cookie: cookies.agent,
    });
    expect(agentDelete.status).toBe(403);

    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM desks WHERE plan_x IS NOT NULL AND site_id = $1`,
      [lyon.id],
    );
    expect(count).toBe(0);
  });

  test('desk positions are saved and returned with the desks and the availability', async () => {
    const a01 = paris.deskId(paris.deskLabels.indexOf('A-01'));
    const placed = await call<Desk>(t, `/api/sites/${paris.id}/desks/${a01}/plan-position`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { position: { x: 0.25, y: 0.75 } },
    });
    expect(placed.status).toBe(200);
    expect(placed.body).toMatchObject({ label: 'A-01', planPosition: { x: 0.25, y: 0.75 } });

    const desks = await call<Desk[]>(t, `/api/sites/${paris.id}/desks`, { cookie: cookies.agent });
    const byLabel = (label: string) => desks.body.find((desk) => desk.label === label)!;
    expect(byLabel('A-01').planPosition).toEqual({ x: 0.25, y: 0.75 });
    expect(byLabel('A-02').planPosition).toBeNull();

    const monday = nextWeekday(t.clock, paris.timezone, 1);
    const day = await availability(t, cookies.agent, paris.id, monday);
    const seen = (day.body as Availability).desks.find((desk) => desk.id === a01)!;
    expect(seen.planPosition).toEqual({ x: 0.25, y: 0.75 });

    const zones = await call<ZoneSummary[]>(t, `/api/sites/${paris.id}/zones`, {
      cookie: cookies.agent,
    });
    expect(zones.body.find((zone) => zone.zone === 'Plateau ouvert')!.placedDeskCount).toBe(1);

    const offPlan = await call<ErrorResponse>(
      t,
      `/api/sites/${paris.id}/desks/${a01}/plan-position`,
      {
        method: 'PUT',
        cookie: cookies.hote,
        body: { position: { x: 1.5, y: -1 } },
      },
    );
    expect(offPlan.status).toBe(400);
    expect(offPlan.body.message).toMatch(/entre 0 et 1/);

    const lyonDesk = await call<ErrorResponse>(
      t,
      `/api/sites/${paris.id}/desks/${lyon.deskId(0)}/plan-position`,
      { method: 'PUT', cookie: cookies.hote, body: { position: { x: 0.1, y: 0.1 } } },
    );
    expect(lyonDesk.status).toBe(404);

    const removed = await call<Desk>(t, `/api/sites/${paris.id}/desks/${a01}/plan-position`, {
      method: 'PUT',
      cookie: cookies.hote,
      body: { position: null },
    });
    expect(removed.status).toBe(200);
    expect(removed.body.planPosition).toBeNull();
  });

  test('a host removes a plan; the zone then says it has none', async () => {
    const deleted = await call<ZoneSummary>(t, planPath(paris.id, calme), {
      method: 'DELETE',
      cookie: cookies.hote,
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ zone: 'Espace calme', plan: null });
    const gone = await call<ErrorResponse>(t, planPath(paris.id, calme), { cookie: cookies.agent });
    expect(gone.status).toBe(404);
    expect(gone.body.message).toContain("n'a pas encore de plan");
    const again = await call(t, planPath(paris.id, calme), {
      method: 'DELETE',
      cookie: cookies.hote,
    });
    expect(again.status).toBe(404);
  });

  test('JSON bodies elsewhere are still parsed as before', async () => {
    const newHost = await openSessionFor(t, demoClaims('hote'));
    const created = await call<Desk>(t, `/api/sites/${paris.id}/desks`, {
      cookie: newHost,
      body: { label: 'A-99', zone: 'Plateau ouvert' },
    });
    expect(created.status).toBe(201);
    expect(created.body.planPosition).toBeNull();
    const broken = await call<ErrorResponse>(t, `/api/sites/${paris.id}/desks`, {
      cookie: newHost,
      body: '{"label":',
    });
    expect(broken.status).toBe(400);
  });
});
