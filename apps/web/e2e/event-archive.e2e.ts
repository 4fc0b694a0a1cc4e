import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import { capture, logIn, openFromMenu } from './e2e-helpers';
import { expect, test } from './e2e-test';

test('a host attaches a link to a past event, then an agent finds it by a French plural', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The demo's « Déjeuner des développeurs publics » took place three days ago, with nothing attached.
  const host = await logIn(browser, 'Inès Lefèvre');
  await openFromMenu(host, 'Événements', 'Archives des événements');
  await expect(
    host.getByRole('heading', { level: 1, name: 'Archives des événements' }),
  ).toBeVisible();
  await host.getByRole('link', { name: 'Déjeuner des développeurs publics' }).click();
  const archive = host.getByRole('region', { name: 'Archives de l’événement' });
  await expect(archive.getByText('Rien n’a encore été joint à cet événement')).toBeVisible();

  await archive.getByRole('button', { name: 'Ajouter un lien' }).click();
  await archive.getByLabel('Type du lien 1').selectOption('video');
  await archive.getByLabel('Intitulé du lien 1').fill('Enregistrement de la table ronde');
  await archive.getByLabel('Adresse du lien 1').fill('javascript:alert(1)');
  await archive.getByRole('button', { name: 'Enregistrer les archives' }).click();
  await expect(archive.getByText('Le lien est une adresse web complète en https://')).toBeVisible();
  await archive
    .getByLabel('Adresse du lien 1')
    .fill('https://tube.numerique.gouv.fr/w/table-ronde');
  await archive
    .getByLabel('Résumé')
    .fill('Une table ronde sur le recrutement des profils techniques dans l’État.');
  await archive.getByRole('button', { name: 'Enregistrer les archives' }).click();
  await expect(archive.getByText('Archives enregistrées.')).toBeVisible();
  await expect(
    archive.getByRole('link', { name: /Enregistrement de la table ronde/ }),
  ).toHaveAttribute('href', 'https://tube.numerique.gouv.fr/w/table-ronde');

  // Removing a link asks first; keeping it changes nothing.
  await archive.getByRole('button', { name: 'Retirer le lien 1' }).click();
  const confirmation = host.getByRole('dialog', { name: 'Retirer ce lien ?' });
  await expect(confirmation).toBeVisible();
  await expectNoSeriousAccessibilityViolation(host);
  await confirmation.getByRole('button', { name: 'Garder le lien' }).click();
  await expect(archive.getByLabel('Intitulé du lien 1')).toHaveValue(
    'Enregistrement de la table ronde',
  );
  await expectNoSeriousAccessibilityViolation(host);
  await host.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(host);
  await expectNoSeriousAccessibilityViolation(host);

  // Camille searches the plural, « enregistrements »: the singular of the link's label is found.
  const agent = await logIn(browser, 'Camille Martin');
  await agent.goto('/evenements');
  await agent.getByRole('link', { name: 'Archives des événements passés' }).click();
  await agent
    .getByRole('searchbox', { name: /Rechercher dans les événements passés/ })
    .fill('enregistrements');
  await agent.getByRole('button', { name: 'Rechercher', exact: true }).click();
  await expect(agent).toHaveURL(/[?&]q=enregistrements/);
  const results = agent.locator('section[aria-labelledby="archive-results-title"]');
  await expect(results.getByRole('heading', { name: '1 événement passé' })).toBeVisible();
  await expect(
    results.getByRole('link', { name: 'Déjeuner des développeurs publics' }),
  ).toBeVisible();
  // The passage shown is the summary the host wrote.
  await expect(results.getByText(/recrutement des profils techniques/)).toBeVisible();

  // A filter joins the words in the address; a type without this event empties the list.
  await agent.getByLabel('Type', { exact: true }).selectOption({ label: 'Atelier' });
  await expect(agent).toHaveURL(/type=workshop/);
  await expect(
    agent.getByText('Aucun événement passé ne correspond à cette recherche.'),
  ).toBeVisible();
  await agent.getByLabel('Type', { exact: true }).selectOption({ label: 'Déjeuner' });
  await expect(
    results.getByRole('link', { name: 'Déjeuner des développeurs publics' }),
  ).toBeVisible();
  await capture(agent, 'event-archive-desktop');

  await agent.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(agent);
  await expectNoSeriousAccessibilityViolation(agent);
  await agent.reload();
  await expect(agent.getByRole('searchbox', { name: /Rechercher/ })).toHaveValue('enregistrements');
  await expect(agent.getByLabel('Type', { exact: true })).toHaveValue('lunch');

  await results.getByRole('link', { name: 'Déjeuner des développeurs publics' }).click();
  const pastEvent = agent.getByRole('region', { name: 'Archives de l’événement' });
  await expect(
    pastEvent.getByRole('link', { name: /Enregistrement de la table ronde/ }),
  ).toBeVisible();
  await expect(pastEvent.getByText(/recrutement des profils techniques/)).toBeVisible();
  // An agent who does not organise it reads the archive without a form.
  await expect(pastEvent.getByRole('button', { name: 'Enregistrer les archives' })).toHaveCount(0);
  await expectNoSeriousAccessibilityViolation(agent);
  await capture(agent, 'event-archive-page-phone');
});
