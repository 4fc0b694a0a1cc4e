import { addDaysToIsoDate } from '@admz/shared';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import { capture, isoDateInParis, logIn, openFromMenu } from './e2e-helpers';
import { expect, test } from './e2e-test';

// A 1×1 PNG: the photo of the new site.
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('an admin creates a temporary site choosing its timezone in the list, appoints its host, and an agent sees how to get in', async ({
  browser,
}) => {
  // Three people log in and the admin walks the whole form: more than the default budget on CI.
  test.setTimeout(180_000);
  // Inès must have logged in once to be offered by name.
  await logIn(browser, 'Inès Lefèvre');
  const admin = await logIn(browser, 'Paul Durand');
  await openFromMenu(admin, 'Réseau AdmZ', 'Sites');
  await expect(admin.getByRole('heading', { level: 1, name: 'Sites du réseau' })).toBeVisible();
  await expect(admin.getByRole('heading', { level: 3, name: /Paris/ })).toBeVisible();

  await admin.getByRole('button', { name: 'Créer un site' }).click();
  const form = admin.getByRole('form', { name: 'Nouveau site' });
  await form.getByLabel('Nom du site').fill('AdmZ Tournée Réunion');
  await expect(form.getByLabel('Identifiant court')).toHaveValue('admz-tournee-reunion');
  await form.getByLabel('Adresse').fill('Tiers-lieu Le Kaz\n5 rue de Paris, 97400 Saint-Denis');

  // The timezone comes from the searchable list: typing narrows it, the keyboard picks.
  const timezone = form.getByLabel('Fuseau horaire');
  await timezone.fill('Indian/Re');
  const listId = await timezone.getAttribute('list');
  expect(
    await admin.locator(`datalist[id="${listId}"] option[value="Indian/Reunion"]`).count(),
  ).toBe(1);
  await timezone.fill('Indian/Reunion');
  await form.getByLabel('Jours fériés').selectOption('RE');
  await form.getByText('Temporaire (journée itinérante)').click();
  const startsOn = addDaysToIsoDate(isoDateInParis(), 10);
  await form.getByLabel('Premier jour', { exact: true }).fill(startsOn);
  await form.getByLabel('Dernier jour').fill(addDaysToIsoDate(startsOn, 1));
  await form.getByLabel('Nombre de places (facultatif)').fill('12');
  await form.getByLabel('Description').fill('Deux journées de l’AdmZ itinérant à La Réunion.');
  await form
    .getByLabel('Informations d’accès')
    .fill('Entrée par la cour, 1er étage : sonnez « AdmZ ».');
  await form.getByLabel('Informations wifi').fill('Réseau Kaz-Invites, code à l’accueil.');
  await form.getByRole('button', { name: 'Créer le site' }).click();
  await expect(admin.getByText('AdmZ Tournée Réunion est créé.')).toBeVisible();

  // Its photo, previewed before it is sent.
  await admin.getByLabel('Choisir une photo').setInputFiles({
    name: 'kaz.png',
    mimeType: 'image/png',
    buffer: photo,
  });
  await expect(
    admin.getByAltText('Aperçu de la nouvelle photo de AdmZ Tournée Réunion'),
  ).toBeVisible();
  await admin.getByRole('button', { name: 'Enregistrer la photo' }).click();
  await expect(admin.getByText('Photo enregistrée.')).toBeVisible();
  await expect(admin.getByAltText('Photo de AdmZ Tournée Réunion')).toBeVisible();
  await expectNoSeriousAccessibilityViolation(admin);
  await admin.evaluate(() => window.scrollTo(0, 0));
  await capture(admin, 'sites-admin-desktop');

  await admin.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(admin);
  await expectNoSeriousAccessibilityViolation(admin);
  await admin.evaluate(() => window.scrollTo(0, 0));
  await capture(admin, 'sites-admin-phone');
  await admin.setViewportSize({ width: 1280, height: 900 });

  // Then its host, on « Gestionnaires ».
  await admin.getByRole('link', { name: 'Gestionnaires de AdmZ Tournée Réunion' }).click();
  await expect(
    admin.getByRole('heading', { name: 'Gestionnaires de AdmZ Tournée Réunion' }),
  ).toBeVisible();
  await admin.getByLabel(/Adresse électronique, ou nom/).fill('Inès');
  await admin.getByRole('button', { name: /^Nommer Inès Lefèvre/ }).click();
  await expect(admin.getByRole('button', { name: 'Retirer Inès Lefèvre' })).toBeVisible();

  // An agent booking there sees how to get in, folded on a phone.
  const agent = await logIn(browser, 'Camille Martin');
  await agent.setViewportSize({ width: 390, height: 844 });
  await agent.getByLabel('Tiers-lieu').selectOption({ label: 'AdmZ Tournée Réunion' });
  const infoButton = agent.getByRole('button', { name: 'Infos pratiques : AdmZ Tournée Réunion' });
  await expect(infoButton).toHaveAttribute('aria-expanded', 'false');
  await infoButton.click();
  await expect(agent.getByText('Entrée par la cour, 1er étage : sonnez « AdmZ ».')).toBeVisible();
  await expect(agent.getByText('Réseau Kaz-Invites, code à l’accueil.')).toBeVisible();
  await expect(agent.getByText(/ouvert aux réservations du .* \(12 places\)/)).toBeVisible();
  await expect(agent.getByAltText('Photo de AdmZ Tournée Réunion')).toBeVisible();
  await expectNoHorizontalScroll(agent);
  await expectNoSeriousAccessibilityViolation(agent);

  // Archiving asks first and says what it does; the agents' list loses the site.
  await openFromMenu(admin, 'Réseau AdmZ', 'Sites');
  await admin.getByRole('button', { name: 'Archiver AdmZ Tournée Réunion' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Archiver AdmZ Tournée Réunion ?' });
  await expect(dialog).toContainText('Les agents ne verront plus AdmZ Tournée Réunion');
  await expectNoSeriousAccessibilityViolation(admin);
  await dialog.getByRole('button', { name: 'Oui, archiver ce site' }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByRole('heading', { name: 'Sites archivés (1)' })).toBeVisible();
  await agent.reload();
  await expect(agent.getByRole('option', { name: 'AdmZ Tournée Réunion' })).toHaveCount(0);
  await admin.getByRole('button', { name: 'Rétablir AdmZ Tournée Réunion' }).click();
  await expect(admin.getByText('AdmZ Tournée Réunion est rétabli.')).toBeVisible();

  // Not an admin: no link, and the page says so.
  await expect(agent.getByRole('button', { name: 'Réseau AdmZ' })).toHaveCount(0);
  await agent.goto('/sites-du-reseau');
  await expect(agent.getByText('Page réservée aux administrateurs')).toBeVisible();
});
