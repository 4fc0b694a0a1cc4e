import { expect, test } from './e2e-test';
import { capture, findSiteId, logIn, nextWeekdayInParis } from './e2e-helpers';

test('book from the calendar: choose a free slot, then a desk', async ({ browser }) => {
  const agent = await logIn(browser, 'Yanis Benali');
  const parisId = await findSiteId(agent, 'admz-paris');
  const monday = nextWeekdayInParis(1);
  await agent.goto(`/?site=${parisId}&date=${monday}&vue=calendrier`);

  const firstMorning = agent
    .locator('.rbc-event', { hasText: /Matin · \d+ postes libres/ })
    .first();
  await expect(firstMorning).toBeVisible();
  await expect(firstMorning).toContainText('09:00 – 13:00');
  await capture(agent, 'web-calendar');
  // French month names are lowercase: the title capitalises its first letter only, not each word.
  await expect(agent.locator('.rbc-toolbar-label')).toHaveCSS('text-transform', 'none');
  await expect(agent.locator('.admz-calendar .rbc-header').first()).toHaveCSS(
    'text-transform',
    'none',
  );
  await firstMorning.click();

  await expect(agent).toHaveURL(
    new RegExp(`date=${monday}.*vue=liste.*creneau=morning|creneau=morning.*`),
  );
  await expect(agent.getByRole('heading', { name: /Matin/ })).toBeVisible();
  await expect(agent.getByRole('button', { name: 'Réserver A-02 Après-midi' })).toHaveCount(0);
  await agent.getByRole('button', { name: 'Réserver A-02 Matin' }).click();
  await expect(agent.getByText(/Réservation confirmée/i)).toBeVisible();

  await agent.goto(`/?site=${parisId}&date=${monday}&vue=calendrier`);
  await expect(
    agent.locator('.rbc-event', { hasText: 'Matin · votre réservation' }).first(),
  ).toBeVisible();
});

test("the calendar shows the site's hours to a person whose browser is in another timezone", async ({
  browser,
}) => {
  const agent = await logIn(browser, 'Camille Martin', { timezoneId: 'America/New_York' });
  const parisId = await findSiteId(agent, 'admz-paris');
  const tuesday = nextWeekdayInParis(2);
  await agent.goto(`/?site=${parisId}&date=${tuesday}&vue=calendrier`);
  const afternoon = agent.locator('.rbc-event', { hasText: /Après-midi/ }).first();
  await expect(afternoon).toContainText('13:00 – 19:00');
});

test('the desk list filters by equipment without the calendar', async ({ browser }) => {
  const agent = await logIn(browser, 'Camille Martin');
  const parisId = await findSiteId(agent, 'admz-paris');
  await agent.goto(`/?site=${parisId}&date=${nextWeekdayInParis(3)}&creneau=morning`);
  await expect(agent.getByRole('button', { name: 'Réserver A-01 Matin' })).toBeVisible();
  // DSFR draws the box over a hidden input: click the label, as a person does.
  await agent
    .getByRole('group', { name: 'Équipements souhaités' })
    .getByText('Assis-debout', { exact: true })
    .click();
  await expect(agent.getByRole('button', { name: 'Réserver A-01 Matin' })).toHaveCount(0);
  await expect(agent.getByRole('button', { name: 'Réserver B-01 Matin' })).toBeVisible();
});
