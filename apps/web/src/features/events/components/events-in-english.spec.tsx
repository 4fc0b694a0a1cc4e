import type { Event, EventRegistrationState, Me } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { EventDetails } from './event-details';
import { PendingEventsView } from './pending-events-view';

const eventId = '00000000-0000-4000-8000-000000000400';

// Thursday 18 March 2027, 12:00–14:00 in Paris (UTC+1): still to come.
const lunch: Event = {
  id: eventId,
  siteId: parisSite.id,
  siteName: parisSite.name,
  timezone: 'Europe/Paris',
  title: 'Déjeuner des développeurs publics',
  description: 'Un déjeuner entre développeurs.',
  type: 'lunch',
  themes: ['communauté'],
  date: '2027-03-18',
  startTime: '12:00',
  endTime: '14:00',
  startsAt: '2027-03-18T11:00:00.000Z',
  endsAt: '2027-03-18T13:00:00.000Z',
  space: { kind: 'zone', id: '00000000-0000-4000-8000-000000000001', name: 'Atelier' },
  capacity: 30,
  hasVisio: true,
  visioUrl: null,
  audience: 'agents',
  status: 'approved',
  declineReason: null,
  proposedBy: { givenName: 'Inès', usualName: 'Lefèvre' },
  isMine: false,
  canOrganise: false,
  createdAt: '2027-02-10T08:00:00.000Z',
};

const openState: EventRegistrationState = {
  capacity: 30,
  registeredInPerson: 12,
  registeredRemote: 0,
  waiting: 2,
  mine: null,
};

const host: Me = {
  id: '00000000-0000-4000-8000-000000000100',
  givenName: 'Camille',
  usualName: 'Martin',
  email: 'camille.martin@travail.gouv.fr',
  organizationLabel: null,
  isAdmin: false,
  hostedSiteIds: [parisSite.id],
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi();
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

describe('events in English', { timeout: 20_000 }, () => {
  test('an event’s page reads in English, and registering answers in English', async () => {
    const person = userEvent.setup();
    let state = openState;
    api.on('GET', /^\/api\/events\/[^/]+$/, () => ({ status: 200, body: lunch }));
    api.on('GET', /\/registration$/, () => ({ status: 200, body: state }));
    api.on('POST', /\/registration$/, () => {
      state = {
        ...openState,
        registeredInPerson: 13,
        mine: { mode: 'in_person', status: 'registered', waitingPosition: null, visioUrl: null },
      };
      return { status: 200, body: state };
    });
    api.on('GET', /\/archive$/, () => ({
      status: 200,
      body: {
        eventId,
        isOver: false,
        summary: '',
        links: [],
        themes: [],
        updatedAt: null,
        canEdit: false,
      },
    }));
    renderPage(<EventDetails eventId={eventId} />);

    expect(await screen.findByRole('heading', { level: 1, name: lunch.title })).toBeTruthy();
    expect(screen.getByText('Lunch')).toBeTruthy();
    expect(screen.getByText('Approved')).toBeTruthy();
    expect(screen.getByText('When')).toBeTruthy();
    expect(
      screen.getByText('Thursday 18 March 2027, 12:00 – 14:00 (local time, Europe/Paris)'),
    ).toBeTruthy();
    expect(screen.getByText('AdmZ Paris, Atelier zone')).toBeTruthy();
    expect(screen.getByText('Yes, by video call')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Take part' })).toBeTruthy();
    expect(
      await screen.findByText('12 / 30 in-person places taken, 2 on the waiting list.'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Follow online' })).toBeTruthy();
    expect(screen.queryByText('Participer')).toBeNull();
    expect(screen.queryByText('Quand')).toBeNull();

    await person.click(screen.getByRole('button', { name: 'Register to come in person' }));

    expect(await screen.findByText('You are registered (on site).')).toBeTruthy();
    expect(
      screen.getByText(
        'On the day of the event, your pass (a QR code to show at the kiosk) will appear here.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel my registration' })).toBeTruthy();
    expect(screen.queryByText(/Vous êtes inscrit/)).toBeNull();
  });

  test('a host reads the proposals to approve in English', async () => {
    const proposal: Event = { ...lunch, status: 'proposed' };
    api.on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }));
    api.on('GET', /\/events\/pending$/, () => ({ status: 200, body: [proposal] }));
    renderPage(<PendingEventsView me={host} />);

    expect(
      await screen.findByRole('heading', { name: 'Proposals to approve at AdmZ Paris' }),
    ).toBeTruthy();
    expect(await screen.findByText('Proposed by Inès Lefèvre — 30 places')).toBeTruthy();
    expect(screen.getByRole('button', { name: `Approve “${lunch.title}”` })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Decline “${lunch.title}”` })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create an event' })).toBeTruthy();
    expect(screen.queryByText(/Propositions à valider/)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Valider/ })).toBeNull();
  });
});
