import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import { capture, findSiteId, logIn, openFromMenu } from './e2e-helpers';
import { expect, test } from './e2e-test';

test('an admin appoints a host of Lyon by name, invites an address, then removes the host after confirming', async ({
  browser,
}) => {
  // Only people who have logged in are offered by name.
  const yanis = await logIn(browser, 'Yanis Benali');
  const admin = await logIn(browser, 'Paul Durand');
  const lyonId = await findSiteId(admin, 'admz-lyon');
  expect((await yanis.request.get(`/api/sites/${lyonId}/presence`)).status()).toBe(403);
  await openFromMenu(admin, 'Réseau AdmZ', 'Gestionnaires');
  await expect(
    admin.getByRole('heading', { level: 1, name: 'Gestionnaires des sites' }),
  ).toBeVisible();
  await admin.getByLabel('Tiers-lieu').selectOption(lyonId);
  await expect(admin.getByRole('heading', { name: /^Gestionnaires de .*Lyon/ })).toBeVisible();

  const field = admin.getByLabel(/Adresse électronique, ou nom/);
  await field.fill('Yanis');
  await admin.getByRole('button', { name: /^Nommer Yanis Benali/ }).click();
  await expect(admin.getByRole('button', { name: 'Retirer Yanis Benali' })).toBeVisible();
  expect((await yanis.request.get(`/api/sites/${lyonId}/presence`)).status()).toBe(200);

  // By address: someone who has never logged in waits as an invitation.
  await field.fill('future.hote@example.gouv.fr');
  await admin.getByRole('button', { name: 'Nommer gestionnaire' }).click();
  await expect(admin.getByText('En attente d’une première connexion')).toBeVisible();
  await expect(
    admin.getByRole('button', { name: 'Annuler l’invitation de future.hote@example.gouv.fr' }),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolation(admin);
  await capture(admin, 'hosts-desktop');

  // Removing asks first, and says what it ends.
  await admin.getByRole('button', { name: 'Retirer Yanis Benali' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Retirer ce gestionnaire ?' });
  await expect(dialog).toContainText('ne pourra plus gérer');
  await dialog.getByRole('button', { name: 'Oui, retirer ce gestionnaire' }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByRole('button', { name: 'Retirer Yanis Benali' })).toHaveCount(0);
  expect((await yanis.request.get(`/api/sites/${lyonId}/presence`)).status()).toBe(403);

  await admin.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(admin);
  await expectNoSeriousAccessibilityViolation(admin);
  await capture(admin, 'hosts-phone');

  // The page is an admin's: a host has no link to it, and is told so at its address.
  const host = await logIn(browser, 'Inès Lefèvre');
  await expect(host.getByRole('button', { name: 'Réseau AdmZ' })).toHaveCount(0);
  await host.goto('/gestionnaires');
  await expect(host.getByText('Page réservée aux administrateurs')).toBeVisible();
});
