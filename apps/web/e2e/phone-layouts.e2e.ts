import type { Page } from '@playwright/test';
import { expect, test } from './e2e-test';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import {
  capture,
  findBookableDay,
  findSiteId,
  logIn,
  nextWeekdayInParis,
  sameOrigin,
} from './e2e-helpers';

const phone = { width: 390, height: 844 };
const tablet = { width: 820, height: 1180 };

for (const [name, viewport] of [
  ['phone', phone],
  ['tablet', tablet],
] as const) {
  test(`on a ${name}, the site calendar is a list of days that books from the keyboard`, async ({
    browser,
  }) => {
    // Logged in on a desktop (the header shows the name), then the window narrows.
    const agent = await logIn(browser, 'Camille Martin');
    await agent.setViewportSize(viewport);
    const parisId = await findSiteId(agent, 'admz-paris');
    const wednesday = nextWeekdayInParis(3);
    await agent.goto(`/?site=${parisId}&date=${wednesday}&vue=calendrier`);

    const agenda = agent.locator('.rbc-agenda-view');
    await expect(agenda).toBeVisible();
    await expect(agent.locator('.rbc-time-view, .rbc-month-view')).toHaveCount(0);
    // Each slot in words, the day first: no letter-by-letter columns.
    const firstMorning = agenda
      .getByRole('button', { name: /^Matin · \d+ postes? libres?$/ })
      .first();
    await expect(firstMorning).toBeVisible();
    await expect(agenda.getByRole('cell', { name: /^mercredi \d+ mars$/ }).first()).toBeVisible();
    await expectNoHorizontalScroll(agent);
    await expectNoSeriousAccessibilityViolation(agent);
    if (name === 'phone') {
      await agent.locator('.admz-calendar').evaluate((calendar) => calendar.scrollIntoView());
      await capture(agent, 'web-calendar-phone');
    }

    // The day view is still there, and as wide as the screen.
    await agent.getByRole('button', { name: 'Jour', exact: true }).click();
    await expect(agent.locator('.rbc-time-view')).toBeVisible();
    await expectNoHorizontalScroll(agent);
    await expectNoSeriousAccessibilityViolation(agent);
    await agent.getByRole('button', { name: 'Agenda', exact: true }).click();

    // A free slot, chosen with the keyboard, opens that slot's desk list.
    await firstMorning.focus();
    await agent.keyboard.press('Enter');
    await expect(agent).toHaveURL(/vue=liste/);
    await expect(agent).toHaveURL(/creneau=morning/);
  });
}

test('my bookings calendar: a list of days on a phone, the week and month grids on a desktop, with no ARIA error in any view', async ({
  browser,
}) => {
  const agent = await logIn(browser, 'Yanis Benali');
  await agent.setViewportSize(phone);
  await agent.goto('/mes-reservations');
  await expect(agent.getByRole('heading', { name: 'Calendrier', level: 2 })).toBeVisible();
  await expect(agent.locator('.rbc-agenda-view')).toBeVisible();
  await expectNoHorizontalScroll(agent);
  await expectNoSeriousAccessibilityViolation(agent);

  // The same page on a desktop: the week, the month and the agenda.
  await agent.setViewportSize({ width: 1280, height: 900 });
  await expect(agent.locator('.rbc-time-view')).toBeVisible();
  await expectNoSeriousAccessibilityViolation(agent);
  for (const [button, view] of [
    ['Mois', '.rbc-month-view'],
    ['Agenda', '.rbc-agenda-view'],
  ] as const) {
    await agent.getByRole('button', { name: button, exact: true }).click();
    await expect(agent.locator(view)).toBeVisible();
    await expectNoSeriousAccessibilityViolation(agent);
  }
});

test('the site calendar on a desktop: week, month and agenda without ARIA errors', async ({
  browser,
}) => {
  const agent = await logIn(browser, 'Camille Martin');
  const parisId = await findSiteId(agent, 'admz-paris');
  await agent.goto(`/?site=${parisId}&date=${nextWeekdayInParis(3)}&vue=calendrier`);
  await expect(agent.locator('.rbc-time-view .rbc-event').first()).toBeVisible();
  await expectNoSeriousAccessibilityViolation(agent);
  for (const [button, view] of [
    ['Mois', '.rbc-month-view'],
    ['Agenda', '.rbc-agenda-view'],
  ] as const) {
    await agent.getByRole('button', { name: button, exact: true }).click();
    await expect(agent.locator(view)).toBeVisible();
    await expectNoSeriousAccessibilityViolation(agent);
  }
});

/** The element's box lies wholly inside the viewport. */
type Box = { x: number; y: number; width: number; height: number };
async function expectInsideViewport(page: Page, what: string, box: Box | null) {
  const viewport = page.viewportSize();
  expect(box, what).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (!box || !viewport) return;
  const inside =
    box.x >= -0.5 &&
    box.y >= -0.5 &&
    box.x + box.width <= viewport.width + 0.5 &&
    box.y + box.height <= viewport.height + 0.5;
  expect(
    inside,
    `${what} at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)} in ${viewport.width}×${viewport.height}`,
  ).toBe(true);
}

test('the QR pass in full screen fits desktop, tablet and phone screens, upright and on its side', async ({
  browser,
}) => {
  // A booking of its own, three weeks ahead, cancelled at the end: the other scenarios' desks
  // and days stay as they were.
  const agent = await logIn(browser, 'Paul Durand');
  const parisId = await findSiteId(agent, 'admz-paris');
  const { date, deskId } = await findBookableDay(agent, parisId, {
    deskLabel: 'A-06',
    slot: 'morning',
    fromDaysAhead: 14,
  });
  const booked = await agent.request.post('/api/bookings', {
    headers: sameOrigin,
    data: { siteId: parisId, deskId, date, slot: 'morning' },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  const { id } = (await booked.json()) as { id: string };

  try {
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', phone],
      ['phone on its side', { width: 844, height: 390 }],
      ['tablet', { width: 1024, height: 768 }],
    ] as const) {
      await agent.setViewportSize(viewport);
      await agent.goto(`/reservations/${id}/qr`);
      const title = agent.getByRole('heading', { name: 'Poste A-06 · Plateau ouvert' });
      await expect(title).toBeVisible();
      await expectNoHorizontalScroll(agent);
      if (name === 'phone') {
        await agent.locator('.admz-pass').evaluate((pass) => pass.scrollIntoView());
        await capture(agent, 'web-qr-pass-phone');
        await expectNoSeriousAccessibilityViolation(agent);
      }

      await agent.getByRole('button', { name: 'Plein écran' }).click();
      await expect
        .poll(() => agent.evaluate(() => document.fullscreenElement?.className ?? ''))
        .toContain('admz-pass');
      const exit = agent.getByRole('button', { name: 'Quitter le plein écran' });
      await expect(exit).toBeVisible();
      const qr = agent.getByRole('img', { name: /^QR code d'accès/ });
      const code = agent.locator('.admz-pass__code');
      // The layout settles once the element fills the screen.
      await expect.poll(async () => (await qr.boundingBox())?.width ?? 0).toBeGreaterThan(120);
      await expectInsideViewport(agent, `${name}: title`, await title.boundingBox());
      await expectInsideViewport(agent, `${name}: QR code`, await qr.boundingBox());
      await expectInsideViewport(agent, `${name}: code`, await code.boundingBox());
      await expectInsideViewport(agent, `${name}: exit button`, await exit.boundingBox());
      if (name === 'desktop') await capture(agent, 'web-qr-pass-fullscreen');
      if (name === 'phone on its side') await capture(agent, 'web-qr-pass-phone-landscape');

      await exit.click();
      await expect(agent.getByRole('button', { name: 'Plein écran' })).toBeVisible();
    }
  } finally {
    const cancelled = await agent.request.post(`/api/bookings/${id}/cancel`, {
      headers: sameOrigin,
    });
    expect(cancelled.status(), await cancelled.text()).toBe(200);
  }
});
