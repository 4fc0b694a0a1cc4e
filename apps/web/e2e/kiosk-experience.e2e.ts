import { expect, test } from './e2e-test';
import {
  demoKioskSettingsPin,
  findSiteId,
  logIn,
  readDemoKioskCredential,
  sameOrigin,
} from './e2e-helpers';
import { e2eDataDir } from './playwright.config';

/** The demo kiosk's settings code (apps/api/src/seed/demo-data.ts). */

test('the kiosk: its site and occupancy, the hosts’ message live, English, a camera problem explained, a guard against leaving', async ({
  browser,
}) => {
  const host = await logIn(browser, 'Inès Lefèvre');
  const parisId = await findSiteId(host, 'admz-paris');

  // A tablet whose browser has no camera (the headless browser has none): explained, code offered.
  const context = await browser.newContext({ viewport: { width: 800, height: 1280 } });
  const kiosk = await context.newPage();
  await kiosk.goto(`/kiosk/?cle=${readDemoKioskCredential(e2eDataDir)}`);
  await expect(kiosk.getByText('AdmZ Paris').first()).toBeVisible();
  await expect(kiosk.getByText(/\d+ postes/)).toBeVisible();
  await expect(
    kiosk.getByText(/Aucune caméra détectée|Accès à la caméra refusé|Caméra indisponible/),
  ).toBeVisible();
  await expect(kiosk.getByRole('button', { name: 'Saisir mon code' })).toBeVisible();

  // The hosts change the message of the kiosks: it shows without a reload (live stream).
  const message = `Atelier « données » à 14 h — ${Date.now()}`;
  const patched = await host.request.patch(`/api/sites/${parisId}`, {
    headers: sameOrigin,
    data: { kioskMessage: message },
  });
  expect(patched.status()).toBe(200);
  await expect(kiosk.getByText(message)).toBeVisible({ timeout: 10_000 });

  // English, and back to French.
  await kiosk.getByRole('button', { name: /English/ }).click();
  await expect(kiosk.getByRole('heading', { name: 'Scan your QR code' })).toBeVisible();
  await kiosk.getByRole('button', { name: /Français/ }).click();
  await expect(kiosk.getByRole('heading', { name: 'Scannez votre QR code' })).toBeVisible();

  // The settings sit behind the kiosk's code; the guard against leaving is kept on the device.
  await kiosk.getByRole('button', { name: 'Réglages de la borne' }).click();
  await kiosk.getByLabel(/Code des réglages/).fill(demoKioskSettingsPin);
  await kiosk.getByRole('button', { name: 'Ouvrir les réglages' }).click();
  const guard = kiosk.getByLabel('Empêcher de quitter la page');
  await expect(guard).not.toBeChecked();
  await guard.check({ force: true });
  await expect(guard).toBeChecked();
  await kiosk.getByRole('button', { name: 'Fermer les réglages' }).click();

  // Landscape works as well as portrait.
  await kiosk.setViewportSize({ width: 1280, height: 800 });
  await expect(kiosk.getByRole('heading', { name: 'Scannez votre QR code' })).toBeVisible();
  await expect(kiosk.getByRole('button', { name: 'Saisir mon code' })).toBeInViewport();

  // Leaving the page asks first.
  const dialogs: string[] = [];
  kiosk.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await kiosk.reload();
  expect(dialogs).toContain('beforeunload');
  await kiosk.getByRole('button', { name: 'Réglages de la borne' }).click();
  await kiosk.getByLabel(/Code des réglages/).fill(demoKioskSettingsPin);
  await kiosk.getByRole('button', { name: 'Ouvrir les réglages' }).click();
  await expect(kiosk.getByLabel('Empêcher de quitter la page')).toBeChecked();
  await context.close();
});
