import { addDaysToIsoDate, type AvailabilitySummary, type CreateBooking } from '@admz/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BookDeskView } from './book-desk-view';
import { describeFreeDesks } from './slot-booking';
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
import { setLanguage } from '../../../i18n/language';

// Wednesday 10 March 2027, 09:00 in Paris: the page's « today ».
const now = new Date('2027-03-10T08:00:00Z');

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  window.localStorage.clear();
  closed = [];
  api = createFakeApi()
    .on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }))
    .on('GET', /^\/api\/sites\/[^/]+\/availability$/, (_request, url) => ({
      status: 200,
      body: openDay(url.searchParams.get('date') ?? ''),
    }))
    .on('GET', /^\/api\/sites\/[^/]+\/rules$/, () => ({ status: 200, body: rulesWith() }))
    .on('GET', /^\/api\/waitlist\/mine$/, () => ({ status: 200, body: [] }))
    .on('GET', /^\/api\/sites\/[^/]+\/availability\/summary$/, (_request, url) => ({
      status: 200,
      body: summaryOf(url.searchParams.get('from') ?? '', url.searchParams.get('to') ?? ''),
    }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
  vi.useRealTimers();
  expect(api.unanswered).toEqual([]);
});

/** Weekends closed, as in Paris; `closed` lists other closed days. */
let closed: string[] = [];
function summaryOf(from: string, to: string): AvailabilitySummary {
  const days: AvailabilitySummary['days'] = [];
  for (let date = from; date <= to; date = addDaysToIsoDate(date, 1)) {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    const isOpen = weekday !== 0 && weekday !== 6 && !closed.includes(date);
    days.push({ date, isOpen, closedReason: isOpen ? null : 'Fermé', slots: [] });
  }
  return { siteId: parisSite.id, timezone: 'Europe/Paris', deskCount: 3, days };
}

const bookingsPosted = () =>
  api.requests.filter((request) => request.method === 'POST' && request.path === '/api/bookings');

describe('the booking page', () => {
  test("shows it is loading, then today's slots; a slot shows « Un poste libre » and the free desks", async () => {
    const person = userEvent.setup();
    renderPage(<BookDeskView />);
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Chargement des tiers-lieux…');

    expect(
      await screen.findByRole('heading', { name: 'AdmZ Paris — mercredi 10 mars 2027' }),
    ).toBeDefined();
    // The slot first: no desk and no « Réserver » before it is chosen.
    expect(
      await screen.findByRole('radio', { name: /^Matin.*09:00 – 13:00 · 2 libres$/ }),
    ).toBeDefined();
    expect(screen.getByText(/Choisissez un créneau/)).toBeDefined();
    expect(screen.queryAllByRole('button', { name: /^Réserver [A-Z]-\d+ / })).toHaveLength(0);

    await person.click(screen.getByRole('radio', { name: /^Matin/ }));

    expect(await screen.findByRole('button', { name: 'Un poste libre' })).toBeDefined();
    expect(screen.getByText(/2 postes libres sur 3 postes pour ce créneau\./)).toBeDefined();
    expect(screen.getByRole('button', { name: 'Réserver A-01 Matin' })).toBeDefined();
    // A desk taken this morning is not offered at all.
    expect(screen.queryByRole('button', { name: 'Réserver A-02 Matin' })).toBeNull();
    expect(screen.queryByText('A-02')).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Réserver [A-Z]-\d+ / })).toHaveLength(2);
  });

  test('« Un poste libre » books the desk the server picks, for the chosen day and slot', async () => {
    api.on('POST', /^\/api\/bookings\/any-desk$/, (request) => ({
      status: 201,
      body: bookingFor({ ...(request.body as { date: string; slot: 'day' }), deskId: deskIds.b7 }),
    }));
    const person = userEvent.setup();
    renderPage(<BookDeskView />);

    await person.click(await screen.findByRole('radio', { name: /^Journée/ }));
    await person.click(await screen.findByRole('button', { name: 'Un poste libre' }));

    const confirmation = await screen.findByText('Réservation confirmée');
    const alert = confirmation.closest('.fr-alert') as HTMLElement;
    expect(alert.textContent).toContain('Poste B-07 (Atelier) à AdmZ Paris, mercredi 10 mars 2027');
    expect(
      api.requests
        .filter((request) => request.path === '/api/bookings/any-desk')
        .map((request) => request.body),
    ).toEqual([{ siteId: parisSite.id, date: '2027-03-10', slot: 'day' }]);
  });

  test("« Un poste libre » refused shows the API's sentence", async () => {
    api.on('POST', /^\/api\/bookings\/any-desk$/, () =>
      apiError(409, 'Plus aucun poste n’est libre sur ce créneau.'),
    );
    const person = userEvent.setup();
    renderPage(<BookDeskView />, { path: '/reserver?creneau=afternoon' });
    await person.click(await screen.findByRole('button', { name: 'Un poste libre' }));
    expect(await screen.findByText("La réservation n'a pas abouti")).toBeDefined();
    expect(screen.getByText('Plus aucun poste n’est libre sur ce créneau.')).toBeDefined();
  });

  test('choosing another day shows that day; « Jour suivant » skips closed days', async () => {
    closed = ['2027-03-11'];
    const person = userEvent.setup();
    renderPage(<BookDeskView />);
    await screen.findByRole('heading', { name: 'AdmZ Paris — mercredi 10 mars 2027' });
    expect(screen.getByRole('button', { name: 'Jour précédent' })).toHaveProperty('disabled', true);
    // The summary answers before « Jour suivant » knows the next open day.
    await waitFor(() =>
      expect(api.requests.some((request) => request.path.includes('/summary'))).toBe(true),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));

    await person.click(screen.getByRole('button', { name: 'Jour suivant' }));

    // Thursday 11 is closed: Friday 12.
    expect(
      await screen.findByRole('heading', { name: 'AdmZ Paris — vendredi 12 mars 2027' }),
    ).toBeDefined();
    await person.click(screen.getByRole('button', { name: "Aujourd'hui" }));
    expect(
      await screen.findByRole('heading', { name: 'AdmZ Paris — mercredi 10 mars 2027' }),
    ).toBeDefined();
  });

  test('booking a chosen desk confirms it with its times and links to the QR code', async () => {
    api.on('POST', /^\/api\/bookings$/, (request) => ({
      status: 201,
      body: bookingFor(request.body as CreateBooking),
    }));
    const person = userEvent.setup();
    renderPage(<BookDeskView />);

    await person.click(await screen.findByRole('radio', { name: /^Après-midi/ }));
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

  test('with a desk already booked on the slot: no « Réserver », no « Un poste libre », but why', async () => {
    api.on('GET', /^\/api\/sites\/[^/]+\/availability$/, (_request, url) => {
      const day = openDay(url.searchParams.get('date') ?? '');
      return {
        status: 200,
        body: {
          ...day,
          desks: day.desks.map((desk) =>
            desk.label === 'A-01'
              ? { ...desk, states: { morning: 'mine', afternoon: 'free', day: 'mine' } }
              : desk,
          ),
        },
      };
    });
    renderPage(<BookDeskView />, { path: '/reserver?creneau=day' });
    expect(await screen.findByText('Vous avez déjà le poste A-01 sur ce créneau.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Un poste libre' })).toBeNull();
    expect(screen.queryAllByRole('button', { name: /^Réserver [A-Z]-\d+ / })).toHaveLength(0);
    expect(screen.getByText('Votre réservation')).toBeDefined();
  });

  test('a day beyond the booking window says the rule and the day it opens, not « tous pris »', async () => {
    api.on('GET', /^\/api\/sites\/[^/]+\/rules$/, () => ({
      status: 200,
      body: rulesWith({ maxDaysAhead: 30 }),
    }));
    api.on('GET', /^\/api\/sites\/[^/]+\/availability$/, (_request, url) => {
      const day = openDay(url.searchParams.get('date') ?? '');
      return {
        status: 200,
        body: {
          ...day,
          desks: day.desks.map((desk) => ({
            ...desk,
            states: { morning: 'unavailable', afternoon: 'unavailable', day: 'unavailable' },
          })),
        },
      };
    });
    const person = userEvent.setup();
    renderPage(<BookDeskView />, { path: '/reserver?date=2027-04-20&creneau=day' });
    expect(
      await screen.findByText('Ce jour n’est pas encore ouvert à la réservation'),
    ).toBeDefined();
    expect(
      screen.getByText(
        /Sur ce site, on réserve au plus 30 jours à l’avance : le mardi 20 avril 2027 se réserve à partir du dimanche 21 mars 2027\./,
      ),
    ).toBeDefined();
    expect(screen.queryByText(/Tous les postes sont pris/)).toBeNull();
    expect(screen.queryAllByRole('button', { name: /^Réserver [A-Z]-\d+ / })).toHaveLength(0);
    await person.click(screen.getByRole('button', { name: 'Voir le vendredi 9 avril 2027' }));
    expect(
      await screen.findByRole('heading', { name: /AdmZ Paris — vendredi 9 avril 2027/ }),
    ).toBeDefined();
  });

  test('beyond the site window but open to this person (a population rule): the desks, no rule', async () => {
    api.on('GET', /^\/api\/sites\/[^/]+\/rules$/, () => ({
      status: 200,
      body: rulesWith({ maxDaysAhead: 30 }),
    }));
    renderPage(<BookDeskView />, { path: '/reserver?date=2027-04-20&creneau=morning' });
    expect(await screen.findByRole('button', { name: 'Un poste libre' })).toBeDefined();
    // Once the site's rules have answered too.
    await waitFor(() =>
      expect(api.requests.some((request) => request.path.endsWith('/rules'))).toBe(true),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('button', { name: 'Un poste libre' })).toBeDefined();
    expect(screen.queryByText('Ce jour n’est pas encore ouvert à la réservation')).toBeNull();
  });

  test('a past date in the address says so and offers the next open day', async () => {
    const person = userEvent.setup();
    renderPage(<BookDeskView />, { path: '/reserver?date=2027-03-01' });
    expect(
      await screen.findByText(
        /Le lundi 1 mars 2027 est passé : on ne réserve qu’à partir d’aujourd’hui/,
      ),
    ).toBeDefined();
    expect(
      screen.getByRole('heading', { name: 'AdmZ Paris — mercredi 10 mars 2027' }),
    ).toBeDefined();
    await person.click(
      await screen.findByRole('button', {
        name: 'Voir le prochain jour d’ouverture (jeudi 11 mars 2027)',
      }),
    );
    expect(
      await screen.findByRole('heading', { name: 'AdmZ Paris — jeudi 11 mars 2027' }),
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

  test('a closed day says why and offers the next open one, not merely the day after', async () => {
    closed = ['2027-03-11'];
    api.on('GET', /^\/api\/sites\/[^/]+\/availability$/, (_request, url) => {
      const date = url.searchParams.get('date') ?? '';
      if (date !== '2027-03-10') return { status: 200, body: openDay(date) };
      return {
        status: 200,
        body: { ...openDay(date), isOpen: false, closedReason: 'Travaux', slots: [], desks: [] },
      };
    });
    const person = userEvent.setup();
    renderPage(<BookDeskView />, { path: '/reserver?creneau=morning' });

    expect(await screen.findByText('Le tiers-lieu est fermé ce jour-là')).toBeDefined();
    expect(screen.getByText(/Travaux/)).toBeDefined();
    await person.click(
      await screen.findByRole('button', {
        name: 'Voir le prochain jour d’ouverture (vendredi 12 mars 2027)',
      }),
    );
    expect(await screen.findByRole('button', { name: 'Réserver A-01 Matin' })).toBeDefined();
    expect(
      screen.getByRole('heading', { name: 'AdmZ Paris — vendredi 12 mars 2027 — Matin' }),
    ).toBeDefined();
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
    renderPage(<BookDeskView />, { path: '/reserver?creneau=morning' });

    expect(
      await screen.findByText("Vous n'avez pas accès aux postes de ce tiers-lieu."),
    ).toBeDefined();
    isDown = false;
    await person.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('button', { name: 'Réserver A-01 Matin' })).toBeDefined();
  });

  test('the site, day, slot and zone come from the address; the site is remembered', async () => {
    const person = userEvent.setup();
    renderPage(<BookDeskView />, {
      path: `/reserver?site=${parisSite.id}&date=2027-03-12&creneau=morning&zone=Atelier`,
    });
    expect(
      await screen.findByRole('heading', { name: 'AdmZ Paris — vendredi 12 mars 2027 — Matin' }),
    ).toBeDefined();
    expect(await screen.findByLabelText('Zone')).toHaveProperty('value', 'Atelier');
    expect(screen.getByRole('button', { name: 'Réserver B-07 Matin' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Réserver A-01 Matin' })).toBeNull();

    await person.selectOptions(screen.getByLabelText('Zone'), '');
    expect(await screen.findByRole('button', { name: 'Réserver A-01 Matin' })).toBeDefined();
    await person.click(screen.getByLabelText('Zone calme'));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Réserver A-01 Matin' })).toBeNull(),
    );
    expect(screen.getByRole('button', { name: 'Réserver B-07 Matin' })).toBeDefined();
  });
});

describe('describeFreeDesks', () => {
  test('speaks French plurals', () => {
    expect(describeFreeDesks(0, 1)).toBe('Aucun poste libre sur 1 poste pour ce créneau.');
    expect(describeFreeDesks(1, 1)).toBe('1 poste libre sur 1 poste pour ce créneau.');
    expect(describeFreeDesks(2, 40)).toBe('2 postes libres sur 40 postes pour ce créneau.');
  });
});

describe('the booking page in English', () => {
  test('says the day, the slots, the free desks and the booking in English, not in French', async () => {
    api.on('POST', /^\/api\/bookings$/, (request) => ({
      status: 201,
      body: bookingFor(request.body as CreateBooking),
    }));
    await setLanguage('en');
    const person = userEvent.setup();
    renderPage(<BookDeskView />);

    expect(
      await screen.findByRole('heading', { name: 'AdmZ Paris — Wednesday 10 March 2027' }),
    ).toBeDefined();
    expect(screen.getByRole('button', { name: 'Next day' })).toBeDefined();
    const morning = await screen.findByRole('radio', { name: /^Morning.*09:00 – 13:00 · 2 free$/ });
    expect(screen.getByText(/Choose a slot: AdmZ then offers you a free desk/)).toBeDefined();
    await person.click(morning);

    expect(await screen.findByRole('button', { name: 'Any free desk' })).toBeDefined();
    expect(screen.getByText(/2 free desks out of 3 desks for this slot\./)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Un poste libre' })).toBeNull();
    expect(screen.queryByText(/Choisissez un créneau/)).toBeNull();

    await person.click(screen.getByRole('button', { name: 'Book A-01 Morning' }));
    const confirmation = await screen.findByText('Booking confirmed');
    const alert = confirmation.closest('.fr-alert') as HTMLElement;
    expect(alert.textContent).toContain(
      'Desk A-01 (Open space) at AdmZ Paris, Wednesday 10 March 2027, morning from 09:00 to 13:00.',
    );
    expect(within(alert).getByRole('link', { name: 'Show my access QR code' })).toBeDefined();
    expect(screen.queryByText('Réservation confirmée')).toBeNull();
  });

  test('counts free desks with English plurals', () => {
    expect(describeFreeDesks(0, 1, 'en')).toBe('No free desk out of 1 desk for this slot.');
    expect(describeFreeDesks(1, 1, 'en')).toBe('1 free desk out of 1 desk for this slot.');
    expect(describeFreeDesks(2, 40, 'en')).toBe('2 free desks out of 40 desks for this slot.');
  });
});
