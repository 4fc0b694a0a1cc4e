import type { DeskAssignment, Me, OpeningHours } from '@admz/shared';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { SiteSettingsRoute } from '../../../routes/site-settings-route';
import { createFakeApi, deskIds, parisSite, rulesWith } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';

const host: Me = {
  id: '5d4c3b2a-1908-4f7e-8d6c-5b4a39281706',
  givenName: 'Camille',
  usualName: 'Martin',
  email: 'camille.martin@example.gouv.fr',
  organizationLabel: null,
  isAdmin: false,
  hostedSiteIds: [parisSite.id],
};

const openingHours: OpeningHours = {
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: '09:00', closesAt: '19:00' })),
  exceptions: [
    { date: '2099-12-24', isClosed: true, opensAt: null, closesAt: null, reason: 'Travaux' },
  ],
  upcomingHolidays: [{ date: '2099-12-25', name: 'Noël' }],
};

const assignments: DeskAssignment[] = [
  {
    deskId: deskIds.a1,
    label: 'A-01',
    zone: 'Open space',
    assignee: {
      userId: '0f1e2d3c-4b5a-4968-8776-655443322110',
      givenName: 'Sam',
      usualName: 'Petit',
      email: 'sam.petit@example.gouv.fr',
    },
  },
];

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  // The guests' and rooms' tabs (other features) ask for more: unanswered, they show their own
  // error state, which this test does not read.
  api = createFakeApi()
    .on('GET', /^\/api\/me$/, () => ({ status: 200, body: host }))
    .on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }))
    .on('GET', /^\/api\/sites\/[^/]+\/opening-hours$/, () => ({ status: 200, body: openingHours }))
    .on('GET', /^\/api\/sites\/[^/]+\/rules$/, () => ({
      status: 200,
      body: rulesWith({ allowedSlotTypes: ['half_day', 'full_day', 'hourly'] }),
    }))
    .on('GET', /^\/api\/sites\/[^/]+\/zones$/, () => ({ status: 200, body: [] }))
    .on('GET', /^\/api\/sites\/[^/]+\/key-holders$/, () => ({ status: 200, body: [] }))
    .on('GET', /^\/api\/sites\/[^/]+\/desk-assignments$/, () => ({
      status: 200,
      body: assignments,
    }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
  expect(api.unanswered.filter((request) => !/\/(guests|rooms)\b/.test(request))).toEqual([]);
});

describe('« Paramètres du site » in English', () => {
  test('a host who picked English reads the hours, closures, keys, rules and kiosk message', async () => {
    await setLanguage('en');
    renderPage(<SiteSettingsRoute />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Site settings' })).toBeTruthy();
    expect(document.title).toContain('Site settings');
    expect(await screen.findByRole('tab', { name: 'Hours and closures' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Booking rules' })).toBeTruthy();

    // The week, its exceptions and the holidays.
    expect(await screen.findByRole('heading', { name: 'Weekly opening hours' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Monday' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a range on Sunday' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save the opening hours' })).toBeTruthy();
    const exception = screen.getByRole('row', { name: /Thursday 24 December 2099/ });
    expect(within(exception).getByText('Closed')).toBeTruthy();
    expect(
      within(exception).getByRole('button', {
        name: 'Delete the exception of Thursday 24 December 2099',
      }),
    ).toBeTruthy();
    expect(screen.getByText('Friday 25 December 2099 — Noël')).toBeTruthy();

    // Keys, rules and assigned desks.
    expect(await screen.findByText('Nobody holds a key for this site.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Save the rules' })).toBeTruthy();
    expect(screen.getByRole('option', { name: '30 min (default)' })).toBeTruthy();
    expect(screen.getByLabelText(/^Cancellation deadline/)).toBeTruthy();
    expect(
      await screen.findByText(
        'This site has no zone yet: all its desks can be booked by the hour.',
      ),
    ).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Release the desk A-01' })).toBeTruthy();

    // The kiosks' message.
    expect(screen.getByRole('button', { name: 'Save the message' })).toBeTruthy();
    expect(screen.getByText('0 / 280 characters')).toBeTruthy();

    expect(screen.queryByText('Horaires de la semaine')).toBeNull();
    expect(screen.queryByText('Enregistrer les règles')).toBeNull();
    expect(screen.queryByText('Fermé')).toBeNull();
  });
});
