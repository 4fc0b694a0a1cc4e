import AxeBuilder from '@axe-core/playwright';
import type { ConsoleMessage, Page } from '@playwright/test';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import { demoKioskSettingsPin, readDemoKioskCredential, sameOrigin } from './e2e-helpers';
import { expect, test } from './e2e-test';
import {
  defaultReady,
  desktop,
  pageFor,
  phone,
  prepare,
  sizes,
  visits,
  type ExpectedFailure,
  type Visit,
  type VisitContext,
} from './page-tour';
import { e2eDataDir } from './playwright.config';

/**
 * Every page of the web app and of the kiosk, in each state a person meets (dialog open, form
 * errors, empty lists), at desktop and phone sizes: no critical or serious axe-core violation
 * (WCAG 2.1 A/AA), no sideways scrolling, no warning or error in the browser console.
 *
 * Read-only on the shared demo data: it opens dialogs without confirming them and submits empty
 * forms; the one booking it makes (for the cancel dialog) is on a far date and cancelled at the end.
 */

function isExpected(message: ConsoleMessage, expected: ExpectedFailure): boolean {
  if ('text' in expected) return message.text().includes(expected.text);
  const failure =
    expected.status === 'offline'
      ? 'net::ERR_INTERNET_DISCONNECTED'
      : `status of ${expected.status}`;
  const path = new URL(message.location().url || 'about:blank').pathname;
  return message.text().includes(failure) && path.endsWith(expected.pathEnd);
}

/** Console warnings and errors, and uncaught exceptions, of a page since the last `take`. */
function watchConsole(page: Page) {
  let messages: ConsoleMessage[] = [];
  let exceptions: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') messages.push(message);
  });
  page.on('pageerror', (error) => exceptions.push(`pageerror: ${error.message}`));
  return {
    take(expectedFailures: Visit['expectedFailures'] = []): string[] {
      const unexpected = messages
        .filter((message) => !expectedFailures.some((expected) => isExpected(message, expected)))
        .map((message) => `${message.type()}: ${message.text()} (${message.location().url ?? ''})`);
      const all = [...unexpected, ...exceptions];
      messages = [];
      exceptions = [];
      return all;
    },
  };
}

/**
 * axe's `heading-order` (a « moderate » rule, so not in the check above): no skipped level,
 * an h2 then an h4 say a section is missing to a screen reader user who lists the headings.
 */
async function expectNoSkippedHeadingLevel(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withRules(['heading-order']).analyze();
  expect(
    violations.flatMap((violation) =>
      violation.nodes.map((node) => `heading-order: ${node.target}`),
    ),
    page.url(),
  ).toEqual([]);
}

/** axe and overflow at both sizes; each failure is recorded, the visits go on. */
async function checkBothSizes(page: Page, label: string, problems: string[]) {
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const check of [
      () => expectNoSeriousAccessibilityViolation(page),
      () => expectNoSkippedHeadingLevel(page),
      () => expectNoHorizontalScroll(page),
    ]) {
      try {
        await check();
      } catch (error) {
        problems.push(`${label} at ${size.width} px: ${(error as Error).message}`);
      }
    }
  }
}

async function visitStates(
  page: Page,
  visit: Visit,
  label: string,
  path: string,
  problems: string[],
): Promise<void> {
  try {
    await (visit.ready ?? defaultReady)(page);
  } catch (error) {
    problems.push(`${label}: not ready: ${(error as Error).message}`);
    return;
  }
  await checkBothSizes(page, label, problems);
  for (const state of visit.states ?? []) {
    await page.setViewportSize(desktop);
    try {
      await state.reach(page);
    } catch (error) {
      problems.push(`${label} (${state.name}): ${(error as Error).message}`);
      return;
    }
    await checkBothSizes(page, `${label} (${state.name})`, problems);
    await page.keyboard.press('Escape');
  }
}

// One test per role (one login each), so that each has its own time budget.
for (const role of ['visitor', 'agent', 'admin', 'host'] as const) {
  test(`every page and state of the web app as ${role}: axe, no sideways scrolling, a quiet console`, async ({
    browser,
  }) => {
    test.setTimeout(360_000);
    const problems: string[] = [];
    const page = await pageFor(browser, role);
    const consoleWatch = watchConsole(page);
    const context: VisitContext =
      role === 'admin' ? await prepare(page) : { bookingId: 'none', eventId: 'none' };
    if (role === 'agent') {
      const events: { id: string }[] = await (await page.request.get('/api/events')).json();
      context.eventId = events[0]?.id ?? 'none';
    }

    for (const visit of visits.filter((candidate) => candidate.role === role)) {
      const path = typeof visit.path === 'string' ? visit.path : visit.path(context);
      const label = `${visit.role} ${path}`;
      await page.setViewportSize(desktop);
      consoleWatch.take();
      const startedAt = Date.now();
      const problemsBefore = problems.length;
      // A direct load, as from a bookmark: React Router hydrates it.
      await page.goto(path);
      try {
        await visitStates(page, visit, label, path, problems);
      } finally {
        problems.push(
          ...consoleWatch.take(visit.expectedFailures).map((line) => `${label}: ${line}`),
        );
        // Progress in the log: a failing run shows every page's problems, not only the first.
        const found = problems.slice(problemsBefore).map((line) => `\n  ${line}`);
        process.stdout.write(`${label}: ${Date.now() - startedAt} ms${found.join('')}\n`);
      }
    }

    if (role === 'admin') {
      const cancelled = await page.request.post(`/api/bookings/${context.bookingId}/cancel`, {
        headers: sameOrigin,
      });
      expect(cancelled.status()).toBe(200);
    }
    expect(problems).toEqual([]);
  });
}

test('every screen of the kiosk: axe, no sideways scrolling, a quiet console', async ({
  browser,
}) => {
  const problems: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const kiosk = await context.newPage();
  const consoleWatch = watchConsole(kiosk);
  const tablet = { width: 1280, height: 800 };
  const kioskSizes = [tablet, phone];
  const check = async (label: string, expectedFailures: Visit['expectedFailures'] = []) => {
    for (const size of kioskSizes) {
      await kiosk.setViewportSize(size);
      for (const run of [
        () => expectNoSeriousAccessibilityViolation(kiosk),
        () => expectNoSkippedHeadingLevel(kiosk),
        () => expectNoHorizontalScroll(kiosk),
      ]) {
        try {
          await run();
        } catch (error) {
          problems.push(`kiosk ${label} at ${size.width} px: ${(error as Error).message}`);
        }
      }
    }
    await kiosk.setViewportSize(tablet);
    problems.push(...consoleWatch.take(expectedFailures).map((line) => `kiosk ${label}: ${line}`));
  };

  // Not paired yet: the pairing screen, then its error on an empty code.
  await kiosk.goto('/kiosk/');
  await expect(kiosk.getByRole('heading', { name: 'Appairer cette borne' })).toBeVisible();
  await check('pairing');
  await kiosk.getByRole('button', { name: 'Appairer la borne' }).click();
  await expect(kiosk.getByText(/comporte 8 caractères/)).toBeVisible();
  await check('pairing, empty code');

  // A revoked or unknown key: the kiosk says so.
  await kiosk.goto('/kiosk/?cle=kiosk_cette_cle_n_existe_pas');
  await expect(kiosk.getByRole('heading', { level: 1 })).toBeVisible();
  await check('unknown key', [{ status: 401, pathEnd: '/api/kiosk/me' }]);

  // Paired: the scan screen (the headless browser has no camera: explained).
  await kiosk.goto(`/kiosk/?cle=${readDemoKioskCredential(e2eDataDir)}`);
  await expect(kiosk.getByRole('button', { name: 'Saisir mon code' })).toBeVisible();
  await check('scan screen');

  // The typed code: its screen, then a wrong code.
  await kiosk.getByRole('button', { name: 'Saisir mon code' }).click();
  await expect(kiosk.getByLabel('Code de réservation')).toBeVisible();
  await check('typed code');
  await kiosk.getByLabel('Code de réservation').fill('AB');
  await kiosk.getByRole('button', { name: 'Valider' }).click();
  await expect(kiosk.getByText(/comporte 8 caractères/)).toBeVisible();
  await check('typed code, too short');
  await kiosk.getByLabel('Code de réservation').fill('2222-2222');
  await kiosk.getByRole('button', { name: 'Valider' }).click();
  await expect(kiosk.getByRole('heading', { level: 1 })).not.toHaveText(/Saisissez/);
  // The API refuses an unknown code (422), the kiosk explains it.
  await check('typed code, unknown', [{ status: 422, pathEnd: '/api/kiosk/check-ins' }]);
  await kiosk.goto('/kiosk/');
  await expect(kiosk.getByRole('button', { name: 'Saisir mon code' })).toBeVisible();

  // The settings: the host's code asked, then the screen (the demo kiosk's code).
  await kiosk.getByRole('button', { name: 'Réglages de la borne' }).click();
  await check('settings code');
  await kiosk.getByLabel(/Code des réglages/).fill(demoKioskSettingsPin);
  await kiosk.getByRole('button', { name: 'Ouvrir les réglages' }).click();
  await expect(kiosk.getByLabel('Empêcher de quitter la page')).toBeAttached();
  await check('settings');
  await kiosk.getByRole('button', { name: 'Fermer les réglages' }).click();

  // The network drops: the status says so.
  await context.setOffline(true);
  await expect(
    kiosk.getByRole('status', { name: 'État de la connexion de la borne' }),
  ).toContainText(/Hors ligne/, { timeout: 30_000 });
  // Its requests fail while offline: it says so and keeps working.
  await check('offline', [
    { status: 'offline', pathEnd: '/api/kiosk/keys' },
    { status: 'offline', pathEnd: '/api/kiosk/me' },
  ]);
  await context.setOffline(false);
  await context.close();
  expect(problems).toEqual([]);
});
