import { expect, test } from './e2e-test';
import { capture, findSiteId, logIn, presentOrFail } from './e2e-helpers';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';

test('a kiosk’s settings open only with the code its host set: a wrong code is refused, the guard switch shows only once unlocked', async ({
  browser,
}) => {
  const host = await logIn(browser, 'Inès Lefèvre');
  const parisId = await findSiteId(host, 'admz-paris');

  // The host pairs a tablet and sets its settings code; a code of 2 digits is refused.
  await host.goto(`/bornes-d-accueil?site=${parisId}`);
  await host.getByLabel('Nom de la borne').fill('Tablette des réglages');
  await host.getByRole('textbox', { name: /^Code des réglages de la borne/ }).fill('12');
  await host.getByRole('button', { name: 'Créer la borne' }).click();
  await expect(host.getByText('Le code des réglages comporte de 4 à 8 chiffres.')).toBeVisible();
  await host.getByRole('textbox', { name: /^Code des réglages de la borne/ }).fill('5821');
  await host.getByRole('button', { name: 'Créer la borne' }).click();
  const pairingText = await host.locator('#pairing-code').textContent();
  const pairingCode = presentOrFail(
    /^[23456789A-HJKMNP-Z]{4}-[23456789A-HJKMNP-Z]{4}/.exec(pairingText ?? '')?.[0],
    'pairing code on the host page',
  );
  expect(await host.content()).not.toContain('5821');

  const context = await browser.newContext({ viewport: { width: 800, height: 1280 } });
  const kiosk = await context.newPage();
  await kiosk.goto('/kiosk/');
  await kiosk.getByLabel('Code d’appairage').fill(pairingCode);
  await kiosk.getByRole('button', { name: 'Appairer la borne' }).click();
  await expect(kiosk.getByRole('button', { name: 'Réglages de la borne' })).toBeVisible();

  // Locked: the code is asked, nothing of the settings is there.
  const guard = kiosk.getByLabel('Empêcher de quitter la page');
  const pin = kiosk.getByLabel(/Code des réglages/);
  await kiosk.getByRole('button', { name: 'Réglages de la borne' }).click();
  await expect(pin).toBeVisible();
  await expect(guard).toHaveCount(0);
  await expectNoSeriousAccessibilityViolation(kiosk);
  await capture(kiosk, 'kiosk-settings-locked');

  // A wrong code: refused, the tries left said, still locked.
  await pin.fill('0000');
  await pin.press('Enter');
  await expect(
    kiosk.getByText(
      'Code des réglages incorrect : encore 4 essais avant le blocage des réglages pendant 5 minutes.',
    ),
  ).toBeVisible();
  await expect(guard).toHaveCount(0);

  // The right code opens them; closing locks them again.
  await pin.fill('5821');
  await kiosk.getByRole('button', { name: 'Ouvrir les réglages' }).click();
  await expect(guard).toBeVisible();
  await expect(guard).not.toBeChecked();
  await expectNoSeriousAccessibilityViolation(kiosk);
  await kiosk.getByRole('button', { name: 'Fermer les réglages' }).click();
  await kiosk.getByRole('button', { name: 'Réglages de la borne' }).click();
  await expect(pin).toBeVisible();
  await expect(guard).toHaveCount(0);

  // At 390 px the code screen fits and passes axe.
  await kiosk.setViewportSize({ width: 390, height: 844 });
  await expect(pin).toBeVisible();
  await expectNoHorizontalScroll(kiosk);
  await expectNoSeriousAccessibilityViolation(kiosk);
  await kiosk.getByRole('button', { name: 'Annuler' }).click();

  // The host changes the code: the old one no longer opens, the new one does.
  await host
    .getByRole('button', { name: 'Changer le code des réglages — Tablette des réglages' })
    .click();
  const dialog = host.getByRole('dialog', { name: 'Changer le code des réglages' });
  await dialog.getByLabel('Nouveau code des réglages').fill('97531');
  await dialog.getByRole('button', { name: 'Enregistrer le code' }).click();
  await expect(
    host.getByText('Le code des réglages de la borne « Tablette des réglages » est enregistré.'),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolation(host);

  await kiosk.getByRole('button', { name: 'Réglages de la borne' }).click();
  await pin.fill('5821');
  await pin.press('Enter');
  await expect(kiosk.getByText(/^Code des réglages incorrect/)).toBeVisible();
  await expect(guard).toHaveCount(0);
  await pin.fill('97531');
  await pin.press('Enter');
  await expect(guard).toBeVisible();
  await expectNoHorizontalScroll(kiosk);
  await context.close();
});
