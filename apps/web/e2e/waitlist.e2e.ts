import { expect, test } from './e2e-test';
import { findSiteId, logIn, nextWeekdayInParis, sameOrigin } from './e2e-helpers';

test('a full slot: agent2 joins the waitlist, the holder cancels, agent2 gets the desk and is told', async ({
  browser,
}) => {
  // The administrator makes Lyon a one-desk site for the test (restored at the end).
  const admin = await logIn(browser, 'Paul Durand');
  const lyonId = await findSiteId(admin, 'admz-lyon');
  const desks: { id: string; label: string; isActive: boolean }[] = await (
    await admin.request.get(`/api/sites/${lyonId}/desks`)
  ).json();
  const [kept, ...others] = [...desks].sort((a, b) => a.label.localeCompare(b.label));
  if (!kept) throw new Error('no desk in Lyon');
  const setActive = async (isActive: boolean) => {
    for (const desk of others) {
      const response = await admin.request.patch(`/api/sites/${lyonId}/desks/${desk.id}`, {
        headers: sameOrigin,
        data: { isActive },
      });
      expect(response.status()).toBe(200);
    }
  };
  await setActive(false);
  try {
    const tuesday = nextWeekdayInParis(2);

    // Camille holds the only desk for the whole day.
    const holder = await logIn(browser, 'Camille Martin');
    const booked = await holder.request.post('/api/bookings', {
      headers: sameOrigin,
      data: { siteId: lyonId, deskId: kept.id, date: tuesday, slot: 'day' },
    });
    expect(booked.status()).toBe(201);

    // Yanis finds the slot full and joins its waitlist from the booking page.
    const waiting = await logIn(browser, 'Yanis Benali');
    await waiting.goto(`/reserver?site=${lyonId}&date=${tuesday}`);
    await expect(waiting.getByText('Créneau complet : liste d’attente')).toBeVisible();
    await waiting.getByRole('button', { name: "Rejoindre la liste d'attente — Journée" }).click();
    await expect(
      waiting.getByText(/inscrit·e sur la liste d'attente \(position 1\)/),
    ).toBeVisible();
    await waiting.goto('/mes-reservations');
    const entry = waiting.getByTestId('waitlist-entry');
    await expect(entry).toContainText('En attente');
    await expect(entry).toContainText('Position 1');

    // Camille cancels in « Mes réservations ».
    await holder.goto('/mes-reservations');
    await holder.getByRole('button', { name: /Annuler la réservation du .*AdmZ Lyon/ }).click();
    await holder.getByRole('button', { name: 'Oui, annuler la réservation' }).click();
    await expect(holder.getByText('Réservation annulée')).toBeVisible();

    // The pg-boss worker gives the desk to Yanis, who sees it in « Mes réservations ».
    // Both checks after the same reload: the two lists are fetched by separate requests, and
    // the promotion may land between them. Each reload gets the time a loaded machine needs to
    // draw the page (the entry is there before and after the promotion, only its words change).
    await expect(async () => {
      await waiting.reload();
      const promotedEntry = waiting.getByTestId('waitlist-entry');
      await expect(promotedEntry).toBeVisible({ timeout: 10_000 });
      await expect(promotedEntry).toContainText('Poste attribué', { timeout: 2_000 });
      await expect(
        waiting.getByRole('button', {
          name: new RegExp(`Annuler la réservation du .*${kept.label}.*AdmZ Lyon`),
        }),
      ).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });

    // The promotion mail, in the development outbox (no SMTP server in the test).
    await expect(async () => {
      const outbox = await waiting.request.get('/api/dev/outbox');
      expect(outbox.status()).toBe(200);
      const { messages } = (await outbox.json()) as {
        messages: { to: string; subject: string }[];
      };
      expect(
        messages.some(
          (message) => /yanis/i.test(message.to) && /Un poste s'est libéré/.test(message.subject),
        ),
      ).toBe(true);
    }).toPass({ timeout: 15_000 });
  } finally {
    await setActive(true);
  }
});
