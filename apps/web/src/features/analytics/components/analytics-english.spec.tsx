import type { Me, OpenStatistics, SiteAnalytics } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { createFakeApi, deskIds, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { OpenStatisticsView } from './open-statistics-view';
import { SiteAnalyticsView } from './site-analytics-view';

// The charts need the DSFR's colour scheme started (the app's entry does it); the same figures
// are in the tables, which are what this test reads.
vi.mock('./bar-chart', () => ({ SimpleBarChart: () => null }));

const host: Me = {
  id: '3a4b5c6d-7e8f-4a0b-8c1d-2e3f4a5b6c7d',
  givenName: 'Inès',
  usualName: 'Lefèvre',
  email: 'ines.lefevre@numerique.gouv.fr',
  organizationLabel: 'DINUM',
  isAdmin: false,
  hostedSiteIds: [parisSite.id],
};

const day = {
  date: '2027-03-10',
  isOpen: true,
  availableHalfDays: 20,
  morningBooked: 9,
  afternoonBooked: 8,
  occupancyRate: 0.85,
  morningRate: 0.9,
  afternoonRate: 0.8,
  visits: 12,
  noShows: 1,
  administrations: 4,
};

const analytics: SiteAnalytics = {
  siteId: parisSite.id,
  siteName: parisSite.name,
  from: '2027-03-01',
  to: '2027-03-31',
  showsNames: false,
  summary: {
    openDays: 1,
    activeDesks: 10,
    availableHalfDays: 20,
    bookedHalfDays: 17,
    occupancyRate: 0.85,
    morningRate: 0.9,
    afternoonRate: 0.8,
    bookings: 14,
    endedBookings: 13,
    noShows: 1,
    noShowRate: 0.077,
    visits: 12,
    distinctAgents: 11,
    repeatVisitors: 3,
    administrations: 4,
    sharedDays: 1,
  },
  days: [day],
  peakDays: [day],
  zones: [
    {
      zone: 'Plateau ouvert',
      activeDesks: 10,
      availableHalfDays: 20,
      bookedHalfDays: 17,
      occupancyRate: 0.85,
    },
  ],
  desks: [
    {
      deskId: deskIds.a1,
      label: 'A-01',
      zone: 'Plateau ouvert',
      isActive: false,
      bookedHalfDays: 2,
      occupancyRate: 1,
    },
  ],
  administrations: [],
  visitors: null,
};

const openStatistics: OpenStatistics = {
  months: ['2027-02'],
  minimumPeople: 5,
  rows: [
    {
      siteId: parisSite.id,
      siteName: parisSite.name,
      month: '2027-02',
      openDays: 19,
      suppressed: false,
      occupancyRate: 0.425,
      visits: 120,
      administrations: 14,
      sharedDaysShare: 0.6,
    },
    {
      siteId: parisSite.id,
      siteName: parisSite.name,
      month: '2027-01',
      openDays: 18,
      suppressed: true,
      occupancyRate: null,
      visits: null,
      administrations: null,
      sharedDaysShare: null,
    },
  ],
  events: [],
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi()
    .on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }))
    .on('GET', /\/analytics$/, () => ({ status: 200, body: analytics }))
    .on('GET', /^\/api\/open-statistics$/, () => ({ status: 200, body: openStatistics }));
  vi.stubGlobal('fetch', api.fetch);
  await setLanguage('en');
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  localStorage.clear();
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

describe('statistics in English', () => {
  test('a host reads the site’s key figures, tables and rates in English', async () => {
    renderPage(<SiteAnalyticsView me={host} />);

    expect(await screen.findByRole('heading', { name: 'Occupancy by day' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Month' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Previous month' })).toBeTruthy();
    expect(screen.getByText('17 half-days of 20 (1 open day, 10 desks)')).toBeTruthy();
    expect(screen.getByText('1 ended booking of 13 with no arrival')).toBeTruthy();
    expect(
      screen.getByText('Wednesday 10 March 2027: 85% of the half-days (17 of 20)'),
    ).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'A-01 (inactive)' })).toBeTruthy();
    expect(
      screen.getByText(
        '3 people came on at least two days. This site does not show names in its statistics.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: /Download the table « Occupancy by zone »/ }),
    ).toBeTruthy();

    expect(screen.queryByText('Jours de pointe')).toBeNull();
    expect(screen.queryByText(/85,/)).toBeNull();
  });

  test('anyone reads the open statistics in English, withheld months included', async () => {
    renderPage(<OpenStatisticsView />);

    expect(await screen.findByRole('heading', { name: 'AdmZ Paris' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Occupancy rate' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'February 2027' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '42.5%' })).toBeTruthy();
    expect(screen.getAllByText('< 5 people').length).toBeGreaterThan(0);
    expect(screen.getByText('Download all the statistics')).toBeTruthy();

    expect(screen.queryByText('< 5 personnes')).toBeNull();
    expect(screen.queryByText('février 2027')).toBeNull();
  });
});
