import type { BookOnBehalf } from '@admz/shared';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { apiError, bookingFor, createFakeApi, deskIds, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { BookOnBehalfForm } from './book-on-behalf-form';

const date = '2027-03-10';
const desks = [
  { id: deskIds.a1, label: 'A-01', zone: 'Plateau ouvert' },
  { id: deskIds.a2, label: 'A-02', zone: 'Plateau ouvert' },
];
const camille = {
  userId: '5f0e1d2c-3b4a-4596-8877-665544332211',
  givenName: 'Camille',
  usualName: 'Martin',
  email: 'camille.martin@travail.gouv.fr',
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(() => {
  api = createFakeApi();
  vi.stubGlobal('fetch', api.fetch);
  api.on('GET', /^\/api\/sites\/[^/]+\/people$/, () => ({ status: 200, body: [camille] }));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

const renderForm = () =>
  renderPage(<BookOnBehalfForm siteId={parisSite.id} date={date} desks={desks} />);

describe('« Réserver pour une personne »', () => {
  test('finds a person by name and books the chosen desk and slot for them, today', async () => {
    const person = userEvent.setup();
    api.on('POST', /^\/api\/sites\/[^/]+\/bookings$/, (request) => ({
      status: 201,
      body: bookingFor({ ...(request.body as BookOnBehalf), deskId: deskIds.a2 }),
    }));
    renderForm();
    await person.type(screen.getByLabelText(/Adresse électronique, ou nom/), 'Cami');
    await person.click(await screen.findByRole('button', { name: /^Choisir Camille Martin/ }));
    await person.selectOptions(screen.getByLabelText('Poste (libres maintenant)'), deskIds.a2);
    await person.selectOptions(screen.getByLabelText('Créneau'), 'morning');
    await person.click(screen.getByRole('button', { name: 'Réserver pour cette personne' }));
    await screen.findByText(/C’est réservé : poste A-02, matin/);
    const posted = api.requests.find((request) => request.method === 'POST');
    expect(posted).toMatchObject({
      path: `/api/sites/${parisSite.id}/bookings`,
      body: { email: camille.email, deskId: deskIds.a2, date, slot: 'morning' },
    });
  });

  test('refuses a malformed address before asking the API, and shows the API’s refusal', async () => {
    const person = userEvent.setup();
    api.on('POST', /^\/api\/sites\/[^/]+\/bookings$/, () =>
      apiError(409, 'Camille Martin a déjà un poste sur ce créneau : B-03 (AdmZ Paris).'),
    );
    renderForm();
    const field = screen.getByLabelText(/Adresse électronique, ou nom/);
    await person.type(field, 'pas-une-adresse@');
    await person.click(screen.getByRole('button', { name: 'Réserver pour cette personne' }));
    expect(await screen.findByText('Adresse électronique invalide.')).toBeTruthy();
    expect(api.requests.filter((request) => request.method === 'POST')).toEqual([]);

    await person.clear(field);
    await person.type(field, camille.email);
    await person.click(screen.getByRole('button', { name: 'Réserver pour cette personne' }));
    await waitFor(() =>
      expect(
        screen.getByText('Camille Martin a déjà un poste sur ce créneau : B-03 (AdmZ Paris).'),
      ).toBeTruthy(),
    );
  });
});
