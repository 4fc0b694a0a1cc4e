import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import {
  boardEntry,
  capture,
  clearTodayFor,
  findSiteId,
  isoDateInParis,
  logIn,
  sameOrigin,
  openFromMenu,
} from './e2e-helpers';
import { expect, test } from './e2e-test';

/** The pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

test('the host sees a booking appear live, marks the arrival, and prints the evacuation list on one page', async ({
  browser,
}) => {
  // Four people log in and three pages are checked by axe: more than the default 90 s on a busy machine.
  test.slow();
  // Tuesday 09:30 on the server's clock (playwright.config.ts): Paris is open.
  const host = await logIn(browser, 'Inès Lefèvre');
  const parisId = await findSiteId(host, 'admz-paris');
  await openFromMenu(host, 'Gérer un tiers-lieu', 'Tableau du jour');
  await expect(host.getByRole('heading', { level: 1, name: 'Tableau du jour' })).toBeVisible();
  await host.getByLabel('Tiers-lieu').selectOption(parisId);
  await expect(host.getByText('En direct', { exact: true })).toBeVisible();
  // A mark on this page's window: it is still there after, so the page was never reloaded.
  await host.evaluate(() => {
    (window as unknown as { boardMark?: string }).boardMark = 'same page';
  });

  // In another browser, an agent books a desk for today.
  const agent = await logIn(browser, 'Camille Martin');
  await clearTodayFor(agent);
  // Earlier tests may have left Camille or Paul at a desk (checked in at the kiosk): they leave first.
  const board: {
    entries: { bookingId: string; state: string; person: { givenName: string } | null }[];
  } = await (await host.request.get(`/api/sites/${parisId}/today`)).json();
  for (const entry of board.entries) {
    if (entry.state !== 'arrived') continue;
    if (entry.person?.givenName !== 'Camille' && entry.person?.givenName !== 'Paul') continue;
    const left = await host.request.post(
      `/api/sites/${parisId}/bookings/${entry.bookingId}/departure`,
      { headers: sameOrigin },
    );
    expect(left.status(), await left.text()).toBe(200);
  }
  const desks: { id: string; label: string }[] = await (
    await agent.request.get(`/api/sites/${parisId}/desks`)
  ).json();
  const desk = desks.find((candidate) => candidate.label === 'A-07');
  if (!desk) throw new Error('no desk A-07');
  const booked = await agent.request.post('/api/bookings', {
    headers: sameOrigin,
    data: { siteId: parisId, deskId: desk.id, date: isoDateInParis(), slot: 'day' },
  });
  expect(booked.status(), await booked.text()).toBe(201);

  // It appears on the host's board by itself, not arrived (late: the day slot began at 09:00).
  const camille = boardEntry(host, 'Camille Martin', 'Poste A-07');
  await expect(camille).toContainText('Poste A-07');
  await expect(camille).toContainText('En retard');
  expect(await host.evaluate(() => (window as unknown as { boardMark?: string }).boardMark)).toBe(
    'same page',
  );

  // Yanis too, whom the host will have arrived by hand as well: the list has two people.
  const yanis = await logIn(browser, 'Yanis Benali');
  await clearTodayFor(yanis);
  const other = desks.find((candidate) => candidate.label === 'B-02');
  if (!other) throw new Error('no desk B-02');
  const yanisBooking = await yanis.request.post('/api/bookings', {
    headers: sameOrigin,
    data: { siteId: parisId, deskId: other.id, date: isoDateInParis(), slot: 'day' },
  });
  expect(yanisBooking.status(), await yanisBooking.text()).toBe(201);
  // (Yanis may already be on the board: a kiosk test checked him in and out at B-04.)
  const yanisAtB02 = boardEntry(host, 'Yanis Benali', 'Poste B-02');
  await expect(yanisAtB02).toBeVisible();

  // The host marks Camille's arrival: recorded as hers, at once on the board.
  await host.getByRole('button', { name: 'Marquer l’arrivée de Camille Martin' }).click();
  await expect(camille).toContainText(/Arrivé·e à \d\d:\d\d \(par Inès Lefèvre\)/);
  // The arrival also enters the live feed of arrivals and departures.
  await expect(host.getByRole('log', { name: 'Arrivées et départs' })).toContainText(
    /Camille Martin .* — poste A-07/,
  );
  await host.getByRole('button', { name: 'Marquer l’arrivée de Yanis Benali' }).click();
  await expect(yanisAtB02).toContainText(/Arrivé·e/);

  // Booking for someone: Paul has logged in, the host finds him by name.
  await clearTodayFor(await logIn(browser, 'Paul Durand'));
  await host.getByLabel(/Adresse électronique, ou nom/).fill('Paul');
  await host.getByRole('button', { name: /^Choisir Paul Durand/ }).click();
  await host.getByLabel('Créneau').selectOption('afternoon');
  await host.getByRole('button', { name: 'Réserver pour cette personne' }).click();
  await expect(host.getByText(/C’est réservé : poste .*, après-midi/)).toBeVisible();
  // (Paul may have an earlier visit of today on the board: his new booking is the host's.)
  const paul = boardEntry(host, 'Paul Durand', 'réservé par Inès Lefèvre');
  await expect(paul).toBeVisible();

  await expectNoSeriousAccessibilityViolation(host);
  await host.evaluate(() => window.scrollTo(0, 0));
  await capture(host, 'today-board-desktop');

  // Cancelling for someone asks first, saying whose and what follows.
  await host.getByRole('button', { name: 'Annuler la réservation de Paul Durand' }).click();
  const dialog = host.getByRole('dialog', { name: 'Annuler cette réservation ?' });
  await expect(dialog).toContainText('informé·e par courriel');
  await dialog.getByRole('button', { name: 'Oui, annuler la réservation' }).click();
  await expect(dialog).toBeHidden();
  await expect(paul).toHaveCount(0);

  await host.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(host);
  await expectNoSeriousAccessibilityViolation(host);
  await host.getByRole('heading', { name: 'Réservations du jour' }).scrollIntoViewIfNeeded();
  await capture(host, 'today-board-phone');
  await host.setViewportSize({ width: 1280, height: 900 });

  // One click to the evacuation list: who is on site now, by zone, with the arrival time.
  await host.getByRole('link', { name: 'Liste d’évacuation' }).click();
  await expect(host.getByRole('heading', { level: 1, name: 'Liste d’évacuation' })).toBeVisible();
  // Camille and Yanis at least (earlier tests on this server may have left others checked in).
  await expect(host.getByText(/^\d+ personnes sur place$/)).toBeVisible();
  const camilleRow = host.getByRole('row', { name: /^Camille Martin/ });
  await expect(camilleRow).toContainText('A-07');
  await expect(camilleRow).toContainText(/\d\d:\d\d/);
  await expect(host.getByRole('row', { name: /^Yanis Benali/ })).toContainText('B-02');
  await expectNoSeriousAccessibilityViolation(host);
  await capture(host, 'evacuation-list');

  // Printed: nothing but the list, its site and time, on one A4 page.
  await host.emulateMedia({ media: 'print' });
  await expect(host.locator('.fr-header')).toBeHidden();
  await expect(host.locator('.fr-footer')).toBeHidden();
  await expect(host.getByRole('button', { name: 'Imprimer la liste' })).toBeHidden();
  await expect(host.getByText(/liste établie le .* à \d\d:\d\d/)).toBeVisible();
  if (process.env.UPDATE_SCREENSHOTS) {
    await host.screenshot({ path: '/tmp/admz-board-evacuation-print.png', fullPage: true });
  }
  const pdf = await host.pdf({ format: 'A4', printBackground: true });
  expect(countPdfPages(pdf)).toBe(1);
  await host.emulateMedia({ media: 'screen' });

  await host.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(host);
  await expectNoSeriousAccessibilityViolation(host);
});
