import type { CreateBooking } from '@admz/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BookDeskView } from './book-desk-view';
import {
  apiError,
  bookingFor,
  createFakeApi,
  deskIds,
  openDay,
  parisSite,
  rulesWith,
} from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';

// Wednesday 10 March 2027, 09:00 in Paris: the page's « today ».
const now = new Date('2027-03-10T08:00:00Z');

let api: ReturnType<typeof createFakeApi>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  window.localStorage.clear();
  api = createFakeApi()
    .on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }))
    .on('GET', /^\/api\/sites\/[^/]+\/availability$/, (_request, url) => ({
      status: 200,
      body: openDay(url.searchParams.get('date') ?? ''),
    }))
    .on('GET', /^\/api\/sites\/[^/]+\/rules$/, () => ({ status: 200, body: rulesWith() }))
    .on('GET', /^\/api\/waitlist\/mine$/, () => ({ status: 200, body: [] }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  expect(api.unanswered).toEqual([]);
});

const bookingsPosted = () =>
  api.requests.filter((request) => request.method === 'POST' && request.path === '/api/bookings');

describe('the booking page', () => {
  test("shows it is loading, then today's desks of the site, zone by zone", async () => {
    renderPage(<BookDeskView />);
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Chargement des tiers-lieux…');

    expect(
      await screen.findByRole('heading', { name: 'AdmZ Paris — mercredi 10 mars 2027' }),
    ).toBeDefined();
    expect(await screen.findByRole('heading', { name: 'Atelier' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Open space' })).toBeDefined();
    expect(screen.getByText('3 postes sur 3 ont encore un créneau libre.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Réserver A-01 Matin' })).toBeDefined();
    // A desk taken this morning says so in words, and offers no button.
    expect(screen.queryByRole('button', { name: 'Réserver A-02 Matin' })).toBeNull();
    expect(screen.getAllByText('Occupé')).toHaveLength(1);
  });

  test('choosing another day shows that day', async () => {
    const person = userEvent.setup();
    renderPage(<BookDeskView />);
    await screen.findByRole('heading', { name: 'AdmZ Paris — mercredi 10 mars 2027' });
    expect(screen.getByRole('button', { name: 'Jour précédent' })).toHaveProperty('disabled', true);

    await person.click(screen.getByRole('button', { name: 'Jour suivant' }));

    expect(
      await screen.findByRole('heading', { name: 'AdmZ Paris — jeudi 11 mars 2027' }),
    ).toBeDefined();
    expect(api.requests.map((request) => request.path)).toContain(
      `/api/sites/${parisSite.id}/availability?date=2027-03-11`,
    );
    await person.click(screen.getByRole('button', { name: "Aujourd'hui" }));
    expect(
      await screen.findByRole('heading', { name: 'AdmZ Paris — mercredi 10 mars 2027' }),
    ).toBeDefined();
  });

  test('booking a desk confirms it with its times and links to the QR code', async () => {
    api.on('POST', /^\/api\/bookings$/, (request) => ({
      status: 201,
      body: bookingFor(request.body as CreateBooking),
    }));
    const person = userEvent.setup();
    renderPage(<BookDeskView />);

    await person.click(await screen.findByRole('button', { name: 'Réserver B-07 Après-midi' }));

    const confirmation = await screen.findByText('Réservation confirmée');
    const alert = confirmation.closest('.fr-alert') as HTMLElement;
    expect(alert.textContent).toContain(
      'Poste B-07 (Atelier) à AdmZ Paris, mercredi 10 mars 2027, après-midi de 13:00 à 19:00.',
    );
    expect(within(alert).getByRole('link', { name: "Afficher mon QR code d'accès" })).toBeDefined();
    expect(bookingsPosted().map((request) => request.body)).toEqual([
      { siteId: parisSite.id, deskId: deskIds.b7, date: '2027-03-10', slot: 'afternoon' },
    ]);
  });

  test("a refused booking shows the API's sentence", async () => {
    api.on('POST', /^\/api\/bookings$/, () =>
      apiError(409, 'Ce poste est déjà réservé sur ce créneau. Choisissez-en un autre.'),
    );
    const person = userEvent.setup();
    renderPage(<BookDeskView />);

    await person.click(await screen.findByRole('button', { name: 'Réserver A-01 Journée' }));

    expect(await screen.findByText("La réservation n'a pas abouti")).toBeDefined();
    expect(
      screen.getByText('Ce poste est déjà réservé sur ce créneau. Choisissez-en un autre.'),
    ).toBeDefined();
  });

  test('a zone held by an event says so, with a link to the event', async () => {
    api.on('GET', /^\/api\/sites\/[^/]+\/availability$/, (_request, url) => ({
      status: 200,
      body: {
        ...openDay(url.searchParams.get('date') ?? ''),
        heldZones: [
          {
            zone: 'Atelier',
            eventId: '5f0c1c1e-8d7a-4c1b-9f5e-2b7c3d4e5f60',
            title: 'Déjeuner des geeks',
            localStart: '12:00',
            localEnd: '14:00',
          },
        ],
      },
    }));
    renderPage(<BookDeskView />);
    const link = await screen.findByRole('link', { name: '« Déjeuner des geeks »' });
    expect(link.getAttribute('href')).toBe('/evenements/5f0c1c1e-8d7a-4c1b-9f5e-2b7c3d4e5f60');
    expect(link.parentElement?.textContent).toContain(
      'La zone Atelier accueille « Déjeuner des geeks » de 12:00 à 14:00',
    );
  });

  test('a closed day says why and offers the next one', async () => {
    api.on('GET', /^\/api\/sites\/[^/]+\/availability$/, (_request, url) => {
      const date = url.searchParams.get('date') ?? '';
      if (date !== '2027-03-10') return { status: 200, body: openDay(date) };
      return {
        status: 200,
        body: { ...openDay(date), isOpen: false, closedReason: 'Travaux', slots: [], desks: [] },
      };
    });
    const person = userEvent.setup();
    renderPage(<BookDeskView />);

    expect(await screen.findByText('Le tiers-lieu est fermé ce jour-là')).toBeDefined();
    expect(screen.getByText(/Travaux/)).toBeDefined();
    await person.click(screen.getByRole('button', { name: 'Voir le jour suivant' }));
    expect(await screen.findByRole('button', { name: 'Réserver A-01 Matin' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'AdmZ Paris — jeudi 11 mars 2027' })).toBeDefined();
  });

  test('says so when no site is open to bookings, or a site has no desk', async () => {
    api.on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [] }));
    renderPage(<BookDeskView />);
    expect(
      await screen.findByText("Aucun tiers-lieu n'est encore ouvert à la réservation."),
    ).toBeDefined();
    cleanup();

    api.on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }));
    api.on('GET', /^\/api\/sites\/[^/]+\/availability$/, (_request, url) => ({
      status: 200,
      body: { ...openDay(url.searchParams.get('date') ?? ''), desks: [] },
    }));
    renderPage(<BookDeskView />);
    expect(
      await screen.findByText("Aucun poste n'est réservable sur ce site pour le moment."),
    ).toBeDefined();
  });

  test("a day that cannot be loaded shows the API's sentence and a way to try again", async () => {
    let isDown = true;
    api.on('GET', /^\/api\/sites\/[^/]+\/availability$/, (_request, url) =>
      isDown
        ? apiError(403, "Vous n'avez pas accès aux postes de ce tiers-lieu.")
        : { status: 200, body: openDay(url.searchParams.get('date') ?? '') },
    );
    const person = userEvent.setup();
    renderPage(<BookDeskView />);

    expect(
      await screen.findByText("Vous n'avez pas accès aux postes de ce tiers-lieu."),
    ).toBeDefined();
    isDown = false;
    await person.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('button', { name: 'Réserver A-01 Matin' })).toBeDefined();
  });

  test('the site and day can come from the address, and filters narrow the desks', async () => {
    const person = userEvent.setup();
    renderPage(<BookDeskView />, { path: `/reserver?site=${parisSite.id}&date=2027-03-12` });
    expect(
      await screen.findByRole('heading', { name: 'AdmZ Paris — vendredi 12 mars 2027' }),
    ).toBeDefined();

    await person.click(await screen.findByLabelText('Zone calme'));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Open space' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Réserver B-07 Matin' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Réserver A-01 Matin' })).toBeNull();
  });
});
