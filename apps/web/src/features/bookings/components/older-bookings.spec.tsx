import { addDaysToIsoDate, type Booking, type MyBookings } from '@admz/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { apiError, bookingFor, createFakeApi, deskIds } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { MyBookingsView } from './my-bookings-view';

// Wednesday 10 March 2027, 09:00 in Paris.
const now = new Date('2027-03-10T08:00:00Z');

/** The `index`-th past day before today (1 = yesterday), a day at A-01 the person came to. */
function pastBooking(index: number): Booking {
  const booking = bookingFor({
    deskId: deskIds.a1,
    date: addDaysToIsoDate('2027-03-10', -index),
    slot: 'day',
  });
  return {
    ...booking,
    id: `7c6b5a49-3828-4716-9504-${String(index).padStart(12, '0')}`,
    status: 'checked_out',
    checkedInAt: booking.startsAt,
    checkedOutAt: booking.endsAt,
  };
}

const upcoming = bookingFor({ deskId: deskIds.a1, date: '2027-03-11', slot: 'morning' });
const firstPage: MyBookings = {
  upcoming: [upcoming],
  past: Array.from({ length: 20 }, (_, index) => pastBooking(index + 1)),
  nextBefore: '2027-02-18T08:00:00.000Z_7c6b5a49-3828-4716-9504-000000000020',
};
const secondPage: MyBookings = {
  upcoming: [],
  past: Array.from({ length: 5 }, (_, index) => pastBooking(index + 21)),
  nextBefore: null,
};

let api: ReturnType<typeof createFakeApi>;
/** Answers of the older page, in order (then the second page); held while `isOlderPageHeld`. */
let olderPageAnswers: { status: number; body: unknown }[];
let isOlderPageHeld: boolean;
let heldOlderPages: (() => void)[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  olderPageAnswers = [];
  isOlderPageHeld = false;
  heldOlderPages = [];
  api = createFakeApi()
    .on('GET', /^\/api\/bookings\/mine$/, (_request, url) => {
      if (!url.searchParams.has('before')) return { status: 200, body: firstPage };
      const answer = olderPageAnswers.shift() ?? { status: 200, body: secondPage };
      if (!isOlderPageHeld) return answer;
      return new Promise((resolve) => heldOlderPages.push(() => resolve(answer)));
    })
    .on('GET', /^\/api\/waitlist\/mine$/, () => ({ status: 200, body: [] }))
    .on('GET', /^\/api\/presence\/bookings$/, () => ({ status: 200, body: [] }))
    .on('GET', /^\/api\/me\/presence-profile$/, () => ({
      status: 200,
      body: { isVisible: false, workSummary: '', skillTags: [], updatedAt: null },
    }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const historyItems = () =>
  within(
    screen.getByRole('heading', { name: 'Historique' }).closest('section') as HTMLElement,
  ).getAllByRole('article');

describe('« Voir les réservations plus anciennes »', () => {
  test('loads the next page with the keyboard, appends it oldest last, then says there is no more', async () => {
    isOlderPageHeld = true;
    const person = userEvent.setup();
    renderPage(<MyBookingsView />);

    await person.click(
      await screen.findByRole('button', {
        name: 'Réservations passées, annulées ou libérées (20 les plus récentes)',
      }),
    );
    expect(historyItems()).toHaveLength(20);
    const upcomingSection = screen
      .getByRole('heading', { name: 'À venir' })
      .closest('section') as HTMLElement;
    expect(within(upcomingSection).getAllByRole('article')).toHaveLength(1);

    const loadMore = screen.getByRole('button', { name: 'Voir les réservations plus anciennes' });
    loadMore.focus();
    await person.keyboard('{Enter}');

    // While it loads: said on the button (still focused) and to screen readers.
    const loading = await screen.findByRole('button', {
      name: 'Chargement des réservations plus anciennes…',
    });
    expect(loading.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(loading);
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      'Chargement des réservations plus anciennes…',
    );
    expect(api.requests.map((request) => request.path)).toContain(
      `/api/bookings/mine?before=${encodeURIComponent(firstPage.nextBefore!)}`,
    );

    heldOlderPages.shift()?.();
    await waitFor(() => expect(historyItems()).toHaveLength(25));
    const labels = historyItems().map((item) => item.getAttribute('aria-label'));
    expect(labels.at(19)).toContain('18 février 2027');
    expect(labels.at(24)).toContain('13 février 2027');
    expect(
      screen.queryByRole('button', { name: 'Voir les réservations plus anciennes' }),
    ).toBeNull();
    const allShown = screen.getByText('Toutes vos réservations passées sont affichées.');
    expect(document.activeElement).toBe(allShown);
    expect(
      screen.getByRole('button', { name: 'Réservations passées, annulées ou libérées (25)' }),
    ).toBeDefined();
  });

  test('a page that fails says why, keeps what is shown, and can be asked again', async () => {
    const saturated = apiError(
      503,
      'Le service est momentanément saturé : réessayez dans quelques secondes.',
    );
    // The first try and the query client's two retries of a server error.
    olderPageAnswers.push(saturated, saturated, saturated);
    const person = userEvent.setup();
    renderPage(<MyBookingsView />);

    await person.click(
      await screen.findByRole('button', { name: 'Voir les réservations plus anciennes' }),
    );
    expect(
      await screen.findByText(
        'Le service est momentanément saturé : réessayez dans quelques secondes.',
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeDefined();
    expect(historyItems()).toHaveLength(20);
    expect(screen.getByRole('heading', { name: 'À venir' })).toBeDefined();

    await person.click(
      screen.getByRole('button', { name: 'Voir les réservations plus anciennes' }),
    );
    await waitFor(() => expect(historyItems()).toHaveLength(25));
    expect(
      screen.queryByText('Le service est momentanément saturé : réessayez dans quelques secondes.'),
    ).toBeNull();
  }, 20_000);
});
