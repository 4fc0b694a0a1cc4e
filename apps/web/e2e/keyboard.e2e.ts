import type { Locator, Page } from '@playwright/test';
import {
  bookTodayWithPass,
  findBookableDay,
  findSiteId,
  logIn,
  readDemoKioskCredential,
  sameOrigin,
} from './e2e-helpers';
import { expect, test } from './e2e-test';
import { e2eDataDir, e2ePort } from './playwright.config';

/**
 * Keyboard only: no click, no `fill`. Tab and Shift+Tab move, Enter and Space act, Escape closes;
 * at each step the focus is where a person expects it, and they can see it.
 */

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `maxPresses`. */
async function tabTo(
  page: Page,
  target: Locator,
  {
    backwards = false,
    maxPresses = 60,
    ring = 'own',
  }: { backwards?: boolean; maxPresses?: number; ring?: 'own' | 'enlarged' } = {},
): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
      break;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expectVisibleFocus(target, ring);
}

/**
 * The element has the focus and a visible focus ring: an outline or a box shadow, its own or
 * (`enlarged`, DSFR's « enlarge link » whose ring is drawn by `::before` around its block) its
 * `::before`'s.
 */
async function expectVisibleFocus(target: Locator, ringOn: 'own' | 'enlarged' = 'own') {
  await expect(target).toBeFocused();
  const ring = await target.evaluate(
    (element, pseudo) => {
      const style = getComputedStyle(element, pseudo);
      return {
        focusVisible: element.matches(':focus-visible'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== 'none',
      };
    },
    ringOn === 'enlarged' ? '::before' : null,
  );
  expect(ring.focusVisible, 'focus shown as from the keyboard').toBe(true);
  expect(ring.outline || ring.shadow, 'a visible focus ring').toBe(true);
}

test('cancelling a booking with the keyboard: the dialog, Escape, then confirming; focus on the outcome', async ({
  browser,
}) => {
  // Paul's own booking, two weeks ahead or later on the first day he can have A-19: no other
  // test counts it.
  const page = await logIn(browser, 'Paul Durand');
  const parisId = await findSiteId(page, 'admz-paris');
  const { date, deskId } = await findBookableDay(page, parisId, {
    deskLabel: 'A-19',
    slot: 'afternoon',
    fromDaysAhead: 14,
  });
  const booked = await page.request.post('/api/bookings', {
    headers: sameOrigin,
    data: { siteId: parisId, deskId, date, slot: 'afternoon' },
  });
  expect(booked.status(), await booked.text()).toBe(201);

  await page.goto('/mes-reservations');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const cancel = page.getByRole('button', { name: /Annuler la réservation du .*A-19/ });
  await expect(cancel).toBeVisible();
  await tabTo(page, cancel, { maxPresses: 80 });

  // Enter opens the confirmation; the focus moves into it. Escape closes it: back on « Annuler ».
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Annuler cette réservation ?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expectVisibleFocus(cancel);

  // Space opens it again; Tab to « Oui, annuler la réservation », Enter.
  await page.keyboard.press('Space');
  await expect(dialog).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Oui, annuler la réservation' });
  await tabTo(page, confirm, { maxPresses: 10 });
  await page.keyboard.press('Enter');

  // The « Annuler » button is gone with the booking: the focus is on the outcome, read at once.
  await expect(dialog).toBeHidden();
  const outcome = page.getByText('Réservation annulée', { exact: true });
  await expect(outcome).toBeVisible();
  await expect(page.locator(':focus')).toContainText('Réservation annulée');
  await expect(cancel).toHaveCount(0);
});

test('registering to an event with the keyboard, from the agenda, and unregistering again', async ({
  browser,
}) => {
  const page = await logIn(browser, 'Paul Durand');
  const title = 'Atelier : écrire simplement pour les usagers';
  // The agenda of Paris (the page shows one site's agenda, chosen in its address).
  await page.goto(`/evenements?site=${await findSiteId(page, 'admz-paris')}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Agenda des événements' }),
  ).toBeVisible();

  // From the agenda to the event's page.
  const link = page.getByRole('main').getByRole('link', { name: title }).first();
  await tabTo(page, link, { maxPresses: 80 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // « M’inscrire sur place » with Enter: registered, and the focus is not lost.
  const register = page.getByRole('button', { name: 'M’inscrire sur place' });
  await tabTo(page, register, { maxPresses: 80 });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Vous êtes inscrit (sur place).')).toBeVisible();
  await expect(page.locator(':focus')).toContainText('Vous êtes inscrit (sur place).');

  // Unregistering (the shared demo event stays as it was): the confirmation, by keyboard too.
  const unregister = page.getByRole('button', { name: 'Me désinscrire' });
  await tabTo(page, unregister);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Vous désinscrire ?' });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Me désinscrire' }), { maxPresses: 10 });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(register).toBeVisible();
  // The button pressed is gone with the dialog: the focus is on the « Participer » section.
  await expect(page.locator(':focus')).toHaveText('Participer');
});

test('the kiosk’s typed code with the keyboard: open the entry, type, validate, the greeting', async ({
  browser,
}) => {
  // Paul's booking of today at A-20, checked in here, then checked out (his desk is free again).
  const agent = await logIn(browser, 'Paul Durand');
  const parisId = await findSiteId(agent, 'admz-paris');
  const { bookingId } = await bookTodayWithPass(agent, parisId, 'A-20');
  const { shortCode } = (await (
    await agent.request.get(`/api/bookings/${bookingId}/pass`)
  ).json()) as {
    shortCode: string;
  };

  const credential = readDemoKioskCredential(e2eDataDir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const kiosk = await context.newPage();
  await kiosk.goto(`/kiosk/?cle=${credential}`);
  const typeCode = kiosk.getByRole('button', { name: 'Saisir mon code' });
  await expect(typeCode).toBeVisible();
  await tabTo(kiosk, typeCode);
  await kiosk.keyboard.press('Enter');

  // The field has the focus at once: the code is typed, Enter validates.
  const field = kiosk.getByLabel('Code de réservation');
  await expect(field).toBeFocused();
  await kiosk.keyboard.type(shortCode);
  await kiosk.keyboard.press('Enter');
  await expect(kiosk.getByRole('heading', { name: /Bienvenue Paul — poste A-20/ })).toBeVisible();

  // Back to the scan screen with the keyboard (Escape), ready for the next person.
  await context.close();
  const checkOut = await agent.request.post(`http://localhost:${e2ePort}/api/kiosk/check-ins`, {
    headers: { ...sameOrigin, authorization: `Bearer ${credential}` },
    data: { shortCode },
  });
  const answer = (await checkOut.json()) as { outcome: string; checkOutToken?: string };
  expect(answer.outcome).toBe('already_checked_in');
  const left = await agent.request.post(`http://localhost:${e2ePort}/api/kiosk/check-outs`, {
    headers: { ...sameOrigin, authorization: `Bearer ${credential}` },
    data: { checkOutToken: answer.checkOutToken },
  });
  expect(left.status(), await left.text()).toBeLessThan(300);
});

test('the header’s home link shows where the focus is, at desktop and phone sizes', async ({
  page,
}) => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto('/declaration-d-accessibilite');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const home = page.locator('.fr-header__brand a[href="/"]').first();
    await tabTo(page, home, { maxPresses: 10, ring: 'enlarged' });
    await page.screenshot({
      path: test.info().outputPath(`home-link-focus-${viewport.width}.png`),
      clip: { x: 0, y: 0, width: viewport.width, height: 200 },
    });
  }
});
