import type { RoomBooking, RoomDayAvailability, RoomRules } from '@admz/shared';
import { defaultRoomRules } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { RoomsRoute } from '../../../routes/rooms-route';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { SiteRoomsPanel } from './site-rooms-panel';

const room = {
  id: '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  siteId: parisSite.id,
  name: 'Salle Seine',
  kind: 'room' as const,
  capacity: 8,
  equipment: ['screen' as const, 'whiteboard' as const],
  isActive: true,
};

const rules: RoomRules = defaultRoomRules;

function roomDay(date: string): RoomDayAvailability {
  return {
    siteId: parisSite.id,
    date,
    timezone: 'Europe/Paris',
    hours: { opensAt: '08:00', closesAt: '19:00' },
    closedReason: null,
    rules,
    rooms: [{ ...room, busy: [{ startTime: '10:00', endTime: '11:30', kind: 'event' }] }],
  };
}

const myBooking: RoomBooking = {
  id: '6b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  room: { id: room.id, name: room.name, kind: 'room' },
  siteId: parisSite.id,
  siteName: parisSite.name,
  timezone: 'Europe/Paris',
  date: '2027-03-09',
  startTime: '14:00',
  endTime: '15:00',
  startsAt: '2027-03-09T13:00:00+00:00',
  endsAt: '2027-03-09T14:00:00+00:00',
  title: 'Atelier données',
  headcount: 4,
  status: 'confirmed',
  bookedBy: { givenName: 'Camille', usualName: 'Martin' },
  attendeeEmails: ['alex@exemple.gouv.fr'],
  isMine: true,
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi()
    .on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }))
    .on('GET', /\/rooms\/availability$/, (_request, url) => ({
      status: 200,
      body: roomDay(url.searchParams.get('date') ?? '2027-03-09'),
    }))
    .on('GET', /^\/api\/rooms\/bookings\/mine$/, () => ({ status: 200, body: [myBooking] }))
    .on('GET', /\/rooms$/, () => ({ status: 200, body: [room] }))
    .on('GET', /\/rooms\/rules$/, () => ({ status: 200, body: rules }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('rooms in English', () => {
  test('booking a room: the day, the free periods, the form and my bookings', async () => {
    await setLanguage('en');
    renderPage(<RoomsRoute />);

    expect(screen.getByRole('heading', { level: 1, name: 'Book a room' })).toBeTruthy();
    expect(
      await screen.findByRole('heading', {
        name: /^Rooms on \w+day \d+ \w+ \d{4} \(from 08:00 to 19:00\)$/,
      }),
    ).toBeTruthy();
    expect(screen.getByText('Room · up to 8 people · Screen, Whiteboard')).toBeTruthy();
    expect(screen.getByText('from 10:00 to 11:30 (event)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Room chosen' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Start' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Meeting subject' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Book the room' })).toBeTruthy();

    expect(
      await screen.findByText('Tuesday 9 March 2027, from 14:00 to 15:00 · 4 people'),
    ).toBeTruthy();
    expect(screen.getByText('People invited: alex@exemple.gouv.fr')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel this booking' })).toBeTruthy();

    expect(screen.queryByText('Réserver la salle')).toBeNull();
    expect(screen.queryByText('Mes réservations de salle')).toBeNull();
    expect(document.title).toBe('Book a room – AdmZ');
  });

  test("the hosts' rooms and rules", async () => {
    await setLanguage('en');
    renderPage(<SiteRoomsPanel siteId={parisSite.id} />);

    expect(screen.getByRole('heading', { name: 'Rooms and tables' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Salle Seine (Room)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close to booking' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Add a room or a table' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Save the room rules' })).toBeTruthy();
    expect(screen.getByRole('spinbutton', { name: /^Longest booking \(hours\)/ })).toBeTruthy();
    expect(screen.queryByText('Salles et tables')).toBeNull();
    expect(screen.queryByText('Enregistrer les règles des salles')).toBeNull();
  });
});
