import { expect, test } from './e2e-test';
import { findSiteId, logIn, nextWeekdayInParis, sameOrigin, openFromMenu } from './e2e-helpers';

test('a host shortens Monday hours: the affected booking is listed, then cancelled once confirmed', async ({
  browser,
}) => {
  const agent = await logIn(browser, 'Camille Martin');
  const host = await logIn(browser, 'Inès Lefèvre');
  const parisId = await findSiteId(host, 'admz-paris');
  const desks: { id: string; label: string }[] = await (
    await host.request.get(`/api/sites/${parisId}/desks`)
  ).json();
  const [desk] = desks;
  if (!desk) throw new Error('no desk in Paris');
  const monday = nextWeekdayInParis(1);
  const booked = await agent.request.post('/api/bookings', {
    headers: sameOrigin,
    data: { siteId: parisId, deskId: desk.id, date: monday, slot: 'afternoon' },
  });
  expect(booked.status()).toBe(201);
  const bookingId: string = (await booked.json()).id;

  await openFromMenu(host, 'Gérer un tiers-lieu', 'Paramètres du site');
  await expect(host.getByRole('heading', { name: 'Horaires de la semaine' })).toBeVisible();
  await host.getByLabel('lundi, plage 1, à').fill('12:30');
  await host.getByRole('button', { name: 'Enregistrer les horaires' }).click();

  // Nothing changes yet: the host sees who would lose a booking.
  await expect(
    host.getByText(/\d+ réservations? à venir ne tien(t|nent) plus dans ces horaires/),
  ).toBeVisible();
  await expect(host.getByRole('row', { name: /Camille Martin/ })).toContainText('13:00 – 19:00');
  await host
    .getByRole('button', { name: 'Confirmer et prévenir les personnes concernées' })
    .click();
  await expect(host.getByText(/Horaires enregistrés\. Les réservations concernées/)).toBeVisible();

  const mine: { id: string; status: string }[] = await (
    await agent.request.get('/api/bookings/mine')
  ).json();
  expect(mine.find((booking) => booking.id === bookingId)?.status).toBe('cancelled');

  // The rules tab saves with the keyboard alone.
  await host.getByRole('tab', { name: 'Règles de réservation' }).click();
  const weekly = host.getByLabel('Maximum de réservations par personne et par semaine');
  await weekly.fill('3');
  await weekly.press('Enter');
  await expect(host.getByText('Règles enregistrées.')).toBeVisible();
  const rules = await (await agent.request.get(`/api/sites/${parisId}/rules`)).json();
  expect(rules.maxBookingsPerWeek).toBe(3);
});
