import type { Booking, WaitlistEntry } from '@admz/shared';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { bookingFor, createFakeApi, deskIds, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { BookingPassView } from './booking-pass-view';
import { MyBookingsView } from './my-bookings-view';

// Wednesday 10 March 2027, 09:00 in Paris.
const now = new Date('2027-03-10T08:00:00Z');
const seriesId = '0b6f3c1e-2d4a-4f5b-8c9d-0e1f2a3b4c5d';

const thursday: Booking = {
  ...bookingFor({ deskId: deskIds.a1, date: '2027-03-11', slot: 'morning' }),
  id: '7c6b5a49-3828-4716-9504-a3b2c1d0e901',
  seriesId,
};
const nextThursday: Booking = {
  ...bookingFor({ deskId: deskIds.a1, date: '2027-03-18', slot: 'morning' }),
  id: '7c6b5a49-3828-4716-9504-a3b2c1d0e902',
  seriesId,
};
const cancelled: Booking = {
  ...bookingFor({ deskId: deskIds.b7, date: '2027-03-05', slot: 'day' }),
  id: '7c6b5a49-3828-4716-9504-a3b2c1d0e903',
  status: 'cancelled',
  cancelledAt: '2027-03-04T10:00:00Z',
};
const waiting: WaitlistEntry = {
  id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
  status: 'waiting',
  site: { id: parisSite.id, name: parisSite.name, timezone: parisSite.timezone },
  date: '2027-03-12',
  slot: 'afternoon',
  zone: 'Atelier',
  startsAt: '2027-03-12T13:00:00+01:00',
  createdAt: '2027-03-09T08:00:00Z',
  position: 2,
  promotedBookingId: null,
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  api = createFakeApi()
    .on('GET', /^\/api\/bookings\/mine$/, () => ({
      status: 200,
      body: { upcoming: [thursday, nextThursday], past: [cancelled], nextBefore: null },
    }))
    .on('GET', /^\/api\/waitlist\/mine$/, () => ({ status: 200, body: [waiting] }))
    .on('GET', /^\/api\/presence\/bookings$/, () => ({ status: 200, body: [] }))
    .on('GET', /^\/api\/me\/presence-profile$/, () => ({
      status: 200,
      body: { isVisible: false, workSummary: '', skillTags: [], updatedAt: null },
    }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('« Mes réservations » in English', () => {
  test('lists the bookings, the series, the waiting list and the history in English', async () => {
    await setLanguage('en');
    renderPage(<MyBookingsView />);

    const upcoming = (await screen.findByRole('heading', { name: 'Upcoming' })).closest(
      'section',
    ) as HTMLElement;
    const item = within(upcoming).getByRole('article', {
      name: 'Booking for Thursday 11 March 2027, Morning, desk A-01 (AdmZ Paris)',
    });
    expect(within(item).getByText('Morning · 09:00 – 13:00')).toBeDefined();
    expect(within(item).getByText('Desk A-01 · Open space · AdmZ Paris')).toBeDefined();
    expect(within(item).getByText('Confirmed')).toBeDefined();
    expect(
      within(item).getByRole('button', {
        name: 'Cancel the booking for Thursday 11 March 2027, Morning, desk A-01 (AdmZ Paris)',
      }),
    ).toBeDefined();

    expect(screen.getByRole('heading', { name: 'Recurring bookings' })).toBeDefined();
    expect(
      screen.getByText(
        /2 upcoming bookings, from Thursday 11 March 2027 to Thursday 18 March 2027\./,
      ),
    ).toBeDefined();
    expect(screen.getByRole('button', { name: 'Cancel the whole series' })).toBeDefined();

    expect(await screen.findByRole('heading', { name: 'Waiting lists' })).toBeDefined();
    const entry = screen.getByTestId('waitlist-entry');
    expect(entry.textContent).toContain(
      'Friday 12 March 2027, Afternoon — AdmZ Paris, zone Atelier',
    );
    expect(within(entry).getByText(/Position 2 in the queue\./)).toBeDefined();
    expect(within(entry).getByRole('button', { name: /Leave the list/ })).toBeDefined();

    expect(
      screen.getByRole('button', { name: 'Past, cancelled or released bookings (1)' }),
    ).toBeDefined();

    expect(screen.queryByRole('heading', { name: 'À venir' })).toBeNull();
    expect(screen.queryByText('Réservations récurrentes')).toBeNull();
    expect(screen.queryByText(/dans la file/)).toBeNull();
  });

  test("a booking's QR code page says where, when and how to use it in English", async () => {
    api.on('GET', /^\/api\/bookings\/[^/]+\/pass$/, () => ({
      status: 200,
      body: {
        bookingId: thursday.id,
        token: 'token',
        shortCode: 'ab3def7h',
        qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
        validFrom: '2027-03-11T08:30:00+01:00',
        validUntil: '2027-03-11T10:00:00+01:00',
        expiresAt: '2027-03-10T08:00:30Z',
        refreshAfter: '2027-03-10T08:00:20Z',
      },
    }));
    api.on('GET', /^\/api\/sites\/[^/]+$/, () => ({ status: 200, body: parisSite }));
    await setLanguage('en');
    renderPage(<BookingPassView bookingId={thursday.id} />);

    expect(await screen.findByRole('heading', { name: 'Desk A-01 · Open space' })).toBeDefined();
    expect(screen.getByText(/^Thursday 11 March 2027 — Morning · 09:00 – 13:00/)).toBeDefined();
    expect(
      screen.getByRole('img', {
        name: 'Access QR code of the booking for Thursday 11 March 2027, desk A-01',
      }),
    ).toBeDefined();
    expect(screen.getByText('Code to type at the kiosk if the camera does not work')).toBeDefined();
    expect(
      screen.getByText('Valid on Thursday 11 March 2027 from 08:30 to 10:00 (site time).'),
    ).toBeDefined();
    expect(screen.queryByText(/Valable le/)).toBeNull();
  });
});

describe('the QR code page of a booking older than those loaded', () => {
  const olderId = '7c6b5a49-3828-4716-9504-a3b2c1d0e9ff';

  test('says what the API says of it (over, cancelled, released), not « introuvable »', async () => {
    api.on('GET', /^\/api\/bookings\/[^/]+\/pass$/, () => ({
      status: 422,
      body: {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'Cette réservation est terminée.',
      },
    }));
    renderPage(<BookingPassView bookingId={olderId} />);

    expect(await screen.findByText('Cette réservation est terminée.')).toBeDefined();
    expect(screen.getByText("Ce QR code n'est plus accepté à la borne d'accueil.")).toBeDefined();
    // A link to the booking page (DSFR's `linkProps`; no router here to write its href).
    expect(screen.getByText('Réserver un poste').closest('a')).not.toBeNull();
    expect(screen.queryByText('Cette réservation est introuvable.')).toBeNull();
  });

  test('a booking that is not the person’s is « introuvable »', async () => {
    api.on('GET', /^\/api\/bookings\/[^/]+\/pass$/, () => ({
      status: 404,
      body: { statusCode: 404, error: 'Not Found', message: 'Réservation introuvable.' },
    }));
    renderPage(<BookingPassView bookingId={olderId} />);

    expect(await screen.findByText('Cette réservation est introuvable.')).toBeDefined();
    expect(screen.getByText('Voir mes réservations').closest('a')).not.toBeNull();
  });

  test('when the API cannot answer, an error with a retry, not « introuvable »', async () => {
    api.on('GET', /^\/api\/bookings\/[^/]+\/pass$/, () => ({
      status: 500,
      body: { statusCode: 500, error: 'Internal Server Error', message: 'Erreur interne.' },
    }));
    renderPage(<BookingPassView bookingId={olderId} />);

    expect(
      await screen.findByRole('button', { name: /Réessayer/ }, { timeout: 5000 }),
    ).toBeDefined();
    expect(screen.queryByText('Cette réservation est introuvable.')).toBeNull();
  });
});
