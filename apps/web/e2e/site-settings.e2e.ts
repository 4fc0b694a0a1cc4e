import { addDaysToIsoDate, isoWeekday as isoWeekdayOf } from '@admz/shared';
import type { Page } from '@playwright/test';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import { expect, test } from './e2e-test';
import {
  capture,
  findSiteId,
  isoDateInParis,
  logIn,
  nextWeekdayInParis,
  openFromMenu,
  sameOrigin,
  readMyBookings,
} from './e2e-helpers';

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

  const mine = await readMyBookings<{ id: string; status: string }>(agent);
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

test('a host lets a regional service book further ahead: the DREETS agent may, the ministry agent may not', async ({
  browser,
}) => {
  const host = await logIn(browser, 'Inès Lefèvre');
  const parisId = await findSiteId(host, 'admz-paris');
  await openFromMenu(host, 'Gérer un tiers-lieu', 'Paramètres du site');
  await host.getByRole('tab', { name: 'Règles de réservation' }).click();
  await host.getByLabel("Réservation possible jusqu'à (jours à l'avance)").first().fill('30');
  await host.getByRole('button', { name: 'Ajouter une population' }).click();
  const population = host.getByRole('group', { name: /^Population 1/ });
  await population.getByLabel(/^Nom de la population/).fill('Services déconcentrés');
  await population.getByLabel(/^Mots de l’organisation/).fill('DREETS, DDETS');
  await population.getByLabel("Réservation possible jusqu'à (jours à l'avance)").fill('60');
  await expectNoSeriousAccessibilityViolation(host);
  await host.getByRole('button', { name: 'Enregistrer les règles' }).click();
  await expect(host.getByText('Règles enregistrées.')).toBeVisible();
  await population.scrollIntoViewIfNeeded();
  await capture(host, 'site-rules-population');
  await host.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(host);
  await host.setViewportSize({ width: 1280, height: 900 });

  // 45 days ahead, a weekday: beyond the site's 30 days, within the regional services' 60.
  let far = addDaysToIsoDate(isoDateInParis(), 45);
  while (isoWeekdayOf(far) > 5) far = addDaysToIsoDate(far, 1);
  const desks: { id: string; label: string }[] = await (
    await host.request.get(`/api/sites/${parisId}/desks`)
  ).json();
  const bookFar = async (page: Page, desk: { id: string } | undefined) =>
    page.request.post('/api/bookings', {
      headers: sameOrigin,
      data: { siteId: parisId, deskId: desk?.id, date: far, slot: 'morning' },
    });
  const regional = await logIn(browser, 'Yanis Benali');
  expect((await bookFar(regional, desks[4])).status()).toBe(201);
  const ministry = await logIn(browser, 'Camille Martin');
  const refused = await bookFar(ministry, desks[5]);
  expect(refused.status()).toBe(422);
  expect((await refused.json()).message).toContain('plus de 30 jours à l');

  // The population removed, the site's rule is everyone's again.
  await host.getByRole('button', { name: 'Retirer « Services déconcentrés »' }).click();
  await host.getByRole('button', { name: 'Enregistrer les règles' }).click();
  await expect(host.getByText('Règles enregistrées.')).toBeVisible();
  const rules = await (await host.request.get(`/api/sites/${parisId}/rules`)).json();
  expect(rules.populationRules).toEqual([]);
});
