import type { MyData } from '@admz/shared';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { MyDataRoute } from '../../../routes/my-data-route';
import { createFakeApi } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';

/** Something in every list, so every section shows its sentences. */
const myData: MyData = {
  exportedAt: '2027-03-10T10:00:00Z',
  identity: {
    id: '0b6f3c1e-2d4a-4f5b-8c9d-0e1f2a3b4c5d',
    sub: 'sub-1',
    givenName: 'Camille',
    usualName: 'Martin',
    email: 'camille@example.gouv.fr',
    uid: 'cmartin',
    siret: '11000535200007',
    idpId: 'agentconnect',
    organizationLabel: 'DINUM',
    isAdmin: false,
    createdAt: '2026-01-05T09:00:00Z',
    lastLoginAt: '2027-03-10T08:00:00Z',
  },
  siteRoles: [
    { siteId: '2f8b1c3e-4d5a-4b6c-8d7e-9f0a1b2c3d4e', siteName: 'AdmZ Paris', role: 'host' },
  ],
  assignedDesks: [{ siteName: 'AdmZ Paris', deskLabel: 'A-01', zone: 'Plateau' }],
  bookings: [
    {
      id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      siteName: 'AdmZ Paris',
      siteTimezone: 'Europe/Paris',
      deskLabel: 'A-01',
      zone: 'Plateau',
      date: '2027-03-09',
      slot: 'morning',
      startsAt: '2027-03-09T08:00:00Z',
      endsAt: '2027-03-09T12:00:00Z',
      status: 'checked_out',
      isWalkIn: true,
      seriesId: null,
      createdAt: '2027-03-01T08:00:00Z',
      cancelledAt: null,
      checkedInAt: '2027-03-09T08:05:00Z',
      checkedInKioskName: 'Accueil',
      checkedOutAt: '2027-03-09T11:55:00Z',
      releasedAt: null,
      mailQrCodeUsedAt: null,
      remindedAt: null,
      presence: null,
    },
  ],
  presenceProfile: null,
  bookingSeries: [
    {
      id: '2c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      siteName: 'AdmZ Paris',
      deskLabel: 'A-01',
      slot: 'day',
      weekdays: [1, 4],
      from: '2027-03-01',
      until: '2027-06-30',
      createdAt: '2027-02-20T08:00:00Z',
      cancelledAt: null,
    },
  ],
  waitlistEntries: [
    {
      id: '3c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      siteName: 'AdmZ Paris',
      date: '2027-04-01',
      slot: 'afternoon',
      zone: 'Plateau',
      status: 'waiting',
      createdAt: '2027-03-02T08:00:00Z',
      promotedAt: null,
      endedAt: null,
    },
  ],
  statisticsMonths: [
    {
      siteName: 'AdmZ Paris',
      month: '2027-02',
      visitDays: 3,
      firstDay: '2027-02-02',
      lastDay: '2027-02-20',
    },
  ],
  eventRegistrations: [
    {
      eventTitle: 'Café design',
      siteName: 'AdmZ Paris',
      date: '2027-04-02',
      mode: 'remote',
      status: 'registered',
      createdAt: '2027-03-03T08:00:00Z',
      cancelledAt: null,
    },
  ],
  guestInvitations: [
    {
      siteName: 'AdmZ Paris',
      date: '2027-04-03',
      guestName: null,
      organisation: null,
      status: 'approved',
      createdAt: '2027-03-04T08:00:00Z',
    },
  ],
  eventProposals: [
    {
      title: 'Atelier données',
      siteName: 'AdmZ Paris',
      date: '2027-04-04',
      status: 'proposed',
      createdAt: '2027-03-05T08:00:00Z',
    },
  ],
  roomBookings: [
    {
      id: '4c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      roomName: 'Salle Seine',
      siteName: 'AdmZ Paris',
      title: 'Revue',
      date: '2027-04-05',
      startsAt: '2099-04-05T08:00:00Z',
      endsAt: '2099-04-05T09:00:00Z',
      headcount: 3,
      attendeeEmails: ['alex@exemple.gouv.fr'],
      status: 'confirmed',
      createdAt: '2027-03-06T08:00:00Z',
      cancelledAt: null,
    },
  ],
  offlineScans: [
    {
      bookingId: null,
      kioskName: 'Accueil',
      outcome: 'already_checked_in',
      message: null,
      scannedAt: '2027-03-09T08:05:00Z',
      receivedAt: '2027-03-09T08:10:00Z',
    },
  ],
  calendarFeed: { isActive: true, createdAt: '2027-01-10T08:00:00Z' },
  sessions: [
    { createdAt: '2027-03-10T08:00:00Z', expiresAt: '2027-03-24T08:00:00Z', isCurrent: true },
  ],
  keptMails: [{ createdAt: '2027-03-01T08:00:00Z', subject: 'Réservation confirmée' }],
  auditEvents: [
    {
      at: '2027-02-01T08:00:00Z',
      kind: 'host.appointed',
      role: 'subject',
      siteName: 'AdmZ Paris',
      subject: 'Camille Martin',
    },
  ],
  retention: {
    presenceMonths: 3,
    bookingsMonths: 12,
    sessionDays: 14,
    expiredSessionsDays: 0,
    outboxDays: 30,
    jobsDays: 7,
  },
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi().on('GET', /^\/api\/me\/data$/, () => ({ status: 200, body: myData }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
});

describe('« Mes données » in English', () => {
  test('every section, and what deleting the account will do', async () => {
    await setLanguage('en');
    renderPage(<MyDataRoute />);

    expect(screen.getByRole('heading', { level: 1, name: 'My data' })).toBeTruthy();
    expect(
      await screen.findByRole('heading', { name: 'My identity (sent by ProConnect)' }),
    ).toBeTruthy();
    expect(screen.getByText('Host — AdmZ Paris')).toBeTruthy();
    expect(screen.getByText('Assigned desk: A-01 (Plateau), AdmZ Paris')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'My bookings (1)' })).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getByText('Tuesday 9 March 2027')).toBeTruthy();
    expect(within(table).getByText('Left — without a booking, at the kiosk')).toBeTruthy();
    expect(
      screen.getByText(
        'AdmZ Paris, desk A-01, Full day — Monday, Thursday, from Monday 1 March 2027 to Wednesday 30 June 2027',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        /^“Café design”, AdmZ Paris, Friday 2 April 2027 — Remote, registered \(on /,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('Guest (data erased), AdmZ Paris, Saturday 3 April 2027 — Approved'),
    ).toBeTruthy();
    expect(
      screen.getByText(
        '“Revue”, Salle Seine, AdmZ Paris, Monday 5 April 2027, 3 people — confirmed; people named: alex@exemple.gouv.fr',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'AdmZ Paris, February 2027: 3 days, from Tuesday 2 February 2027 to Saturday 20 February 2027',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/^Calendar link: active since /)).toBeTruthy();
    expect(
      screen.getByText(/— Host appointed \(AdmZ Paris\): Camille Martin — about you$/),
    ).toBeTruthy();

    // The confirmation names each effect before anything happens.
    expect(
      screen.getByText('1 upcoming room booking is cancelled: the people named are told.'),
    ).toBeTruthy();
    expect(screen.getByText('You are no longer a host of 1 site.')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Yes, delete my account', hidden: true }),
    ).toBeTruthy();

    expect(screen.queryByText('Télécharger mes données (JSON)')).toBeNull();
    expect(screen.queryByText('Supprimer mon compte')).toBeNull();
    expect(document.title).toBe('My data – AdmZ');
  });
});
