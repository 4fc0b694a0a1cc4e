import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './e2e-test';
import { boardEntry, capture, logIn, presentOrFail } from './e2e-helpers';
import { e2eDataDir } from './playwright.config';

test('book on the web, check in at the kiosk with the typed code, see the arrival on the host’s board', async ({
  browser,
}) => {
  // Tuesday morning on the server's clock (playwright.config.ts): Paris is open.
  const host = await logIn(browser, 'Inès Lefèvre');

  // The agent books a desk for today and opens the QR code.
  const agent = await logIn(browser, 'Camille Martin');
  await agent.goto('/');
  await agent.getByLabel('Tiers-lieu').selectOption({ label: 'AdmZ Paris' });
  // The slot first, then a desk of the grid (or « Un poste libre »).
  await agent
    .locator('label')
    .filter({ hasText: /^Journée/ })
    .click();
  await expect(agent.getByRole('button', { name: 'Un poste libre' })).toBeVisible();
  await expect(agent.getByRole('button', { name: 'Réserver A-01 Journée' })).toBeVisible();
  await capture(agent, 'web-booking');
  await agent.getByRole('button', { name: 'Réserver A-01 Journée' }).click();
  await expect(agent.getByText(/Réservation confirmée/i)).toBeVisible();
  await agent
    .getByRole('link', { name: /QR code/i })
    .first()
    .click();
  const codeText = presentOrFail(
    await agent.getByText(/^[23456789A-HJKMNP-Z]{4}-[23456789A-HJKMNP-Z]{4}$/).textContent(),
    'short code on the pass page',
  );
  expect(codeText).toBeTruthy();
  await expect(agent.getByRole('img', { name: /QR code/i })).toBeVisible();
  await capture(agent, 'web-qr-pass');

  // The kiosk at the door, enrolled with the demo kiosk's credential, takes the typed code.
  const credential = readFileSync(join(e2eDataDir, 'demo-kiosk-credential.txt'), 'utf8').trim();
  const kioskContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`/kiosk/?cle=${credential}`);
  await expect(kiosk.getByText('AdmZ Paris').first()).toBeVisible();
  await kiosk.getByRole('button', { name: 'Saisir mon code' }).click();
  await kiosk.getByLabel('Code de réservation').fill(codeText);
  await kiosk.getByRole('button', { name: 'Valider' }).click();
  await expect(kiosk.getByText('Bienvenue Camille')).toBeVisible();
  await expect(kiosk.getByText(/A-01/)).toBeVisible();
  await capture(kiosk, 'kiosk-greeting');

  // The host sees Camille arrived; the old « Accueil » address leads to today's board.
  await host.goto('/accueil');
  await expect(host).toHaveURL(/\/tableau-du-jour$/);
  const arrival = boardEntry(host, 'Camille Martin', 'Poste A-01');
  await expect(arrival).toContainText(/Arrivé·e à \d{2}:\d{2}/);
  await arrival.scrollIntoViewIfNeeded();
  await capture(host, 'host-arrival');

  // And the agent's booking now shows the arrival.
  await agent.goto('/mes-reservations');
  await expect(agent.getByText(/Arrivé·e/).first()).toBeVisible();
});

test('a person who is not a public agent gets a clear refusal page, not an account', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await page
    .getByRole('button', { name: /ProConnect/ })
    .or(page.getByRole('link', { name: /S.identifier avec ProConnect/ }))
    .first()
    .click();
  await page.getByRole('button', { name: 'Se connecter en tant que Léa Rousseau' }).click();
  await expect(page).toHaveURL(/\/acces-refuse/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/réservé|refusé/i);
  const me = await page.request.get('/api/me');
  expect(me.status()).toBe(401);
});
