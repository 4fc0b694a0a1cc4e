import type { PublicAgenda } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { apiError, createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { EmbeddedAgenda } from './embedded-agenda';
import { PublicAgendaView } from './public-agenda-view';

const lilleId = '00000000-0000-4000-8000-000000000500';

const agenda: PublicAgenda = {
  sites: [
    {
      id: parisSite.id,
      name: parisSite.name,
      address: parisSite.address,
      timezone: 'Europe/Paris',
      kind: 'permanent',
      startsOn: null,
      endsOn: null,
    },
    {
      id: lilleId,
      name: 'AdmZ en tournée à Lille',
      address: '1 place de la République, 59000 Lille',
      timezone: 'Europe/Paris',
      kind: 'temporary',
      startsOn: '2027-04-13',
      endsOn: '2027-04-14',
    },
  ],
  events: [
    {
      id: '00000000-0000-4000-8000-000000000400',
      siteId: parisSite.id,
      siteName: parisSite.name,
      timezone: 'Europe/Paris',
      title: 'Atelier accessibilité',
      description: 'Rendre un service public accessible.',
      type: 'workshop',
      themes: ['accessibilité'],
      date: '2027-03-18',
      startTime: '10:00',
      endTime: '12:00',
      startsAt: '2027-03-18T09:00:00.000Z',
      endsAt: '2027-03-18T11:00:00.000Z',
      hasVisio: true,
      siteKind: 'permanent',
    },
  ],
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi()
    .on('GET', /^\/api\/me$/, () => apiError(401, 'Connectez-vous.'))
    .on('GET', /^\/api\/public\/events$/, () => ({ status: 200, body: agenda }));
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

describe('the public agenda in English', () => {
  test('a visitor reads the events, the tour, the feeds and the embed code in English', async () => {
    renderPage(<PublicAgendaView />);

    expect(await screen.findByRole('heading', { name: 'Upcoming events' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Thursday 18 March 2027' })).toBeTruthy();
    expect(screen.getByText('Workshop')).toBeTruthy();
    expect(screen.getByText('On site')).toBeTruthy();
    expect(screen.getByText('Online')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Log in to register/ }).textContent).toBe(
      'Log in to register for “Atelier accessibilité”',
    );
    expect(screen.getByRole('heading', { name: 'Where AdmZ is going next' })).toBeTruthy();
    expect(screen.getByText('from Tuesday 13 April 2027 to Wednesday 14 April 2027')).toBeTruthy();
    expect(screen.getByText('No public event at this stop yet.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Subscribe to the agenda' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the network address' })).toBeTruthy();
    const embed = screen.getByLabelText<HTMLInputElement>(/^Embed code \(iframe\)/);
    expect(embed.value).toContain('title="Upcoming AdmZ events"');
    expect(screen.queryByText(/Prochains événements/)).toBeNull();
    expect(screen.queryByText('Sur place')).toBeNull();
  });

  test('the embedded agenda reads in English', async () => {
    renderPage(<EmbeddedAgenda siteId={null} />);

    expect(await screen.findByRole('heading', { name: 'Upcoming AdmZ events' })).toBeTruthy();
    expect(
      await screen.findByText('Thursday 18 March 2027, 10:00 – 12:00 · AdmZ Paris'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'The whole AdmZ agenda' })).toBeTruthy();
    expect(screen.queryByText('Tout l’agenda AdmZ')).toBeNull();
  });
});
