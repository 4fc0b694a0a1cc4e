import type { Room, Event, Me, ZoneSummary } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { EventForm } from './event-form';

const zones: ZoneSummary[] = ['Atelier', 'Plateau ouvert'].map((zone, index) => ({
  id: `00000000-0000-4000-8000-00000000000${index}`,
  zone,
  position: index + 1,
  deskCount: 10,
  placedDeskCount: 0,
  plan: null,
}));

const rooms: Room[] = [
  {
    id: '00000000-0000-4000-8000-000000000200',
    siteId: '00000000-0000-4000-8000-000000000300',
    name: 'Salle Marianne',
    kind: 'room',
    capacity: 8,
    equipment: ['screen'],
    isActive: true,
  },
];

const agent: Me = {
  id: '00000000-0000-4000-8000-000000000100',
  givenName: 'Camille',
  usualName: 'Martin',
  email: 'camille.martin@travail.gouv.fr',
  organizationLabel: null,
  isAdmin: false,
  hostedSiteIds: [],
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(() => {
  api = createFakeApi();
  api.on('GET', /\/zones$/, () => ({ status: 200, body: zones }));
  api.on('GET', /\/rooms$/, () => ({ status: 200, body: rooms }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

async function fillValidEvent(person: ReturnType<typeof userEvent.setup>) {
  await person.type(screen.getByLabelText('Titre'), 'Déjeuner des geeks');
  await person.type(screen.getByLabelText('Description'), 'On parle logiciel libre.');
  await person.type(screen.getByLabelText(/^Thèmes/), 'logiciel libre,  communs ,');
  await person.type(screen.getByLabelText('Date'), '2027-03-18');
  await screen.findByRole('option', { name: 'Plateau ouvert (10 postes)' });
  await person.selectOptions(screen.getByLabelText(/^Zone utilisée/), 'Plateau ouvert (10 postes)');
}

describe('« Proposer un événement »', () => {
  test('an end before the start is said on the field, and nothing is sent', async () => {
    const person = userEvent.setup();
    renderPage(<EventForm me={agent} sites={[parisSite]} />);
    await fillValidEvent(person);
    await person.clear(screen.getByLabelText('Fin'));
    await person.type(screen.getByLabelText('Fin'), '11:00');
    await person.click(screen.getByRole('button', { name: 'Proposer l’événement' }));
    expect(
      await screen.findByText("L'heure de fin doit être après l'heure de début."),
    ).toBeTruthy();
    expect(api.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  test('sends the proposal with its themes split and trimmed, in the chosen zone', async () => {
    const person = userEvent.setup();
    const created: Event = {
      id: '00000000-0000-4000-8000-000000000200',
      siteId: parisSite.id,
      siteName: parisSite.name,
      timezone: 'Europe/Paris',
      title: 'Déjeuner des geeks',
      description: 'On parle logiciel libre.',
      type: 'talk',
      themes: ['logiciel libre', 'communs'],
      date: '2027-03-18',
      startTime: '12:00',
      endTime: '14:00',
      startsAt: '2027-03-18T11:00:00.000Z',
      endsAt: '2027-03-18T13:00:00.000Z',
      space: { kind: 'zone', id: zones[1]?.id ?? '', name: 'Plateau ouvert' },
      capacity: 20,
      hasVisio: false,
      visioUrl: null,
      audience: 'agents',
      status: 'proposed',
      declineReason: null,
      proposedBy: { givenName: 'Camille', usualName: 'Martin' },
      isMine: true,
      canOrganise: true,
      createdAt: '2027-03-09T08:00:00.000Z',
    };
    api.on('POST', /\/events$/, () => ({ status: 201, body: created }));
    renderPage(<EventForm me={agent} sites={[parisSite]} />);
    await fillValidEvent(person);
    await person.click(screen.getByRole('button', { name: 'Proposer l’événement' }));
    const sent = api.requests.find((request) => request.method === 'POST');
    expect(sent?.path).toBe(`/api/sites/${parisSite.id}/events`);
    expect(sent?.body).toMatchObject({
      title: 'Déjeuner des geeks',
      themes: ['logiciel libre', 'communs'],
      date: '2027-03-18',
      startTime: '12:00',
      endTime: '14:00',
      zoneId: zones[1]?.id,
      capacity: 20,
      visioUrl: null,
      audience: 'agents',
    });
  });
  test('an event in a room sends the room instead of a zone', async () => {
    const person = userEvent.setup();
    api.on('POST', /\/events$/, () => ({
      status: 422,
      body: { statusCode: 422, error: 'Unprocessable Entity', message: 'Refusé pour le test.' },
    }));
    renderPage(<EventForm me={agent} sites={[parisSite]} />);
    await fillValidEvent(person);
    await screen.findByRole('option', { name: 'Salle Marianne (8 personnes)' });
    await person.selectOptions(
      screen.getByLabelText(/^Zone utilisée/),
      'Salle Marianne (8 personnes)',
    );
    await person.click(screen.getByRole('button', { name: 'Proposer l’événement' }));
    const sent = api.requests.find((request) => request.method === 'POST');
    expect(sent?.body).toMatchObject({ roomId: rooms[0]?.id });
    expect(sent?.body).not.toHaveProperty('zoneId');
    expect(await screen.findByText('Refusé pour le test.')).toBeTruthy();
  });
});
