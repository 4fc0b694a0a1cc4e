import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConsoleMessage, Page } from '@playwright/test';
import { logIn } from './e2e-helpers';
import { expect, test } from './e2e-test';

const webDist = fileURLToPath(new URL('../dist', import.meta.url));

/**
 * What the harness itself causes: Playwright's clock and bindings (e2e-test.ts) are injected into
 * every frame, and the development outbox's sandboxed mail frames refuse them, as they should
 * (reproduced with a bare page: a `sandbox=""` srcdoc frame logs this only once the context has a
 * clock installed). The page's own scripts never run there.
 */
const harnessMessage = /^Blocked script execution in 'about:srcdoc'/;

/** Console messages of warning or error level the page logs from now on (until `stop`). */
function watchConsole(page: Page): string[] & { stop: () => void } {
  const messages: string[] = [];
  const listener = (message: ConsoleMessage) => {
    if (harnessMessage.test(message.text())) return;
    if (message.type() === 'warning' || message.type() === 'error') {
      messages.push(`${message.type()}: ${message.text()}`);
    }
  };
  page.on('console', listener);
  return Object.assign(messages, { stop: () => page.off('console', listener) });
}

/** How many requests the page makes to each path from now on. */
function countRequests(page: Page, paths: string[]): Map<string, number> {
  const counts = new Map(paths.map((path) => [path, 0]));
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (counts.has(pathname)) counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
  });
  return counts;
}

test('the booking page, loaded directly, logs no warning and gets compressed, cached files', async ({
  browser,
}) => {
  const page = await logIn(browser, 'Inès Lefèvre');
  const warnings = watchConsole(page);
  const answers: Promise<{ path: string; headers: Record<string, string> }>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    // allHeaders(): headers() leaves some out, such as Content-Encoding of a cached answer.
    answers.push(response.allHeaders().then((headers) => ({ path, headers })));
  });

  // A direct load, as from a bookmark.
  await page.goto('/reserver', { waitUntil: 'load' });
  await expect(page.getByRole('heading', { level: 1, name: 'Réserver un poste' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  // Chrome warns of a preloaded file the page has not used 3 s after its load.
  await page.waitForTimeout(4_000);

  expect([...warnings]).toEqual([]);
  const answered = await Promise.all(answers);
  const document = answered.find(({ path }) => path === '/reserver');
  expect(document?.headers['cache-control']).toBe('no-cache');
  const assets = answered.filter(({ path }) => /^\/assets\/.+\.(js|css|woff2)$/.test(path));
  expect(assets.filter(({ path }) => path.endsWith('.js')).length).toBeGreaterThan(1);
  for (const { path, headers } of assets) {
    expect(headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    // What the build compressed (not fonts, nor the smallest chunks) comes compressed.
    if (existsSync(join(webDist, `${path}.br`))) {
      expect(headers['content-encoding'], path).toMatch(/^(br|gzip)$/);
    }
  }
  // The fonts preloaded by index.html are the ones the page uses (else Chrome warns, above).
  expect(assets.some(({ path }) => /\/Marianne-Bold-.+\.woff2$/.test(path))).toBe(true);
  // The one colour the build keeps of react-dsfr's palette: the theme colour it writes at start.
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#ffffff');

  // The calendar and the floor plan are not part of the page that opens on the list of desks:
  // their code comes with their view.
  const calendarCode = /\/assets\/site-availability-calendar-[\w-]+\.js$/;
  const floorPlanCode = /\/assets\/floor-plan-booking-view-[\w-]+\.js$/;
  expect(assets.filter(({ path }) => calendarCode.test(path) || floorPlanCode.test(path))).toEqual(
    [],
  );
  const calendarCodeAnswer = page.waitForResponse((response) =>
    calendarCode.test(new URL(response.url()).pathname),
  );
  await page.getByText('Calendrier', { exact: true }).click();
  expect((await calendarCodeAnswer).status()).toBe(200);
  await expect(page.locator('.rbc-calendar')).toBeVisible();
  await page.context().close();
});

test('a page left open asks for the session once, and the outbox only while it is looked at', async ({
  browser,
}) => {
  const page = await logIn(browser, 'Inès Lefèvre');
  const requests = countRequests(page, ['/api/me', '/api/dev/outbox']);

  // The booking page, open for 10 s: the session once at load, the outbox never polled.
  await page.goto('/reserver');
  await expect(page.getByRole('heading', { level: 1, name: 'Réserver un poste' })).toBeVisible();
  await page.waitForTimeout(10_000);
  expect(requests.get('/api/me')).toBeLessThanOrEqual(1);
  // The header asks once whether the server keeps an outbox, to show its link.
  expect(requests.get('/api/dev/outbox')).toBeLessThanOrEqual(1);

  // The outbox page, open for 10 s: refreshed every 5 s, no more.
  requests.set('/api/me', 0).set('/api/dev/outbox', 0);
  await page.goto('/dev/boite-mail');
  await expect(
    page.getByRole('heading', { level: 1, name: "Boîte d'envoi (développement)" }),
  ).toBeVisible();
  await page.waitForTimeout(10_000);
  expect(requests.get('/api/me')).toBeLessThanOrEqual(1);
  const outboxRequests = requests.get('/api/dev/outbox') ?? 0;
  expect(outboxRequests).toBeGreaterThanOrEqual(2);
  expect(outboxRequests).toBeLessThanOrEqual(5);
  await page.context().close();
});

test('no page logs a warning or an error when loaded directly', async ({ browser }) => {
  const page = await logIn(browser, 'Inès Lefèvre');
  const pages = [
    '/',
    '/mes-reservations',
    '/salles',
    '/evenements',
    '/mon-pass',
    '/invites',
    '/qui-est-la',
    '/tableau-du-jour',
    '/statistiques-du-site',
    '/parametres-du-site',
    '/dev/boite-mail',
    '/mes-donnees',
    '/agenda',
    '/statistiques',
    '/donnees-personnelles',
    '/une-page-qui-n-existe-pas',
  ];
  const warningsByPage: Record<string, string[]> = {};
  for (const path of pages) {
    const warnings = watchConsole(page);
    await page.goto(path, { waitUntil: 'load' });
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForTimeout(500);
    warnings.stop();
    if (warnings.length > 0) warningsByPage[path] = [...warnings];
  }
  expect(warningsByPage).toEqual({});
  await page.context().close();
});
