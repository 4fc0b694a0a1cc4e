import { readFileSync } from 'node:fs';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import { findSiteId, logIn, nextWeekdayInParis, sameOrigin, readMyBookings } from './e2e-helpers';
import { expect, serverNow, test } from './e2e-test';

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

test('the legal pages are public, linked from the footer, accessible, and fit a phone', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: desktop });
  const page = await context.newPage();
  await page.goto('/');
  const footer = page.locator('#pied-de-page');
  const pages = [
    {
      link: 'Données personnelles',
      heading: 'Données personnelles',
      path: '/donnees-personnelles',
    },
    {
      link: 'Accessibilité : partiellement conforme',
      heading: "Déclaration d'accessibilité",
      path: '/declaration-d-accessibilite',
    },
    { link: 'Mentions légales', heading: 'Mentions légales', path: '/mentions-legales' },
  ];
  for (const { link, heading, path } of pages) {
    await page.goto('/');
    await footer.getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    // Nobody is logged in: the page itself shows, not the login panel.
    await expect(page.getByRole('heading', { name: 'Connexion à AdmZ' })).toHaveCount(0);
    await expectNoSeriousAccessibilityViolation(page);
    await page.setViewportSize(phone);
    await expectNoHorizontalScroll(page);
    await expectNoSeriousAccessibilityViolation(page);
    await page.setViewportSize(desktop);
  }

  // This deployment's own retention periods, and where to complain.
  await page.goto('/donnees-personnelles');
  const periods = page.getByRole('table');
  await expect(periods).toContainText('3 mois après le créneau réservé, puis effacées');
  await expect(periods).toContainText('12 mois après le créneau, puis anonymisées');
  await expect(page.getByRole('link', { name: 'cnil.fr/fr/plaintes' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mes données' }).first()).toBeVisible();
  await page.goto('/declaration-d-accessibilite');
  await expect(page.getByText('partiellement conforme', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Défenseur des droits', exact: true })).toBeVisible();
  await context.close();
});

test('my calendar address is shown once, when created', async ({ browser }) => {
  const page = await logIn(browser, 'Camille Martin');
  await page.goto('/mes-reservations');
  const panel = page.getByRole('region', { name: 'Mes réservations dans mon agenda' });
  if (await panel.getByRole('button', { name: 'Désactiver le lien' }).isVisible()) {
    await panel.getByRole('button', { name: 'Désactiver le lien' }).click();
    await page.getByRole('button', { name: 'Oui, désactiver le lien' }).click();
  }
  await panel.getByRole('button', { name: "Créer mon lien d'abonnement" }).click();
  await expect(
    panel.getByText('Copiez ce lien maintenant : il ne sera plus affiché.', { exact: false }),
  ).toBeVisible();
  const address = panel.getByRole('textbox', { name: /Adresse d'abonnement/ });
  const url = await address.inputValue();
  expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  expect((await page.request.get(url)).status()).toBe(200);

  // Back later: the link works, but AdmZ cannot show it again; it can only be replaced.
  await page.reload();
  await expect(panel.getByText(/Un lien d'abonnement est actif depuis le/)).toBeVisible();
  await expect(panel.getByRole('textbox', { name: /Adresse d'abonnement/ })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Régénérer le lien' }).click();
  await page.getByRole('button', { name: 'Oui, régénérer le lien' }).click();
  const regenerated = await panel
    .getByRole('textbox', { name: /Adresse d'abonnement/ })
    .inputValue();
  expect(regenerated).not.toBe(url);
  expect((await page.request.get(url)).status()).toBe(404);
  await page.context().close();
});

test('« Mes données »: download the JSON, delete the account after confirming, land logged out', async ({
  browser,
}) => {
  const page = await logIn(browser, 'Yanis Benali');
  // Something to cancel: a desk at Paris next Friday.
  const parisId = await findSiteId(page, 'admz-paris');
  const desks: { id: string; label: string }[] = await (
    await page.request.get(`/api/sites/${parisId}/desks`)
  ).json();
  const desk = desks.find((candidate) => candidate.label === 'B-07')!;
  const friday = nextWeekdayInParis(5);
  const booked = await page.request.post('/api/bookings', {
    headers: sameOrigin,
    data: { siteId: parisId, deskId: desk.id, date: friday, slot: 'morning' },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  // Other browser tests may have left Yanis more bookings to come: the modal counts them all.
  const mine = await readMyBookings<{ status: string; endsAt: string }>(page);
  const upcoming = mine.filter(
    (booking) =>
      booking.status === 'confirmed' && Date.parse(booking.endsAt) > serverNow().getTime(),
  ).length;
  const several = upcoming > 1;

  await page.getByRole('link', { name: 'Mes données' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible();
  await expect(page.getByText('Adresse électronique : yanis.benali@dreets.gouv.fr')).toBeVisible();
  await expect(page.getByRole('table')).toContainText('poste B-07');
  await expectNoSeriousAccessibilityViolation(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger mes données (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('admz-mes-donnees.json');
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.identity).toMatchObject({
    email: 'yanis.benali@dreets.gouv.fr',
    givenName: 'Yanis',
  });
  expect(exported.bookings.map((booking: { id: string }) => booking.id)).toContain(
    (await booked.json()).id,
  );

  await page.setViewportSize(phone);
  await expectNoHorizontalScroll(page);
  await page.setViewportSize(desktop);

  // The confirmation names what will happen; it is confirmed with the keyboard.
  await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer votre compte AdmZ ?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    several
      ? `${upcoming} réservations à venir seront annulées`
      : '1 réservation à venir sera annulée',
  );
  await expect(dialog).toContainText('Cette suppression est définitive.');
  await expectNoSeriousAccessibilityViolation(page);
  const confirm = dialog.getByRole('button', { name: 'Oui, supprimer mon compte' });
  for (let presses = 0; presses < 10; presses += 1) {
    if (await confirm.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL('/compte-supprime');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Votre compte AdmZ est supprimé' }),
  ).toBeVisible();
  await expect(
    page.getByText(several ? `${upcoming} réservations annulées.` : '1 réservation annulée.'),
  ).toBeVisible();
  await expect(page.getByText('Yanis Benali')).toHaveCount(0);
  expect((await page.request.get('/api/me')).status()).toBe(401);
  await expectNoSeriousAccessibilityViolation(page);
  await page.context().close();

  // Coming back later: a fresh, empty account; the cancelled desk is free again.
  const again = await logIn(browser, 'Yanis Benali');
  await again.goto('/mes-donnees');
  await expect(again.getByText('Aucune réservation.')).toBeVisible();
  const availability: { desks: { label: string; states: Record<string, string> }[] } = await (
    await again.request.get(`/api/sites/${parisId}/availability?date=${friday}`)
  ).json();
  expect(availability.desks.find((row) => row.label === 'B-07')?.states.morning).toBe('free');
  await again.context().close();
});
