import { addDaysToIsoDate } from '@admz/shared';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import {
  capture,
  logIn,
  nextWeekdayInParis,
  sameOrigin,
  openFromMenu,
  readMyBookings,
} from './e2e-helpers';
import { expect, test } from './e2e-test';

test('a host adds A-01 to A-12 in a new zone « Calme », orders the zones, then deactivates a booked desk after reading whose booking it cancels', async ({
  browser,
}) => {
  // Three people, two axe runs at two widths: longer than the default on a shared machine.
  test.setTimeout(180_000);
  // A site of its own, run by Inès: its labels start free, and no other test books there.
  // Its name sorts after Paris, which stays the first site of Inès's pages in the other tests.
  const admin = await logIn(browser, 'Paul Durand');
  const host = await logIn(browser, 'Inès Lefèvre');
  const agent = await logIn(browser, 'Yanis Benali');
  const created = await admin.request.post('/api/sites', {
    headers: sameOrigin,
    data: {
      name: 'AdmZ Tournée Nantes',
      slug: 'admz-tournee-nantes',
      address: '1 quai de la Fosse, Nantes',
    },
  });
  expect(created.status()).toBe(201);
  const siteId: string = (await created.json()).id;
  const appointed = await admin.request.post(`/api/sites/${siteId}/hosts`, {
    headers: sameOrigin,
    data: { email: 'ines.lefevre@numerique.gouv.fr' },
  });
  expect(appointed.status()).toBe(200);
  const hours = await admin.request.put(`/api/sites/${siteId}/opening-hours/weekly`, {
    headers: sameOrigin,
    data: {
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: '09:00', closesAt: '18:00' })),
    },
  });
  expect(hours.status()).toBe(200);

  await host.reload();
  await openFromMenu(host, 'Gérer un tiers-lieu', 'Postes et zones');
  await expect(host.getByRole('heading', { level: 1, name: 'Postes et zones' })).toBeVisible();
  await host.getByLabel('Tiers-lieu').selectOption(siteId);
  await expect(host.getByText('Ce tiers-lieu n’a encore aucune zone')).toBeVisible();

  // Two zones: « Accueil », then « Calme », placed last.
  for (const name of ['Accueil', 'Calme']) {
    await host.getByLabel('Nouvelle zone').fill(name);
    await host.getByRole('button', { name: 'Créer la zone' }).click();
    await expect(host.getByText(`Zone « ${name} » créée.`)).toBeVisible();
  }

  // The series: its labels are shown before anything is created.
  const series = host.getByRole('form', { name: 'Ajouter une série de postes' });
  await series.getByLabel('Préfixe').fill('A-');
  await series.getByLabel('Du numéro').fill('1');
  await series.getByLabel('Au numéro').fill('12');
  await series.getByLabel('Zone', { exact: true }).selectOption('Calme');
  await series.getByText('Écran').click();
  await expect(series.getByText('Aperçu : 12 postes')).toBeVisible();
  await expect(series.getByTestId('bulk-preview')).toHaveText(
    'A-01, A-02, A-03, A-04, A-05, A-06, A-07, A-08, A-09, A-10, A-11, A-12',
  );
  await series.getByRole('button', { name: 'Créer 12 postes' }).click();
  await expect(series.getByText(/^12 postes ajoutés dans la zone Calme/)).toBeVisible();
  const calm = host.getByRole('region', { name: /^Calme/ });
  await expect(calm.getByRole('listitem')).toHaveCount(12);
  await expect(calm.getByRole('button', { name: 'Désactiver A-12' })).toBeVisible();

  // The same series again creates nothing, and says which labels exist.
  await series.getByRole('button', { name: 'Créer 12 postes' }).click();
  await expect(
    series.getByText(/Ces libellés existent déjà sur ce site : A-01, A-02/),
  ).toBeVisible();

  // « Calme » first: a button, from the keyboard.
  const zones = host.locator('.site-console__zones > li');
  await expect(zones.first()).toContainText('Accueil');
  await host.getByRole('button', { name: 'Monter la zone Calme' }).focus();
  await host.keyboard.press('Enter');
  await expect(zones.first()).toContainText('Calme');
  const order: { zone: string }[] = await (
    await agent.request.get(`/api/sites/${siteId}/zones`)
  ).json();
  expect(order.map((zone) => zone.zone)).toEqual(['Calme', 'Accueil']);

  await expectNoSeriousAccessibilityViolation(host);
  await host
    .getByRole('heading', { name: 'Ajouter des postes' })
    .evaluate((heading) => heading.scrollIntoView());
  await capture(host, 'site-console-desktop');

  // Yanis books A-03; the host takes A-03 out of booking.
  const desks: { id: string; label: string }[] = await (
    await agent.request.get(`/api/sites/${siteId}/desks`)
  ).json();
  const a03 = desks.find((desk) => desk.label === 'A-03');
  if (!a03) throw new Error('no desk A-03');
  const booked = await agent.request.post('/api/bookings', {
    headers: sameOrigin,
    data: {
      siteId,
      deskId: a03.id,
      date: addDaysToIsoDate(nextWeekdayInParis(5), 7),
      slot: 'day',
    },
  });
  expect(booked.status()).toBe(201);
  const bookingId: string = (await booked.json()).id;

  await calm.getByRole('button', { name: 'Désactiver A-03' }).click();
  const dialog = host.getByRole('dialog', { name: 'Poste A-03 : désactiver ?' });
  await expect(dialog).toContainText('1 réservation à venir serait annulée');
  await expect(dialog.locator('.site-console__affected li')).toContainText('Yanis Benali');
  await expect(dialog.locator('.site-console__affected li')).toContainText('09:00 – 18:00');
  await expectNoSeriousAccessibilityViolation(host);
  await dialog
    .getByRole('button', { name: 'Désactiver, annuler ces réservations et prévenir' })
    .click();
  await expect(dialog).toBeHidden();
  await expect(host.getByText(/Poste A-03 : désactivé\. 1 réservation annulée/)).toBeVisible();
  await expect(calm.getByRole('button', { name: 'Réactiver A-03' })).toBeVisible();
  const mine = await readMyBookings<{ id: string; status: string }>(agent);
  expect(mine.find((booking) => booking.id === bookingId)?.status).toBe('cancelled');

  await host.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(host);
  await expectNoSeriousAccessibilityViolation(host);
  await calm.getByRole('heading').evaluate((heading) => heading.scrollIntoView());
  await capture(host, 'site-console-phone');
});
