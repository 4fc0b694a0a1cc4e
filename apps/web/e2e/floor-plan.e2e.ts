import type { Locator } from '@playwright/test';
import { expect, test } from './e2e-test';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import { capture, findSiteId, logIn, openFromMenu } from './e2e-helpers';

type Box = { x: number; y: number; width: number; height: number };

/** The desks' labels on a plan: their boxes, and those of the plan they are drawn on. */
async function labelBoxes(plan: Locator): Promise<{ stage: Box; labels: Box[] }> {
  return plan.evaluate((viewport) => {
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    };
    const stage = viewport.querySelector('.admz-plan__stage');
    return {
      stage: stage ? box(stage) : { x: 0, y: 0, width: 0, height: 0 },
      labels: Array.from(
        viewport.querySelectorAll('.admz-plan-desk--full, .admz-plan-desk--short'),
      ).map(box),
    };
  });
}

/** No label over another, none past the plan's edges. */
function expectTidyLabels({ stage, labels }: { stage: Box; labels: Box[] }): void {
  expect(labels.length).toBeGreaterThan(0);
  for (const [index, a] of labels.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(stage.x - 0.5);
    expect(a.y).toBeGreaterThanOrEqual(stage.y - 0.5);
    expect(a.x + a.width).toBeLessThanOrEqual(stage.x + stage.width + 0.5);
    expect(a.y + a.height).toBeLessThanOrEqual(stage.y + stage.height + 0.5);
    for (const b of labels.slice(index + 1)) {
      const apart =
        a.x + a.width <= b.x + 0.5 ||
        b.x + b.width <= a.x + 0.5 ||
        a.y + a.height <= b.y + 0.5 ||
        b.y + b.height <= a.y + 0.5;
      expect(apart, JSON.stringify([a, b])).toBe(true);
    }
  }
}

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
  // The editor with a desk selected: no accessibility error either.
  await expect(
    host.getByRole('button', { name: /^Poste A-05, à 32 % de la largeur et 40 %/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expectNoSeriousAccessibilityViolation(host);
  await expect
    .poll(async () => {
      const desks: { label: string; planPosition: { x: number; y: number } | null }[] = await (
        await host.request.get(`/api/sites/${parisId}/desks`)
      ).json();
      const position = desks.find((desk) => desk.label === 'A-05')?.planPosition;
      return position ? [Math.round(position.x * 100), Math.round(position.y * 100)] : null;
    })
    .toEqual([32, 40]);

  // Two more desks put at the centre by a click, one on top of the other.
  for (const label of ['A-04', 'A-06']) {
    await host.getByRole('button', { name: `Placer ${label} sur le plan` }).click();
    await expect(
      host.getByRole('button', { name: new RegExp(`^Poste ${label}, à 50 %`) }),
    ).toBeVisible();
  }
  await expect
    .poll(async () => {
      const desks: { label: string; planPosition: { x: number; y: number } | null }[] = await (
        await host.request.get(`/api/sites/${parisId}/desks`)
      ).json();
      return desks
        .filter((desk) => desk.planPosition !== null)
        .map((desk) => desk.label)
        .sort();
    })
    .toEqual(['A-04', 'A-05', 'A-06']);

  // An agent opens the plan view of the booking page and books A-05 by clicking it
  // (Camille already holds A-01 today, from the booking loop test).
  const agent = await logIn(browser, 'Yanis Benali');
  await agent.goto('/reserver?vue=plan&creneau=day');
  await agent.getByLabel('Tiers-lieu').selectOption({ label: 'AdmZ Paris' });
  await agent.getByLabel('Zone', { exact: true }).selectOption({ label: 'Plateau ouvert' });
  await agent.getByText(/^Journée \(/).click();
  await expect(agent.getByRole('img', { name: 'Plan de la zone Plateau ouvert' })).toBeVisible();
  // The desk's name starts with what its label shows.
  const deskOnPlan = agent.getByRole('button', { name: 'A-05 libre : réserver (Journée)' });
  await expect(deskOnPlan).toBeVisible();
  await expect(deskOnPlan.locator('.admz-plan-desk__text')).toHaveText('A-05 libre');
  await expectNoSeriousAccessibilityViolation(agent);
  await expect(agent.getByText(/Postes absents du plan : A-01, A-02, A-03/)).toBeVisible();
  await deskOnPlan.click();
  await expect(agent.getByText(/Réservation confirmée/)).toBeVisible();
  await expect(agent.getByText('A-05 votre réservation')).toBeVisible();
  await agent.getByRole('img', { name: 'Plan de la zone Plateau ouvert' }).scrollIntoViewIfNeeded();
  await capture(agent, 'web-floor-plan');

  // The plan zooms with its buttons (keyboard included) and pans by dragging; labels keep
  // clear of one another and of the plan's edges at every zoom.
  const plan = agent.locator('.admz-plan--viewport');
  expectTidyLabels(await labelBoxes(plan));
  await agent.getByRole('button', { name: 'Zoomer', exact: true }).focus();
  await agent.keyboard.press('Enter');
  await expect(plan).toHaveAttribute('data-zoom', '1.5');
  await agent.keyboard.press('Enter');
  await expect(plan).toHaveAttribute('data-zoom', '2.25');
  expectTidyLabels(await labelBoxes(plan));
  await plan.scrollIntoViewIfNeeded();
  const stageBefore = (await labelBoxes(plan)).stage;
  const viewportBox = (await plan.boundingBox())!;
  await agent.mouse.move(
    viewportBox.x + viewportBox.width * 0.8,
    viewportBox.y + viewportBox.height * 0.8,
  );
  await agent.mouse.down();
  await agent.mouse.move(
    viewportBox.x + viewportBox.width * 0.5,
    viewportBox.y + viewportBox.height * 0.5,
    {
      steps: 8,
    },
  );
  await agent.mouse.up();
  const stageAfter = (await labelBoxes(plan)).stage;
  expect(stageAfter.x).toBeLessThan(stageBefore.x - 20);
  await agent.getByRole('button', { name: 'Plan entier' }).click();
  await expect(plan).toHaveAttribute('data-zoom', '1');

  // On a phone: the plan fits the screen, its labels still apart, and no accessibility error.
  await agent.setViewportSize({ width: 390, height: 844 });
  await expect(agent.getByText('A-05 votre réservation')).toBeAttached();
  await expectNoHorizontalScroll(agent);
  expectTidyLabels(await labelBoxes(plan));
  await expectNoSeriousAccessibilityViolation(agent);
  await agent.getByRole('img', { name: 'Plan de la zone Plateau ouvert' }).scrollIntoViewIfNeeded();
  await capture(agent, 'web-floor-plan-phone');
  await agent.setViewportSize({ width: 1280, height: 900 });

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
