import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import { capture, findSiteId, logIn, sameOrigin, openFromMenu } from './e2e-helpers';
import { expect, test } from './e2e-test';

test('an admin reads what a host did in the journal, filtered by kind and then by the person', async ({
  browser,
}) => {
  const host = await logIn(browser, 'Inès Lefèvre');
  const parisId = await findSiteId(host, 'admz-paris');
  const created = await host.request.post(`/api/sites/${parisId}/kiosks`, {
    data: { name: 'Borne du journal' },
    headers: sameOrigin,
  });
  expect(created.status()).toBe(201);

  const admin = await logIn(browser, 'Paul Durand');
  await openFromMenu(admin, 'Réseau AdmZ', 'Journal des actions');
  await expect(admin.getByRole('heading', { level: 1, name: 'Journal des actions' })).toBeVisible();
  await admin.getByLabel('Tiers-lieu').selectOption(parisId);
  await admin.getByLabel('Type d’action').selectOption('kiosk.created');
  await expect(admin).toHaveURL(/type=kiosk\.created/);
  const row = admin.getByRole('row', { name: /Borne du journal/ });
  await expect(row).toContainText('Borne créée');
  await expect(row).toContainText('AdmZ Paris');

  // The person's name filters the journal to their actions.
  await row.getByRole('button', { name: 'Inès Lefèvre' }).click();
  await expect(admin.getByText('Actions de Inès Lefèvre')).toBeVisible();
  await admin.getByLabel('Type d’action').selectOption('');
  const rows = admin.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.locator('td:nth-child(4)').allInnerTexts()) {
    expect(text.trim()).toBe('Inès Lefèvre');
  }
  await expectNoSeriousAccessibilityViolation(admin);
  await capture(admin, 'audit-desktop');

  await admin.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(admin);
  await expectNoSeriousAccessibilityViolation(admin);

  // Nothing matches: said so, not an empty table.
  await admin.getByLabel('Type d’action').selectOption('host.invitation-cancelled');
  await expect(admin.getByText('Aucune action ne correspond à ces filtres.')).toBeVisible();

  // A host has no link to the journal, and is told so at its address.
  await expect(host.getByRole('button', { name: 'Réseau AdmZ' })).toHaveCount(0);
  await host.goto('/journal-des-actions');
  await expect(host.getByText('Page réservée aux administrateurs')).toBeVisible();
});
