import { readFileSync } from 'node:fs';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import {
  bookTodayWithPass,
  capture,
  clearTodayFor,
  findSiteId,
  logIn,
  openFromMenu,
} from './e2e-helpers';
import { expect, test } from './e2e-test';

test('a host reads the statistics of the site, changes the period and downloads a table', async ({
  browser,
}) => {
  // Two agents of two administrations (ProConnect claims of the demo accounts) come today.
  const camille = await logIn(browser, 'Camille Martin');
  const yanis = await logIn(browser, 'Yanis Benali');
  const parisId = await findSiteId(camille, 'admz-paris');
  await bookTodayWithPass(camille, parisId, 'A-05');
  await bookTodayWithPass(yanis, parisId, 'A-06');

  try {
    const host = await logIn(browser, 'Inès Lefèvre');
    await openFromMenu(host, 'Gérer un tiers-lieu', 'Statistiques du site');
    await expect(
      host.getByRole('heading', { level: 1, name: 'Statistiques du site' }),
    ).toBeVisible();
    await expect(
      host.getByRole('heading', { level: 2, name: 'AdmZ Paris — mars 2027' }),
    ).toBeVisible();
    const administrations = host.getByRole('listitem').filter({ hasText: /^Administrations/ });
    await expect(administrations).toContainText('2');
    await expect(host.getByRole('listitem').filter({ hasText: /^Jours partagés/ })).toContainText(
      '1',
    );

    // The week before: nobody; back to this week.
    await host.getByText('Semaine', { exact: true }).click();
    await expect(
      host.getByRole('heading', {
        level: 2,
        name: /semaine du lundi 8 mars au dimanche 14 mars 2027/,
      }),
    ).toBeVisible();
    await host.getByRole('button', { name: 'Semaine précédente' }).click();
    await expect(
      host.getByRole('heading', { level: 2, name: /semaine du lundi 1 mars au/ }),
    ).toBeVisible();
    await expect(host.getByText('Aucune réservation sur cette période.')).toBeVisible();
    await host.getByRole('button', { name: 'Semaine suivante' }).click();
    await expect(host.getByText('Aucune réservation sur cette période.')).toBeHidden();

    // Each chart has its figures as a table.
    await host.getByRole('button', { name: 'Voir les données : occupation par jour' }).click();
    const dailyTable = host.getByRole('table', { name: /Occupation par jour et demi-journée/ });
    await expect(dailyTable).toBeVisible();
    await expect(dailyTable.getByRole('row')).toHaveCount(1 + 5);

    const [download] = await Promise.all([
      host.waitForEvent('download'),
      host
        .getByRole('link', { name: /Télécharger le tableau « Administrations représentées »/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('administrations.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFAdministration;SIRET;Venues;Agents;Jours\r\n')).toBe(true);
    expect(csv).toContain('Ministère du Travail et des Solidarités;11000201100044;1;1;1');
    expect(csv).toContain('DREETS Auvergne-Rhône-Alpes;13001727000013;1;1;1');

    // Counts only: the site shows no names unless an admin says so.
    await expect(host.getByText(/Ce site n’affiche pas les noms/)).toBeVisible();
    await expect(host.getByRole('switch')).toHaveCount(0);

    await expectNoSeriousAccessibilityViolation(host);
    await host.evaluate(() => window.scrollTo(0, 0));
    await capture(host, 'analytics-desktop');
    await host.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(host);
    await expectNoSeriousAccessibilityViolation(host);
    await host.evaluate(() => window.scrollTo(0, 0));
    await capture(host, 'analytics-phone');
  } finally {
    // The browser tests share one server: today's desks go back to the tests that follow,
    // whatever happened above.
    await clearTodayFor(camille);
    await clearTodayFor(yanis);
  }
});

test('the open statistics are public, linked from the footer, and name nobody', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/mentions-legales');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Statistiques ouvertes' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Statistiques ouvertes' }),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'AdmZ Paris : statistiques par mois' }),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: '< 5 personnes' }).first()).toBeVisible();
  const text = await page.locator('main').innerText();
  for (const name of ['Camille', 'Yanis', 'Benali', 'Inès', 'Lefèvre', 'Paul', 'Durand', 'Léa']) {
    expect(text).not.toContain(name);
  }
  await expectNoSeriousAccessibilityViolation(page);
  await capture(page, 'open-statistics');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
  await expectNoSeriousAccessibilityViolation(page);
});
