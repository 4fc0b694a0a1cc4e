import { addDaysToIsoDate } from '@admz/shared';
import { expect, test } from './e2e-test';
import { findSiteId, logIn, nextWeekdayInParis, sameOrigin } from './e2e-helpers';

test('book every Tuesday and Thursday for two weeks: one date is refused with its reason', async ({
  browser,
}) => {
  // Two weeks of Tuesdays and Thursdays (16 to 30 March 2027, no public holiday).
  const tuesday = nextWeekdayInParis(2);
  const closedThursday = addDaysToIsoDate(tuesday, 9);

  // The host closes the second Thursday.
  const host = await logIn(browser, 'Inès Lefèvre');
  const parisId = await findSiteId(host, 'admz-paris');
  const closure = await host.request.put(
    `/api/sites/${parisId}/opening-hours/exceptions/${closedThursday}`,
    { headers: sameOrigin, data: { isClosed: true, reason: 'Séminaire des équipes' } },
  );
  expect(closure.status()).toBe(200);

  const agent = await logIn(browser, 'Paul Durand');
  await agent.goto(`/reserver?site=${parisId}&date=${tuesday}`);
  await agent.getByRole('button', { name: 'Réserver plusieurs jours' }).click();
  const form = agent.getByRole('form', { name: 'Réserver plusieurs jours' });
  await form.getByLabel('Poste', { exact: true }).selectOption({ label: 'C-03 — Espace calme' });
  await form.getByLabel('Créneau', { exact: true }).selectOption({ label: 'Matin' });
  const weekdays = form.getByRole('group', { name: 'Jours de la semaine' });
  for (const day of ['Mardi', 'Jeudi']) {
    const box = weekdays.getByLabel(day, { exact: true });
    if (!(await box.isChecked())) await weekdays.getByText(day, { exact: true }).click();
  }
  await form.getByLabel('Jusqu’au (inclus)').fill(addDaysToIsoDate(tuesday, 14));
  await form.getByRole('button', { name: /^Réserver ces \d+ dates$/ }).click();

  await expect(agent.getByText('4 dates réservées')).toBeVisible();
  await expect(agent.getByText('1 date n’a pas pu être réservée')).toBeVisible();
  await expect(agent.getByText(/Séminaire des équipes/)).toBeVisible();

  // « Mes réservations » shows the series, which can be cancelled as a whole.
  await agent.goto('/mes-reservations');
  await expect(agent.getByText(/C-03/).first()).toBeVisible();
});
