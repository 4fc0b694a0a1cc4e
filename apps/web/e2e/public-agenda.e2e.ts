import { createServer } from 'node:http';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import { capture, presentOrFail } from './e2e-helpers';
import { e2ePort } from './playwright.config';
import { expect, test } from './e2e-test';

const parisEvent = 'Rencontre : les communs numériques dans l’administration';
const tourEvent = 'AdmZ en tournée : présentation et café';

test('a visitor without an account reads the public agenda, the tour stop, subscribes, then logs in to register', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion à AdmZ' })).toBeVisible();
  await expect(
    page.getByRole('contentinfo').getByRole('link', { name: 'Agenda public' }),
  ).toBeVisible();
  await page.getByRole('link', { name: /Voir l’agenda public des événements/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Agenda public des tiers-lieux AdmZ' }),
  ).toBeVisible();

  // The demo's public events, by day, and the tour stop with its own event.
  const event = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { level: 4, name: parisEvent }),
  });
  await expect(event).toContainText('19:00 – 20:30 · AdmZ Paris');
  await expect(event).toContainText('Conférence');
  await expect(event).toContainText('À distance');
  await expect(event).toContainText('logiciel libre');
  await expect(event).not.toContainText('webinaire');
  const tour = page.getByRole('region', { name: 'Où passe AdmZ prochainement' });
  await expect(tour.getByRole('heading', { name: 'AdmZ Tournée Clermont-Ferrand' })).toBeVisible();
  await expect(tour).toContainText('63000 Clermont-Ferrand');
  await expect(tour).toContainText(/du \w+ \d+ \w+ 2027 au \w+ \d+ \w+ 2027/);
  await expect(tour.getByRole('link', { name: tourEvent })).toBeVisible();
  await expectNoSeriousAccessibilityViolation(page);
  await capture(page, 'public-agenda-desktop');

  // One site: its feed address appears, and the feed is a calendar with the event.
  await page.getByLabel('Tiers-lieu', { exact: true }).selectOption({ label: 'AdmZ Paris' });
  await expect(
    page.getByRole('heading', { level: 2, name: 'Prochains événements à AdmZ Paris' }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Prochains événements à AdmZ Paris' }).getByText(tourEvent),
  ).toHaveCount(0);
  const siteFeed = await page.getByLabel('Agenda de AdmZ Paris (iCal)').inputValue();
  expect(siteFeed).toMatch(
    new RegExp(`^http://localhost:${e2ePort}/api/public/sites/[0-9a-f-]{36}/events\\.ics$`),
  );
  const ics = await (await page.request.get(siteFeed)).text();
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain(`SUMMARY:${parisEvent.slice(0, 20)}`);
  const snippet = await page.getByLabel('Code d’intégration (iframe)').inputValue();
  expect(snippet).toContain(`src="http://localhost:${e2ePort}/agenda/integrer?site=`);

  // At a phone's width, nothing is wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
  await expectNoSeriousAccessibilityViolation(page);
  await capture(page, 'public-agenda-phone');

  // To register, the visitor logs in and lands on the event's page.
  await page
    .getByRole('link', { name: `Se connecter pour s’inscrire à « ${parisEvent} »` })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion à AdmZ' })).toBeVisible();
  await page
    .getByRole('button', { name: /ProConnect/ })
    .or(page.getByRole('link', { name: /S.identifier avec ProConnect/ }))
    .first()
    .click();
  await page.getByRole('button', { name: 'Se connecter en tant que Camille Martin' }).click();
  await expect(page).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: parisEvent })).toBeVisible();
});

test('another site frames the compact agenda; no other AdmZ page can be framed', async ({
  page,
  browser,
}) => {
  const context = await browser.newContext();
  const visitor = await context.newPage();
  const sites: { id: string; slug: string }[] = await (
    await visitor.request.get('/api/public/events')
  )
    .json()
    .then((agenda: { sites: { id: string; name: string }[] }) =>
      agenda.sites.map((site) => ({ id: site.id, slug: site.name })),
    );
  const parisId = presentOrFail(
    sites.find((site) => site.slug === 'AdmZ Paris'),
    'AdmZ Paris on the agenda',
  ).id;
  const embedUrl = `http://localhost:${e2ePort}/agenda/integrer?site=${parisId}`;

  // A partner's page, on another origin (another port of this machine: Chromium keeps public
  // pages from framing local servers), with the snippet of the agenda page and one more frame.
  const partner = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html lang="fr"><head><title>Mairie partenaire</title></head><body>
      <h1>Mairie partenaire</h1>
      <iframe src="${embedUrl}" title="Prochains événements AdmZ" width="360" height="480"></iframe>
      <iframe name="interdit" src="http://localhost:${e2ePort}/agenda" title="Agenda complet"></iframe>
    </body></html>`);
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const address = partner.address();
  if (address === null || typeof address === 'string') throw new Error('no partner port');
  await page.goto(`http://127.0.0.1:${address.port}/`);
  const embed = page.frameLocator('iframe[title="Prochains événements AdmZ"]');
  await expect(
    embed.getByRole('heading', { level: 1, name: 'Prochains événements AdmZ — AdmZ Paris' }),
  ).toBeVisible();
  const link = embed.getByRole('link', { name: new RegExp(`^${parisEvent}`) });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute(
    'href',
    new RegExp(`^http://localhost:${e2ePort}/agenda\\?site=${parisId}#evenement-`),
  );
  await expect(embed.getByText(tourEvent)).toHaveCount(0);

  // The full agenda refuses the frame: the browser shows its error page instead.
  await expect.poll(() => page.frame({ name: 'interdit' })?.url() ?? '').toMatch(/^chrome-error:/);

  // The embed page on its own: accessible, and at a phone's width nothing sticks out.
  await visitor.setViewportSize({ width: 390, height: 844 });
  await visitor.goto(embedUrl);
  await expect(visitor.getByRole('link', { name: new RegExp(`^${parisEvent}`) })).toBeVisible();
  await expectNoHorizontalScroll(visitor);
  await expectNoSeriousAccessibilityViolation(visitor);
  await context.close();
  partner.close();
});
