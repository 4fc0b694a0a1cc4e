import type { CreateBooking, SiteRules } from '@admz/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  apiError,
  bookingFor,
  createFakeApi,
  deskIds,
  openDay,
  parisSite,
  rulesWith,
} from '../../../test/fake-api';
import { setLanguage } from '../../../i18n/language';
import { renderPage } from '../../../test/render-page';
import { HourlyBookingForm } from './hourly-booking-form';

const date = '2027-03-10';
const hourly = rulesWith({ allowedSlotTypes: ['half_day', 'full_day', 'hourly'] });

let api: ReturnType<typeof createFakeApi>;

function answerRules(rules: SiteRules) {
  api.on('GET', /^\/api\/sites\/[^/]+\/rules$/, () => ({ status: 200, body: rules }));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-03-10T08:00:00Z'));
  api = createFakeApi();
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
  vi.useRealTimers();
  expect(api.unanswered).toEqual([]);
});

const renderForm = () =>
  renderPage(<HourlyBookingForm site={parisSite} availability={openDay(date)} date={date} />);

/** Opens « Réserver à l'heure » as a person does, and gives the form inside. */
async function openForm(person: ReturnType<typeof userEvent.setup>) {
  await person.click(await screen.findByRole('button', { name: "Réserver à l'heure" }));
  return screen.getByRole('form', { name: "Réserver à l'heure" });
}

describe("« Réserver à l'heure »", () => {
  test('is not offered where the site books by half days and days only', async () => {
    answerRules(rulesWith());
    renderForm();
    await waitFor(() =>
      expect(api.requests.map((request) => request.path)).toEqual([
        `/api/sites/${parisSite.id}/rules`,
      ]),
    );
    expect(screen.queryByRole('button', { name: "Réserver à l'heure" })).toBeNull();
  });

  test('books whole hours chosen within the opening hours, and confirms them', async () => {
    answerRules(hourly);
    api.on('POST', /^\/api\/bookings$/, (request) => ({
      status: 201,
      body: bookingFor(request.body as CreateBooking),
    }));
    const person = userEvent.setup();
    renderForm();
    const form = await openForm(person);

    expect(within(form).getByText(/entre 09:00 et 19:00 \(heure locale du site\)/)).toBeDefined();
    await person.selectOptions(within(form).getByLabelText('Poste'), 'B-07 — Atelier');
    await person.selectOptions(within(form).getByLabelText('De'), '14:00');
    // The end hours follow the start: from 15:00 to closing.
    const end = within(form).getByLabelText('À');
    expect(
      within(end)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['15:00', '16:00', '17:00', '18:00', '19:00']);
    await person.selectOptions(end, '16:00');
    await person.click(within(form).getByRole('button', { name: 'Réserver de 14:00 à 16:00' }));

    expect(
      await within(form).findByText(/Réservation confirmée : poste B-07 de 14:00 à 16:00\./),
    ).toBeDefined();
    expect(within(form).getByRole('link', { name: 'Mes réservations' })).toBeDefined();
    const posted = api.requests.filter((request) => request.method === 'POST');
    expect(posted.map((request) => request.body)).toEqual([
      {
        siteId: parisSite.id,
        deskId: deskIds.b7,
        date,
        slot: 'hour',
        startTime: '14:00',
        endTime: '16:00',
      },
    ]);
  });

  test("shows the API's sentence when the booking is refused", async () => {
    answerRules(hourly);
    api.on('POST', /^\/api\/bookings$/, () =>
      apiError(409, 'Vous avez déjà un poste sur ce créneau : A-04 (AdmZ Paris).'),
    );
    const person = userEvent.setup();
    renderForm();
    const form = await openForm(person);

    await person.click(within(form).getByRole('button', { name: 'Réserver de 09:00 à 10:00' }));

    expect(
      await within(form).findByText('Vous avez déjà un poste sur ce créneau : A-04 (AdmZ Paris).'),
    ).toBeDefined();
    expect(within(form).getByRole('button', { name: 'Réserver de 09:00 à 10:00' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  test("offers only the site's hourly zones, and says so", async () => {
    answerRules({ ...hourly, hourlyZones: ['Atelier'] });
    const person = userEvent.setup();
    renderForm();
    const form = await openForm(person);

    expect(
      within(form).getByText(/À l'heure, ce site propose seulement la zone « Atelier »\./),
    ).toBeDefined();
    const desks = within(within(form).getByLabelText('Poste')).getAllByRole('option');
    expect(desks.map((option) => option.textContent)).toEqual(['B-07 — Atelier']);
  });

  test('says when no desk of those zones is open', async () => {
    answerRules({ ...hourly, hourlyZones: ['Salle de réunion'] });
    const person = userEvent.setup();
    renderForm();
    await person.click(await screen.findByRole('button', { name: "Réserver à l'heure" }));

    expect(
      screen.getByText(
        "À l'heure, ce site propose seulement la zone « Salle de réunion ». Aucun poste de ces zones n'est ouvert.",
      ),
    ).toBeDefined();
    expect(screen.queryByRole('form', { name: "Réserver à l'heure" })).toBeNull();
  });
});

describe("« Réserver à l'heure » in English", () => {
  test('offers, explains and confirms the hours in English', async () => {
    answerRules({ ...hourly, hourlyZones: ['Atelier'] });
    api.on('POST', /^\/api\/bookings$/, (request) => ({
      status: 201,
      body: bookingFor(request.body as CreateBooking),
    }));
    await setLanguage('en');
    const person = userEvent.setup();
    renderForm();
    await person.click(await screen.findByRole('button', { name: 'Book by the hour' }));
    const form = screen.getByRole('form', { name: 'Book by the hour' });

    expect(
      within(form).getByText(
        'Book a desk for a few hours on Wednesday 10 March 2027, between 09:00 and 19:00 (site local time). Hours are booked whole. By the hour, this site only offers the “Atelier” zone.',
      ),
    ).toBeDefined();
    expect(within(form).getByLabelText('Desk')).toBeDefined();
    await person.selectOptions(within(form).getByLabelText('From'), '14:00');
    await person.selectOptions(within(form).getByLabelText('To'), '16:00');
    await person.click(within(form).getByRole('button', { name: 'Book from 14:00 to 16:00' }));

    expect(
      await within(form).findByText(/Booking confirmed: desk B-07 from 14:00 to 16:00\./),
    ).toBeDefined();
    expect(within(form).getByRole('link', { name: 'My bookings' })).toBeDefined();
    expect(within(form).queryByText(/Réservation confirmée/)).toBeNull();
    expect(screen.queryByRole('button', { name: "Réserver à l'heure" })).toBeNull();
  });
});
