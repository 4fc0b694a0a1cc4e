import { addDaysToIsoDate } from '@admz/shared';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import { capture, logIn, nextWeekdayInParis, openFromMenu } from './e2e-helpers';
import { expect, test } from './e2e-test';

test('an agent books « Salle Marianne » for six with two colleagues; they see it, and the mails are sent', async ({
  browser,
}) => {
  // Three people, axe at two widths: longer than the default on a shared machine.
  test.setTimeout(240_000);
  const agent = await logIn(browser, 'Camille Martin');
  const date = addDaysToIsoDate(nextWeekdayInParis(4), 7);
  const title = 'Atelier de cadrage des salles';

  await openFromMenu(agent, 'Réserver', 'Réserver une salle');
  await expect(agent.getByRole('heading', { level: 1, name: 'Réserver une salle' })).toBeVisible();
  await agent.getByLabel('Tiers-lieu').selectOption({ label: 'AdmZ Paris' });
  await agent.locator('input[name="date"]').fill(date);
  await expect(agent.getByRole('heading', { level: 3, name: 'Salle Marianne' })).toBeVisible();
  await agent.getByRole('button', { name: 'Choisir Salle Marianne' }).click();
  await expect(
    agent.getByRole('heading', { level: 2, name: 'Réserver Salle Marianne' }),
  ).toBeVisible();

  const form = agent.getByRole('form', { name: 'Réserver Salle Marianne' });
  await form.getByLabel('Début').selectOption('14:00');
  await form.getByLabel('Fin').selectOption('15:30');
  await form.getByLabel('Objet de la réunion').fill(title);
  await form.getByLabel('Nombre de personnes').fill('6');
  await form
    .getByLabel(/Adresses électroniques des personnes invitées/)
    .fill('yanis.benali@dreets.gouv.fr\nines.lefevre@numerique.gouv.fr');
  await form.getByRole('button', { name: 'Réserver la salle' }).click();
  await expect(form.getByText(/Salle Marianne est réservée le .*, de 14:00 à 15:30/)).toBeVisible();

  // The day now shows the room taken, and « Mes réservations de salle » lists it.
  await expect(agent.getByText('de 14:00 à 15:30').first()).toBeVisible();
  const mine = agent.getByRole('region', { name: 'Mes réservations de salle' });
  await expect(mine.getByText(`« ${title} » — Salle Marianne, AdmZ Paris`)).toBeVisible();
  await expect(mine.getByText(/6 personnes/)).toBeVisible();

  // A room taken over that time is refused in a sentence.
  await form.getByLabel('Début').selectOption('15:00');
  await form.getByLabel('Fin').selectOption('16:00');
  await form.getByLabel('Objet de la réunion').fill('Réunion en trop');
  await form.getByLabel('Nombre de personnes').fill('2');
  await form.getByLabel(/Adresses électroniques des personnes invitées/).fill('');
  await form.getByRole('button', { name: 'Réserver la salle' }).click();
  await expect(
    form.getByText(
      '« Salle Marianne » est déjà réservée sur ce créneau : choisissez un autre horaire ou une autre salle.',
    ),
  ).toBeVisible();

  await expectNoSeriousAccessibilityViolation(agent);
  await agent.evaluate(() => window.scrollTo(0, 0));
  await capture(agent, 'web-rooms');
  await agent.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(agent);
  await expectNoSeriousAccessibilityViolation(agent);
  await agent.setViewportSize({ width: 1280, height: 900 });

  // Yanis, named, sees the meeting in his list, invited by Camille.
  const colleague = await logIn(browser, 'Yanis Benali');
  await colleague.goto('/salles');
  const hisList = colleague.getByRole('region', { name: 'Mes réservations de salle' });
  await expect(hisList.getByText(`« ${title} » — Salle Marianne, AdmZ Paris`)).toBeVisible();
  await expect(hisList.getByText('Vous êtes invité par Camille Martin.')).toBeVisible();
  await expect(hisList.getByRole('button', { name: 'Annuler cette réservation' })).toHaveCount(0);

  // The mails, in the development outbox (no SMTP server in the test), each with its .ics.
  await expect(async () => {
    const outbox = await colleague.request.get('/api/dev/outbox');
    expect(outbox.status()).toBe(200);
    const { messages } = (await outbox.json()) as {
      messages: { to: string; subject: string; attachments: { filename: string }[] }[];
    };
    for (const person of [/camille/i, /yanis/i, /ines/i]) {
      expect(
        messages.some(
          (message) =>
            person.test(message.to) &&
            message.subject.startsWith(`Salle réservée : ${title}`) &&
            message.attachments.some((attachment) => attachment.filename === 'salle.ics'),
        ),
        String(person),
      ).toBe(true);
    }
  }).toPass({ timeout: 15_000 });

  // Inès, host of Paris, finds the room in the site settings.
  const host = await logIn(browser, 'Inès Lefèvre');
  await openFromMenu(host, 'Gérer un tiers-lieu', 'Paramètres du site');
  await host.getByRole('tab', { name: 'Salles et tables' }).click();
  await expect(
    host.getByRole('heading', { level: 3, name: 'Salle Marianne (Salle)' }),
  ).toBeVisible();
  // The room rules, kept as they are: saved with the keyboard alone.
  const roomRules = host.getByRole('form', { name: 'Règles des salles' });
  await expect(roomRules.getByLabel(/^Durée maximale d'une réservation/)).toHaveValue('4');
  await roomRules.getByLabel(/^Réservations de salle à venir par personne/).press('Enter');
  await expect(host.getByText('Règles des salles enregistrées.')).toBeVisible();
  await expectNoSeriousAccessibilityViolation(host);
  await host.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(host);
  await host.setViewportSize({ width: 1280, height: 900 });

  // Camille cancels, after confirming.
  await mine.getByRole('button', { name: 'Annuler cette réservation' }).click();
  await mine.getByRole('button', { name: 'Oui, annuler la réservation' }).click();
  await expect(mine.getByText(`« ${title} » — Salle Marianne, AdmZ Paris`)).toHaveCount(0);
});
