import { expect, test } from './e2e-test';
import {
  findSiteId,
  logIn,
  nextWeekdayInParis,
  presentOrFail,
  readMyBookings,
  sameOrigin,
} from './e2e-helpers';

type Rules = { allowedSlotTypes: string[]; [rule: string]: unknown };
type MyBooking = {
  slot: string;
  date: string;
  status: string;
  startsAt: string;
  endsAt: string;
  desk: { label: string };
};

const parisTime = (instant: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));

test('an agent books a desk from 14:00 to 16:00 once the host enables hourly bookings', async ({
  browser,
}) => {
  const wednesday = nextWeekdayInParis(3);

  // The host enables hourly bookings on AdmZ Paris, keeping the other rules.
  const host = await logIn(browser, 'Inès Lefèvre');
  const parisId = await findSiteId(host, 'admz-paris');
  const rulesResponse = await host.request.get(`/api/sites/${parisId}/rules`);
  expect(rulesResponse.status()).toBe(200);
  const rules = (await rulesResponse.json()) as Rules;
  const enabled = await host.request.put(`/api/sites/${parisId}/rules`, {
    headers: sameOrigin,
    data: {
      ...rules,
      allowedSlotTypes: [...rules.allowedSlotTypes.filter((type) => type !== 'hourly'), 'hourly'],
    },
  });
  expect(enabled.status()).toBe(200);

  try {
    const agent = await logIn(browser, 'Paul Durand');
    await agent.goto(`/reserver?site=${parisId}&date=${wednesday}`);
    await agent.getByRole('button', { name: "Réserver à l'heure" }).click();
    const form = agent.getByRole('form', { name: "Réserver à l'heure" });
    await form.getByLabel('Poste', { exact: true }).selectOption({ label: 'B-07 — Atelier' });
    await form.getByLabel('De', { exact: true }).selectOption('14:00');
    await form.getByLabel('À', { exact: true }).selectOption('16:00');
    await form.getByRole('button', { name: 'Réserver de 14:00 à 16:00' }).click();

    await expect(
      form.getByText('Réservation confirmée : poste B-07 de 14:00 à 16:00'),
    ).toBeVisible();
    await expect(form.getByRole('link', { name: 'Mes réservations' })).toBeVisible();

    const bookings = await readMyBookings<MyBooking>(agent);
    const hourly = presentOrFail(
      bookings.find(
        (booking) =>
          booking.slot === 'hour' && booking.date === wednesday && booking.desk.label === 'B-07',
      ),
      'the hourly booking in « Mes réservations »',
    );
    expect(hourly.status).toBe('confirmed');
    expect(parisTime(hourly.startsAt)).toBe('14:00');
    expect(parisTime(hourly.endsAt)).toBe('16:00');
  } finally {
    // Later tests expect the site's original rules.
    const restored = await host.request.put(`/api/sites/${parisId}/rules`, {
      headers: sameOrigin,
      data: {
        ...rules,
        allowedSlotTypes: rules.allowedSlotTypes.filter((type) => type !== 'hourly'),
      },
    });
    expect(restored.status()).toBe(200);
  }
});
