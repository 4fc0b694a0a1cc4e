import { addDaysToIsoDate } from '@admz/shared';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import {
  capture,
  logIn,
  nextWeekdayInParis,
  openFromMenu,
  sameOrigin,
  readMyBookings,
} from './e2e-helpers';
import { expect, test } from './e2e-test';

test('an agent proposes an event, the host approves it after reading the desk booking it cancels, and it is on the agenda', async ({
  browser,
}) => {
  // Four people, axe at two widths on three pages: longer than the default on a shared machine.
  test.setTimeout(240_000);
  // A site of its own, run by Inès: no other test books or plans events there.
  const admin = await logIn(browser, 'Paul Durand');
  const host = await logIn(browser, 'Inès Lefèvre');
  const agent = await logIn(browser, 'Camille Martin');
  const holder = await logIn(browser, 'Yanis Benali');
  const created = await admin.request.post('/api/sites', {
    headers: sameOrigin,
    data: {
      name: 'AdmZ Rencontres Lille',
      slug: 'admz-rencontres-lille',
      address: '2 place du Théâtre, Lille',
    },
  });
  expect(created.status()).toBe(201);
  const siteId: string = (await created.json()).id;
  for (const [method, path, data] of [
    ['post', `/api/sites/${siteId}/hosts`, { email: 'ines.lefevre@numerique.gouv.fr' }],
    [
      'put',
      `/api/sites/${siteId}/opening-hours/weekly`,
      {
        weekly: [1, 2, 3, 4, 5].map((weekday) => ({
          weekday,
          opensAt: '09:00',
          closesAt: '18:00',
        })),
      },
    ],
    [
      'post',
      `/api/sites/${siteId}/desks/bulk`,
      { prefix: 'S-', first: 1, last: 4, width: 2, zone: 'Salle des communs' },
    ],
    [
      'post',
      `/api/sites/${siteId}/desks/bulk`,
      { prefix: 'P-', first: 1, last: 4, zone: 'Plateau' },
    ],
  ] as const) {
    const answer = await admin.request[method](path, { headers: sameOrigin, data });
    expect(answer.ok(), `${method} ${path}: ${await answer.text()}`).toBe(true);
  }

  // Yanis has booked S-02 on the day of the event: the approval will cancel it.
  const date = addDaysToIsoDate(nextWeekdayInParis(4), 7);
  const desks: { id: string; label: string }[] = await (
    await holder.request.get(`/api/sites/${siteId}/desks`)
  ).json();
  const s02 = desks.find((desk) => desk.label === 'S-02');
  if (!s02) throw new Error('no desk S-02');
  const booked = await holder.request.post('/api/bookings', {
    headers: sameOrigin,
    data: { siteId, deskId: s02.id, date, slot: 'afternoon' },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  const bookingId: string = (await booked.json()).id;

  // Camille proposes « Déjeuner des geeks » from the header's « Événements ».
  await agent.reload();
  await openFromMenu(agent, 'Événements', 'Agenda des événements');
  await expect(
    agent.getByRole('heading', { level: 1, name: 'Agenda des événements' }),
  ).toBeVisible();
  await agent
    .getByRole('main')
    .getByRole('link', { name: 'Proposer un événement' })
    .first()
    .click();
  await expect(
    agent.getByRole('heading', { level: 1, name: 'Proposer un événement' }),
  ).toBeVisible();
  await agent.getByLabel('Tiers-lieu').selectOption(siteId);
  await agent.getByLabel('Titre').fill('Déjeuner des geeks');
  await agent.getByLabel('Type').selectOption('lunch');
  await agent
    .getByLabel('Description')
    .fill('On parle logiciels libres et communs numériques autour d’un repas.');
  await agent.getByLabel('Thèmes').fill('logiciel libre, communs');
  await agent.getByLabel('Date').fill(date);
  await agent.getByLabel('Début').fill('12:00');
  await agent.getByLabel('Fin').fill('11:00');
  await agent.getByLabel('Zone utilisée').selectOption({ label: 'Salle des communs (4 postes)' });
  await agent.getByLabel('Places sur place').fill('12');
  await agent
    .getByLabel('Lien de visio (facultatif)')
    .fill('https://webinaire.numerique.gouv.fr/geeks');
  // The form says what is wrong before anything is sent.
  await agent.getByRole('button', { name: 'Proposer l’événement' }).click();
  await expect(agent.getByText("L'heure de fin doit être après l'heure de début.")).toBeVisible();
  await agent.getByLabel('Fin').fill('14:00');
  await expectNoSeriousAccessibilityViolation(agent);
  await agent.getByLabel('Description').evaluate((field) => field.scrollIntoView());
  await capture(agent, 'event-form-desktop');
  await agent.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(agent);
  await capture(agent, 'event-form-phone');
  await agent.setViewportSize({ width: 1280, height: 900 });
  await agent.getByRole('button', { name: 'Proposer l’événement' }).click();

  await expect(agent.getByRole('heading', { level: 1, name: 'Déjeuner des geeks' })).toBeVisible();
  await expect(agent.getByText('Votre proposition est envoyée aux gestionnaires')).toBeVisible();
  await expect(agent.getByText('En attente de validation')).toBeVisible();
  await expect(agent.getByText('AdmZ Rencontres Lille, zone Salle des communs')).toBeVisible();

  // Inès finds it in « Événements à valider », reads whose booking it cancels, and approves.
  await host.reload();
  await openFromMenu(host, 'Gérer un tiers-lieu', 'Événements à valider');
  await expect(host.getByRole('heading', { level: 1, name: 'Événements à valider' })).toBeVisible();
  await host.getByLabel('Tiers-lieu').selectOption(siteId);
  await expect(host.getByRole('heading', { name: 'Déjeuner des geeks' })).toBeVisible();
  await expect(host.getByText('Proposé par Camille Martin')).toBeVisible();
  await expectNoSeriousAccessibilityViolation(host);
  await capture(host, 'events-to-validate-desktop');
  await host.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(host);
  await expectNoSeriousAccessibilityViolation(host);
  await host
    .getByRole('heading', { name: /^Propositions à valider/ })
    .evaluate((heading) => heading.scrollIntoView());
  await capture(host, 'events-to-validate-phone');
  await host.setViewportSize({ width: 1280, height: 900 });

  await host.getByRole('button', { name: 'Valider « Déjeuner des geeks »' }).click();
  const dialog = host.getByRole('dialog', { name: 'Valider « Déjeuner des geeks » ?' });
  await expect(dialog).toContainText('1 réservation de poste serait annulée');
  await expect(dialog.locator('.admz-affected-bookings li')).toContainText('Yanis Benali');
  await expect(dialog.locator('.admz-affected-bookings li')).toContainText('poste S-02');
  await expectNoSeriousAccessibilityViolation(host);
  await dialog
    .getByRole('button', { name: 'Valider, annuler ces réservations et prévenir' })
    .click();
  await expect(dialog).toBeHidden();
  await expect(
    host.getByText(
      /« Déjeuner des geeks » est validé et publié à l’agenda\. 1 réservation de poste annulée/,
    ),
  ).toBeVisible();
  await expect(host.getByText('Aucune proposition en attente : tout est à jour.')).toBeVisible();
  const mine = await readMyBookings<{ id: string; status: string }>(holder);
  expect(mine.find((booking) => booking.id === bookingId)?.status).toBe('cancelled');
  // The zone is held: Yanis cannot book S-03 over the event, but P-01 is free.
  const refused = await holder.request.post('/api/bookings', {
    headers: sameOrigin,
    data: {
      siteId,
      deskId: desks.find((desk) => desk.label === 'S-03')?.id,
      date,
      slot: 'afternoon',
    },
  });
  expect(refused.status()).toBe(409);

  // Camille sees it on the site's agenda, approved.
  await agent.goto(`/evenements?site=${siteId}`);
  const agenda = agent.getByRole('region', { name: 'À venir à AdmZ Rencontres Lille' });
  await expect(agenda.getByRole('link', { name: 'Déjeuner des geeks' })).toBeVisible();
  await expect(agenda).toContainText('12:00 – 14:00');
  await expectNoSeriousAccessibilityViolation(agent);
  await capture(agent, 'events-agenda-desktop');
  await agent.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(agent);
  await expectNoSeriousAccessibilityViolation(agent);
  await capture(agent, 'events-agenda-phone');

  // Camille registers in person on the event's page; Inès sees her among the registrants.
  await agent.setViewportSize({ width: 1280, height: 900 });
  await agenda.getByRole('link', { name: 'Déjeuner des geeks' }).click();
  await expect(agent.getByRole('heading', { level: 1, name: 'Déjeuner des geeks' })).toBeVisible();
  await expect(agent.getByText('0 / 12 places sur place prises.')).toBeVisible();
  await agent.getByRole('button', { name: 'M’inscrire sur place' }).click();
  await expect(agent.getByText('Vous êtes inscrit (sur place).')).toBeVisible();
  await expect(agent.getByText('1 / 12 places sur place prises.')).toBeVisible();
  await expectNoSeriousAccessibilityViolation(agent);
  await capture(agent, 'event-page-desktop');
  await agent.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(agent);
  await expectNoSeriousAccessibilityViolation(agent);
  const eventUrl = agent.url();

  // « Mes événements »: her registration, and her proposal, approved.
  await agent.goto('/mes-evenements');
  const myRegistrations = agent.getByRole('region', { name: 'Mes inscriptions' });
  await expect(myRegistrations.getByRole('link', { name: 'Déjeuner des geeks' })).toBeVisible();
  await expect(myRegistrations).toContainText('Inscrit');
  await expect(agent.getByRole('region', { name: 'Mes propositions' })).toContainText('Validé');
  await expectNoHorizontalScroll(agent);
  await expectNoSeriousAccessibilityViolation(agent);
  await agent.setViewportSize({ width: 1280, height: 900 });
  await expectNoSeriousAccessibilityViolation(agent);
  await capture(agent, 'my-events-desktop');

  // Yanis, who cannot come, follows it remotely: the visio link is his at once.
  await holder.goto(eventUrl);
  await holder.getByRole('button', { name: 'Suivre à distance' }).click();
  await expect(holder.getByText('Vous êtes inscrit (à distance).')).toBeVisible();
  await expect(holder.getByRole('link', { name: /Rejoindre la visio/ })).toHaveAttribute(
    'href',
    /^https:\/\//,
  );
  await expectNoSeriousAccessibilityViolation(holder);

  await host.goto(eventUrl);
  const registrants = host.getByRole('region', { name: 'Inscrits' });
  await expect(registrants).toContainText('Camille Martin');
  await expect(registrants).toContainText('sur place');
  await expect(registrants).toContainText('Yanis Benali');

  // Inès writes to the registrants.
  const message = host.getByRole('form', { name: 'Écrire aux inscrits' });
  await message.getByLabel('Objet du message aux inscrits').fill('Menu végétarien');
  await message
    .getByLabel('Message', { exact: true })
    .fill('Le traiteur propose un menu végétarien.');
  await message.getByRole('button', { name: 'Écrire aux 2 inscrits' }).click();
  await expect(message.getByText('Message envoyé par courriel à 2 personnes.')).toBeVisible();
  await expectNoSeriousAccessibilityViolation(host);

  // Inès cancels it, saying why: the dialog says who will be told.
  await host.getByRole('button', { name: 'Annuler l’événement…' }).click();
  const cancelDialog = host.getByRole('dialog', { name: 'Annuler « Déjeuner des geeks » ?' });
  await expect(cancelDialog).toContainText('2 personnes inscrites (ou en attente)');
  await cancelDialog.getByLabel('Raison de l’annulation').fill('Le traiteur ne peut pas venir.');
  await cancelDialog.getByRole('button', { name: 'Annuler l’événement et prévenir' }).click();
  await expect(cancelDialog).toBeHidden();
  await expect(host.getByText('Annulé', { exact: true })).toBeVisible();
  const agendaAfter: { id: string }[] = await (
    await agent.request.get(`/api/sites/${siteId}/events`)
  ).json();
  expect(agendaAfter).toEqual([]);
});
