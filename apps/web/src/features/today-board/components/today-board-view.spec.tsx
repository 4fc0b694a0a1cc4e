import type { EvacuationList, Me, TodayBoard, TodayEntry } from '@admz/shared';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { createFakeApi, deskIds, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { EvacuationView } from './evacuation-view';
import { TodayBoardView } from './today-board-view';

const host: Me = {
  id: '3a4b5c6d-7e8f-4a0b-8c1d-2e3f4a5b6c7d',
  givenName: 'Inès',
  usualName: 'Lefèvre',
  email: 'ines.lefevre@numerique.gouv.fr',
  organizationLabel: 'DINUM',
  isAdmin: false,
  hostedSiteIds: [parisSite.id],
};

const entry = (overrides: Partial<TodayEntry>): TodayEntry => ({
  bookingId: '00000000-0000-4000-8000-000000000101',
  person: { givenName: 'Camille', usualName: 'Martin', organizationLabel: 'Ministère du Travail' },
  desk: { id: deskIds.a1, label: 'A-01', zone: 'Plateau ouvert' },
  slot: 'day',
  startsAt: '2027-03-10T08:00:00.000Z',
  endsAt: '2027-03-10T18:00:00.000Z',
  status: 'confirmed',
  state: 'expected',
  isLate: false,
  isWalkIn: false,
  checkedInAt: null,
  checkedOutAt: null,
  releasedAt: null,
  bookedBy: null,
  arrivalMarkedBy: null,
  departureMarkedBy: null,
  ...overrides,
});

const board: TodayBoard = {
  siteId: parisSite.id,
  siteName: parisSite.name,
  timezone: 'Europe/Paris',
  date: '2027-03-10',
  generatedAt: '2027-03-10T09:30:00.000Z',
  isOpen: true,
  closedReason: null,
  counts: { expected: 1, arrived: 1, left: 0, noShow: 0, freeDesks: 1 },
  entries: [
    entry({ slot: 'morning', endsAt: '2027-03-10T12:00:00.000Z' }),
    entry({
      bookingId: '00000000-0000-4000-8000-000000000102',
      person: { givenName: 'Jules', usualName: 'Bernard', organizationLabel: null },
      desk: { id: deskIds.a2, label: 'A-02', zone: 'Plateau ouvert' },
      state: 'arrived',
      status: 'checked_in',
      checkedInAt: '2027-03-10T08:12:00.000Z',
      arrivalMarkedBy: { name: 'Inès Lefèvre' },
    }),
  ],
  guests: [
    {
      invitationId: '00000000-0000-4000-8000-000000000201',
      givenName: 'Léa',
      usualName: 'Durand',
      organisation: 'Association Voisins',
      invitedBy: 'Camille Martin',
      status: 'approved',
      checkedInAt: null,
    },
  ],
  freeDesks: [{ id: deskIds.b7, label: 'B-07', zone: 'Calme' }],
};

const evacuation: EvacuationList = {
  siteId: parisSite.id,
  siteName: parisSite.name,
  timezone: 'Europe/Paris',
  generatedAt: '2027-03-10T09:30:00.000Z',
  count: 1,
  guests: [],
  zones: [
    {
      zone: 'Plateau ouvert',
      count: 1,
      people: [
        {
          bookingId: '00000000-0000-4000-8000-000000000102',
          person: { givenName: 'Jules', usualName: 'Bernard', organizationLabel: null },
          deskLabel: 'A-02',
          checkedInAt: '2027-03-10T08:12:00.000Z',
          isWalkIn: true,
        },
      ],
    },
  ],
};

/** The live stream never opens here: the page polls, as it does when the stream is down. */
class SilentEventSource {
  onopen: (() => void) | null = null;
  onmessage: (() => void) | null = null;
  onerror: (() => void) | null = null;
  addEventListener() {}
  close() {}
}

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi()
    .on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }))
    .on('GET', /\/today$/, () => ({ status: 200, body: board }))
    .on('GET', /\/evacuation$/, () => ({ status: 200, body: evacuation }));
  vi.stubGlobal('fetch', api.fetch);
  vi.stubGlobal('EventSource', SilentEventSource);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  localStorage.clear();
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

describe('today’s board in English', () => {
  test('French stays the default: the same board reads as before', async () => {
    renderPage(<TodayBoardView me={host} />);
    expect(await screen.findByRole('heading', { name: 'Réservations du jour' })).toBeTruthy();
    expect(screen.getByText(/AdmZ Paris — mercredi 10 mars 2027/)).toBeTruthy();
    expect(screen.getByText('Arrivé·e à 09:12 (par Inès Lefèvre)')).toBeTruthy();
    expect(screen.getByText('Matin, 09:00–13:00')).toBeTruthy();
    expect(screen.getByText(/, invité·e par Camille Martin/)).toBeTruthy();
    expect(screen.getByText('Calme', { selector: 'strong' }).closest('li')?.textContent).toBe(
      'Calme (1) : B-07',
    );
  });

  test('the counts, the bookings and their states, the guests and the free desks', async () => {
    await setLanguage('en');
    renderPage(<TodayBoardView me={host} />);

    expect(await screen.findByRole('heading', { name: 'Today’s bookings' })).toBeTruthy();
    const summary = screen.getByRole('list', { name: 'Summary of the day' });
    expect(within(summary).getByText('Desks free now')).toBeTruthy();
    expect(screen.getByText(/AdmZ Paris — Wednesday 10 March 2027/)).toBeTruthy();
    expect(screen.getAllByText('Expected')).toHaveLength(2);
    expect(screen.getByText('Arrived at 09:12 (by Inès Lefèvre)')).toBeTruthy();
    expect(screen.getByText('Morning, 09:00–13:00')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark Camille Martin as arrived' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark Jules Bernard as left' })).toBeTruthy();
    expect(screen.getByText(/, invited by Camille Martin/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Book for this person' })).toBeTruthy();

    expect(screen.queryByText('Réservations du jour')).toBeNull();
    expect(screen.queryByText('Attendu·e')).toBeNull();
    expect(screen.queryByText(/mercredi/)).toBeNull();
  });

  test('the evacuation list: people on site, in a table with English headers', async () => {
    await setLanguage('en');
    renderPage(<EvacuationView me={host} />);

    expect(await screen.findByText('1 person on site')).toBeTruthy();
    expect(screen.getByText(/list drawn up on Wednesday 10 March 2027 at 10:30/)).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Arrival' })).toBeTruthy();
    expect(screen.getByText('Jules Bernard (no booking)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print the list' })).toBeTruthy();

    expect(screen.queryByText('Imprimer la liste')).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Arrivée' })).toBeNull();
  });
});
