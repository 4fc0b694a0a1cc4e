import { expect, test } from './e2e-test';
import {
  boardEntry,
  bookTodayWithPass,
  capture,
  clearTodayFor,
  findSiteId,
  launchWithCamera,
  openKioskPage,
  readDemoKioskCredential,
  logIn,
  presentOrFail,
  writeQrVideo,
  sameOrigin,
} from './e2e-helpers';
import { e2eDataDir } from './playwright.config';

test('a host pairs a tablet with a one-time code; its camera scans a QR code and checks in; revoked, it says so', async ({
  browser,
  baseURL,
}) => {
  const host = await logIn(browser, 'Inès Lefèvre');
  const parisId = await findSiteId(host, 'admz-paris');

  // The host creates the kiosk and reads its pairing code.
  await host.goto(`/bornes-d-accueil?site=${parisId}`);
  await host.getByLabel('Nom de la borne').fill('Tablette du hall');
  await host.getByRole('textbox', { name: /^Code des réglages de la borne/ }).fill('3690');
  await host.getByRole('button', { name: 'Créer la borne' }).click();
  // The element also spells the code out for screen readers, after the code itself.
  const pairingText = await host.locator('#pairing-code').textContent();
  const pairingCode = presentOrFail(
    /^[23456789A-HJKMNP-Z]{4}-[23456789A-HJKMNP-Z]{4}/.exec(pairingText ?? '')?.[0],
    'pairing code on the host page',
  );

  // The Atelier has a plan, with B-04 on it: the greeting shows where the desk is.
  const plan = await host.request.put(`/api/sites/${parisId}/zones/Atelier/plan`, {
    headers: { ...sameOrigin, 'content-type': 'image/svg+xml' },
    data: `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500" viewBox="0 0 800 500">
      <rect x="10" y="10" width="780" height="480" fill="#f6f6f6" stroke="#333" stroke-width="4"/>
      <rect x="40" y="40" width="300" height="180" fill="none" stroke="#666"/>
      <text x="60" y="80" font-size="28">Atelier</text></svg>`,
  });
  expect(plan.status()).toBe(200);
  const desks: { id: string; label: string }[] = await (
    await host.request.get(`/api/sites/${parisId}/desks`)
  ).json();
  const b04 = desks.find((desk) => desk.label === 'B-04')!;
  const placed = await host.request.put(`/api/sites/${parisId}/desks/${b04.id}/plan-position`, {
    headers: sameOrigin,
    data: { position: { x: 0.3, y: 0.35 } },
  });
  expect(placed.status()).toBe(200);

  // Yanis has a desk today; his phone shows the QR code, which the tablet's camera films.
  const agent = await logIn(browser, 'Yanis Benali');
  const { token } = await bookTodayWithPass(agent, parisId, 'B-04');
  const video = writeQrVideo(token);

  const cameraBrowser = await launchWithCamera(video);
  try {
    const kiosk = await openKioskPage(cameraBrowser, baseURL, '/kiosk/', {
      width: 800,
      height: 1280,
    });
    await kiosk.getByLabel('Code d’appairage').fill(pairingCode);
    await kiosk.getByRole('button', { name: 'Appairer la borne' }).click();

    await expect(kiosk.getByRole('heading', { name: /Bienvenue Yanis — poste B-04/ })).toBeVisible({
      timeout: 20_000,
    });
    await expect(
      kiosk.getByRole('img', { name: /Plan de la zone Atelier, votre poste y est marqué/ }),
    ).toBeVisible();
    await capture(kiosk, 'kiosk-camera-greeting');

    // Back at the door later (the camera still sees his code): the kiosk offers the departure.
    await kiosk.getByRole('button', { name: 'Terminer' }).click();
    await expect(
      kiosk.getByRole('heading', { name: /Yanis, vous êtes déjà enregistré·e depuis \d{2}:\d{2}/ }),
    ).toBeVisible({ timeout: 20_000 });
    await kiosk.getByRole('button', { name: 'Enregistrer mon départ' }).click();
    await expect(kiosk.getByText('Au revoir Yanis')).toBeVisible();

    // The host sees the tablet paired, then revokes it: the tablet says so at once.
    await host.reload();
    const row = host.getByRole('row', { name: /Tablette du hall/ });
    await expect(row).toBeVisible();
    await host.getByRole('button', { name: 'Désactiver la borne Tablette du hall' }).click();
    await host.getByRole('button', { name: 'Oui, désactiver la borne' }).click();
    await expect(kiosk.getByRole('heading', { name: 'Borne désactivée' })).toBeVisible({
      timeout: 60_000,
    });
  } finally {
    await cameraBrowser.close();
  }
});

test('an agent without a booking shows « Mon pass » to the camera and takes a free desk with one touch', async ({
  browser,
  baseURL,
}) => {
  const host = await logIn(browser, 'Inès Lefèvre');

  // Inès shows her personal pass (« Mon pass »), not a booking.
  await clearTodayFor(host);
  await host.goto('/mon-pass');
  await expect(host.getByRole('heading', { name: 'Mon pass', level: 1 })).toBeVisible();
  const pass = (await (await host.request.get('/api/me/pass')).json()) as { token: string };
  const video = writeQrVideo(pass.token);
  const credential = readDemoKioskCredential(e2eDataDir);

  const cameraBrowser = await launchWithCamera(video);
  try {
    const kiosk = await openKioskPage(cameraBrowser, baseURL, `/kiosk/?cle=${credential}`, {
      width: 1280,
      height: 800,
    });
    await expect(kiosk.getByRole('heading', { name: /Bonjour Inès/ })).toBeVisible({
      timeout: 20_000,
    });
    await capture(kiosk, 'kiosk-walk-in');
    await kiosk.getByRole('button', { name: /^C-09\b/ }).click();
    await expect(kiosk.getByRole('heading', { name: /Bienvenue Inès — poste C-09/ })).toBeVisible();
  } finally {
    await cameraBrowser.close();
  }

  // The walk-in is on the host's list, arrived.
  await host.goto('/tableau-du-jour');
  await expect(boardEntry(host, 'Inès Lefèvre', 'Poste C-09')).toContainText(
    /Arrivé·e à \d{2}:\d{2}/,
  );
});
