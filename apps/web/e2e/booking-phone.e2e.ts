import type { Locator, Page } from '@playwright/test';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import { capture, logIn, presentOrFail, sameOrigin } from './e2e-helpers';
import { expect, test } from './e2e-test';

/** The booking id in the confirmation's QR code link. */
async function confirmedBookingId(page: Page): Promise<string> {
  const href = await page
    .getByRole('link', { name: "Afficher mon QR code d'accès" })
    .getAttribute('href');
  return presentOrFail(
    href?.match(/\/reservations\/([^/]+)\/qr/)?.[1],
    'booking id in the QR link',
  );
}

/** Leaves the shared server's Paris day as the other specs expect it. */
async function cancel(page: Page, bookingId: string): Promise<void> {
  const cancelled = await page.request.post(`/api/bookings/${bookingId}/cancel`, {
    headers: sameOrigin,
  });
  expect(cancelled.status()).toBe(200);
}

/** Presses Tab until `target` has the focus (at most `max` times), as a keyboard user does. */
async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
      return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('on a phone, a desk is booked in three taps from opening the app: the slot, « Un poste libre », done', async ({
  browser,
}) => {
  const page = await logIn(browser, 'Paul Durand');
  await page.setViewportSize({ width: 390, height: 844 });
  let taps = 0;
  const tap = async (target: Locator) => {
    taps += 1;
    await target.click();
  };

  await page.goto('/');
  const morning = page.locator('label').filter({ hasText: /^Matin/ });
  await expect(morning).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoSeriousAccessibilityViolation(page);

  await tap(morning);
  const anyDesk = page.getByRole('button', { name: 'Un poste libre' });
  await expect(anyDesk).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Réserver [A-Z]-\d+ Matin$/ }).first(),
  ).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoSeriousAccessibilityViolation(page);
  await capture(page, 'web-booking-phone');

  await tap(anyDesk);
  await expect(page.getByText('Réservation confirmée')).toBeVisible();
  await expect(
    page.getByText(/^Poste [A-Z]-\d+ \(.+\) à AdmZ \w+, .*matin de 09:00 à 13:00/),
  ).toBeVisible();
  expect(taps).toBeLessThanOrEqual(3);
  // Now the slot is held: no « Un poste libre » nor « Réserver » on it, and the reason.
  await expect(page.getByText(/Vous avez déjà le poste [A-Z]-\d+ sur ce créneau\./)).toBeVisible();
  await expect(anyDesk).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Réserver [A-Z]-\d+ Matin$/ })).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectNoSeriousAccessibilityViolation(page);

  // The same page at desktop width.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoHorizontalScroll(page);
  await expectNoSeriousAccessibilityViolation(page);

  await cancel(page, await confirmedBookingId(page));
});

test('a desk is booked with the keyboard alone (Tab, Space, Enter)', async ({ browser }) => {
  const page = await logIn(browser, 'Paul Durand');
  await page.goto('/');
  // No slot is checked yet: Tab enters the group on its first radio, « Matin ».
  const morning = page.getByRole('radio', { name: /^Matin/ });
  await expect(morning).toBeAttached();
  await tabTo(page, morning);
  await page.keyboard.press('Space');
  await expect(morning).toBeChecked();
  await expect(page.getByRole('heading', { name: /— Matin$/ })).toBeVisible();

  const firstDesk = page.getByRole('button', { name: /^Réserver [A-Z]-\d+ Matin$/ }).first();
  const label = presentOrFail(
    (await firstDesk.getAttribute('aria-label'))?.match(/^Réserver ([A-Z]-\d+)/)?.[1],
    'desk label',
  );
  await tabTo(page, firstDesk, 200);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Réservation confirmée')).toBeVisible();
  await expect(page.getByText(new RegExp(`^Poste ${label} \\(`))).toBeVisible();
  // The outcome takes the focus: a screen reader says it at once.
  await expect(page.getByText('Réservation confirmée')).toBeInViewport();

  await cancel(page, await confirmedBookingId(page));
});
