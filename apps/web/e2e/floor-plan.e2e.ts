import { expect, test } from './e2e-test';
import { capture, findSiteId, logIn, openFromMenu } from './e2e-helpers';

const plateauSvg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400" viewBox="0 0 800 400">
  <rect x="4" y="4" width="792" height="392" fill="#f6f6f6" stroke="#3a3a3a" stroke-width="4"/>
  <rect x="40" y="60" width="300" height="120" fill="none" stroke="#929292" stroke-width="2"/>
  <text x="50" y="40" font-family="sans-serif" font-size="20">Plateau ouvert</text>
  <script>alert('ne doit jamais tourner')</script>
</svg>`;

test('a host puts a plan online and places a desk by drag and drop; an agent books it from the plan', async ({
  browser,
}) => {
  const host = await logIn(browser, 'Inès Lefèvre');
  const parisId = await findSiteId(host, 'admz-paris');

  // The host uploads the plan of « Plateau ouvert ».
  await openFromMenu(host, 'Gérer un tiers-lieu', 'Plans des zones');
  await expect(host.getByRole('heading', { name: 'Plans des zones', level: 1 })).toBeVisible();
  await host
    .getByLabel('Zone', { exact: true })
    .selectOption({ label: 'Plateau ouvert — sans plan' });
  // The zone's panel is drawn anew for the zone chosen: the file goes to that panel's field.
  const zonePanel = host.getByRole('region', { name: 'Zone Plateau ouvert' });
  await expect(zonePanel).toBeVisible();
  await zonePanel.getByRole('button', { name: /^Plan de la zone/ }).setInputFiles({
    name: 'plateau.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(plateauSvg),
  });
  await zonePanel.getByRole('button', { name: 'Envoyer le plan' }).click();
  await expect(host.getByText(/Plan enregistré.*ont été retirés : <script>/)).toBeVisible();
  const surface = host.getByTestId('plan-editor-surface');
  await expect(surface.getByRole('img', { name: 'Plan de la zone Plateau ouvert' })).toBeVisible();

  // A file that is not a plan is refused before anything is sent.
  await host.getByRole('button', { name: /^Remplacer le plan de la zone/ }).setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('pas un plan'),
  });
  await expect(host.getByText(/« notes.txt » n'est pas une image SVG ou PNG/)).toBeVisible();

  // Drag A-05 from the list of desks to place onto the plan, at 30 % / 40 %.
  const source = host.getByRole('button', { name: 'Placer A-05 sur le plan' });
  await surface.scrollIntoViewIfNeeded();
  const sourceBox = (await source.boundingBox())!;
  const planBox = (await surface.boundingBox())!;
  await host.mouse.move(sourceBox.x + sourceBox.width / 2, sourceBox.y + sourceBox.height / 2);
  await host.mouse.down();
  await host.mouse.move(planBox.x + planBox.width * 0.3, planBox.y + planBox.height * 0.4, {
    steps: 12,
  });
  await host.mouse.up();
  const marker = host.getByRole('button', { name: /^Poste A-05, à 30 % de la largeur et 40 %/ });
  await expect(marker).toBeVisible();
  await expect(host.getByRole('button', { name: 'Placer A-05 sur le plan' })).toHaveCount(0);

  // Keyboard: the arrow keys move the selected desk, and the move is saved.
  await marker.focus();
  await host.keyboard.press('ArrowRight');
  await host.keyboard.press('ArrowRight');
  await expect(
    host.getByRole('button', { name: /^Poste A-05, à 32 % de la largeur et 40 %/ }),
  ).toBeVisible();
  await expect
    .poll(async () => {
      const desks: { label: string; planPosition: { x: number; y: number } | null }[] = await (
        await host.request.get(`/api/sites/${parisId}/desks`)
      ).json();
      const position = desks.find((desk) => desk.label === 'A-05')?.planPosition;
      return position ? [Math.round(position.x * 100), Math.round(position.y * 100)] : null;
    })
    .toEqual([32, 40]);

  // An agent opens the plan view of the booking page and books A-05 by clicking it
  // (Camille already holds A-01 today, from the booking loop test).
  const agent = await logIn(browser, 'Yanis Benali');
  await agent.goto('/reserver?vue=plan&creneau=day');
  await agent.getByLabel('Tiers-lieu').selectOption({ label: 'AdmZ Paris' });
  await agent.getByLabel('Zone', { exact: true }).selectOption({ label: 'Plateau ouvert' });
  await agent.getByText(/^Journée \(/).click();
  await expect(agent.getByRole('img', { name: 'Plan de la zone Plateau ouvert' })).toBeVisible();
  const deskOnPlan = agent.getByRole('button', { name: 'Réserver A-05 Journée' });
  await expect(deskOnPlan).toHaveText('A-05 libre');
  await expect(
    agent.getByText(/Postes absents du plan : A-01, A-02, A-03, A-04, A-06/),
  ).toBeVisible();
  await deskOnPlan.click();
  await expect(agent.getByText(/Réservation confirmée/)).toBeVisible();
  await expect(agent.getByText('A-05 votre réservation')).toBeVisible();
  await agent.getByRole('img', { name: 'Plan de la zone Plateau ouvert' }).scrollIntoViewIfNeeded();
  await capture(agent, 'web-floor-plan');

  // Another agent sees it taken, in words.
  const otherAgent = await logIn(browser, 'Camille Martin');
  await otherAgent.goto('/reserver?vue=plan&creneau=day');
  await otherAgent.getByLabel('Tiers-lieu').selectOption({ label: 'AdmZ Paris' });
  await otherAgent.getByText(/^Journée \(/).click();
  await expect(otherAgent.getByText('A-05 occupé')).toBeVisible();

  // The booking is among those to come, with its own cancel button.
  await agent.goto('/mes-reservations');
  await expect(agent.getByRole('heading', { name: 'À venir', level: 2 })).toBeVisible({
    timeout: 15_000,
  });
  await expect(
    agent.getByRole('button', { name: /Annuler la réservation du .*A-05.*AdmZ Paris/ }),
  ).toBeVisible({ timeout: 15_000 });
});
