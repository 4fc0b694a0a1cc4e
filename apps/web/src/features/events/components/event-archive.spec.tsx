import type { ArchiveSearchResult, Event, EventArchive } from '@admz/shared';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { ArchiveSearchView } from './archive-search-view';
import { EventArchiveSection } from './event-archive-section';

const eventId = '00000000-0000-4000-8000-000000000300';

const pastEvent: Event = {
  id: eventId,
  siteId: parisSite.id,
  siteName: parisSite.name,
  timezone: 'Europe/Paris',
  title: 'Déjeuner des développeurs publics',
  description: 'Un déjeuner entre développeurs.',
  type: 'lunch',
  themes: ['communauté'],
  date: '2027-03-05',
  startTime: '12:00',
  endTime: '14:00',
  startsAt: '2027-03-05T11:00:00.000Z',
  endsAt: '2027-03-05T13:00:00.000Z',
  space: { kind: 'zone', id: '00000000-0000-4000-8000-000000000001', name: 'Atelier' },
  capacity: 30,
  hasVisio: false,
  visioUrl: null,
  audience: 'agents',
  status: 'approved',
  declineReason: null,
  proposedBy: { givenName: 'Inès', usualName: 'Lefèvre' },
  isMine: false,
  canOrganise: false,
  createdAt: '2027-02-10T08:00:00.000Z',
};

const archive: EventArchive = {
  eventId,
  isOver: true,
  summary: '',
  links: [{ kind: 'video', label: 'Enregistrement', url: 'https://tube.numerique.gouv.fr/w/1' }],
  themes: ['communauté'],
  updatedAt: '2027-03-06T08:00:00.000Z',
  canEdit: true,
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(() => {
  api = createFakeApi();
  vi.stubGlobal('fetch', api.fetch);
  // The DSFR script that shows and hides modals in a browser; here they stay in the page.
  vi.stubGlobal('dsfr', () => ({ modal: { disclose: () => {}, conceal: () => {} } }));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

// Typing in forms of DSFR fields takes a few seconds under jsdom on a busy machine.
describe('the archive of a past event', { timeout: 20_000 }, () => {
  test('a javascript: address is refused on its field, and nothing is sent', async () => {
    const person = userEvent.setup();
    api.on('GET', /\/archive$/, () => ({ status: 200, body: archive }));
    renderPage(<EventArchiveSection event={pastEvent} />);
    await person.click(await screen.findByRole('button', { name: 'Ajouter un lien' }));
    await person.type(screen.getByLabelText('Intitulé du lien 2'), 'Diapositives');
    await person.type(screen.getByLabelText(/^Adresse du lien 2/), 'javascript:alert(1)');
    await person.click(screen.getByRole('button', { name: 'Enregistrer les archives' }));
    expect(
      await screen.findByText('Le lien est une adresse web complète en https:// (ou http://).'),
    ).toBeTruthy();
    expect(api.requests.filter((request) => request.method === 'PUT')).toEqual([]);
  });

  test('a link is removed only once confirmed, then the whole archive is sent', async () => {
    const person = userEvent.setup();
    api.on('GET', /\/archive$/, () => ({ status: 200, body: archive }));
    api.on('PUT', /\/archive$/, () => ({
      status: 200,
      body: { ...archive, links: [], summary: 'Compte rendu.' },
    }));
    renderPage(<EventArchiveSection event={pastEvent} />);
    await person.click(await screen.findByRole('button', { name: 'Retirer le lien 1' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(within(dialog).getByText(/« Enregistrement » sera retiré/)).toBeTruthy();
    await person.click(
      within(dialog).getByRole('button', { name: 'Retirer le lien', hidden: true }),
    );
    expect(screen.queryByLabelText('Intitulé du lien 1')).toBeNull();
    await person.type(screen.getByLabelText(/^Résumé/), 'Compte rendu.');
    await person.click(screen.getByRole('button', { name: 'Enregistrer les archives' }));
    expect(await screen.findByText('Archives enregistrées.')).toBeTruthy();
    const sent = api.requests.find((request) => request.method === 'PUT');
    expect(sent?.path).toBe(`/api/sites/${parisSite.id}/events/${eventId}/archive`);
    expect(sent?.body).toEqual({ summary: 'Compte rendu.', links: [], themes: ['communauté'] });
  });

  test('an event not over yet shows no archive section', async () => {
    api.on('GET', /\/archive$/, () => ({
      status: 200,
      body: { ...archive, isOver: false, links: [], canEdit: false, updatedAt: null },
    }));
    renderPage(<EventArchiveSection event={pastEvent} />);
    await vi.waitFor(() => expect(api.requests).toHaveLength(1));
    expect(screen.queryByRole('heading', { name: 'Archives de l’événement' })).toBeNull();
  });
});

describe('« Archives des événements »', () => {
  const found: ArchiveSearchResult = {
    items: [
      {
        id: eventId,
        siteId: parisSite.id,
        siteName: parisSite.name,
        title: 'Déjeuner des développeurs publics',
        type: 'lunch',
        themes: ['communauté'],
        date: '2027-03-05',
        startsAt: '2027-03-05T11:00:00.000Z',
        administration: 'Direction interministérielle du numérique',
        hasMaterial: true,
        snippet: 'Un déjeuner entre \u0002développeurs\u0003 des ministères.',
      },
    ],
    total: 1,
    page: 1,
    pageSize: 10,
    themes: ['communauté'],
    administrations: [
      { key: '13002526500013', label: 'Direction interministérielle du numérique' },
    ],
  };

  test('the words and filters of the address are searched, the found words highlighted', async () => {
    api.on('GET', /\/api\/sites$/, () => ({ status: 200, body: [parisSite] }));
    api.on('GET', /\/api\/events\/archive$/, () => ({ status: 200, body: found }));
    renderPage(<ArchiveSearchView />, {
      path: '/evenements/archives?q=d%C3%A9veloppeurs&type=lunch&page=abc',
    });
    expect(
      await screen.findByRole('link', { name: 'Déjeuner des développeurs publics' }),
    ).toBeTruthy();
    expect(screen.getByText('développeurs', { selector: 'mark' })).toBeTruthy();
    const searched = api.requests.find((request) => request.path.startsWith('/api/events/archive'));
    // An unreadable page is left out rather than sent.
    expect(searched?.path).toBe('/api/events/archive?q=d%C3%A9veloppeurs&type=lunch');
    expect(screen.getByRole('searchbox')).toHaveProperty('value', 'développeurs');
  });

  test('nothing found: the empty state offers to clear the search', async () => {
    const person = userEvent.setup();
    api.on('GET', /\/api\/sites$/, () => ({ status: 200, body: [parisSite] }));
    api.on('GET', /\/api\/events\/archive$/, (_request, url) => ({
      status: 200,
      body: url.search ? { ...found, items: [], total: 0 } : found,
    }));
    renderPage(<ArchiveSearchView />, { path: '/evenements/archives?q=photographie' });
    expect(
      await screen.findByText('Aucun événement passé ne correspond à cette recherche.'),
    ).toBeTruthy();
    await person.click(screen.getByRole('button', { name: 'Effacer la recherche et les filtres' }));
    expect(
      await screen.findByRole('link', { name: 'Déjeuner des développeurs publics' }),
    ).toBeTruthy();
  });

  test('an API failure says so, with a retry', async () => {
    api.on('GET', /\/api\/sites$/, () => ({ status: 200, body: [parisSite] }));
    api.on('GET', /\/api\/events\/archive$/, () => ({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'La page est au moins 1.' },
    }));
    renderPage(<ArchiveSearchView />, { path: '/evenements/archives' });
    expect(await screen.findByText('La page est au moins 1.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Réessayer/ })).toBeTruthy();
  });
});
