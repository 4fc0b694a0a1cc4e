import { expect, test } from './e2e-test';
import {
  boardEntry,
  bookTodayWithPass,
  capture,
  findSiteId,
  launchWithCamera,
  openKioskPage,
  readDemoKioskCredential,
  logIn,
  writeQrVideo,
} from './e2e-helpers';
import { e2eDataDir } from './playwright.config';

test('the network drops: the kiosk checks in offline, then sends it and the host sees the arrival', async ({
  browser,
  baseURL,
}) => {
  const host = await logIn(browser, 'Inès Lefèvre');
  const parisId = await findSiteId(host, 'admz-paris');
  const agent = await logIn(browser, 'Paul Durand');
  const { token } = await bookTodayWithPass(agent, parisId, 'C-07');

  // The camera sees nothing for 12 s (time to cut the network), then the QR code.
  const video = writeQrVideo(token, { blankSeconds: 12, qrSeconds: 8 });
  const credential = readDemoKioskCredential(e2eDataDir);

  const cameraBrowser = await launchWithCamera(video);
  try {
    const kiosk = await openKioskPage(cameraBrowser, baseURL, `/kiosk/?cle=${credential}`, {
      width: 1280,
      height: 800,
    });
    const context = kiosk.context();
    await expect(kiosk.getByRole('button', { name: 'Saisir mon code' })).toBeVisible();
    await expect(kiosk.getByText(/postes/).first()).toBeVisible();

    await context.setOffline(true);
    await expect(kiosk.getByRole('heading', { name: /Bienvenue Paul — poste C-07/ })).toBeVisible({
      timeout: 30_000,
    });
    const status = kiosk.getByRole('status', { name: 'État de la connexion de la borne' });
    await expect(status).toContainText(/Hors ligne — 1 arrivée en attente d’envoi/);
    await capture(kiosk, 'kiosk-offline');

    // Not on the host's list yet: the server has not heard of it.
    await host.goto('/tableau-du-jour');
    const row = boardEntry(host, 'Paul Durand', 'Poste C-07');
    await expect(row).toContainText(/Attendu·e|En retard/);

    await context.setOffline(false);
    await expect(status).toContainText(/1 arrivée enregistrée hors ligne envoyée/, {
      timeout: 30_000,
    });
    await expect(row).toContainText(/Arrivé·e à \d{2}:\d{2}/, { timeout: 15_000 });
  } finally {
    await cameraBrowser.close();
  }
});
