import type { Site } from '@admz/shared';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { loadEnglishSentences } from '../../../i18n/sentences';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { SiteForm } from './site-form';

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi();
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

describe('the site form', () => {
  test('derives the short name, asks a temporary site for its last day before sending anything', async () => {
    const person = userEvent.setup();
    const onDone = vi.fn();
    renderPage(<SiteForm onDone={onDone} onCancel={() => undefined} />);
    await person.type(screen.getByLabelText('Nom du site'), 'AdmZ Tournée Rennes');
    expect(screen.getByLabelText(/^Identifiant court/)).toHaveProperty(
      'value',
      'admz-tournee-rennes',
    );
    await person.type(screen.getByLabelText('Adresse'), 'Rennes');
    await person.click(screen.getByLabelText(/Temporaire/));
    await person.type(screen.getByLabelText('Premier jour', { exact: true }), '2027-05-10');
    await person.click(screen.getByRole('button', { name: 'Créer le site' }));
    expect(await screen.findByText('Un site temporaire indique son dernier jour.')).toBeTruthy();
    expect(api.requests).toEqual([]);
  });

  test('refuses a timezone outside the list, then sends every field once it is right', async () => {
    const person = userEvent.setup();
    const onDone = vi.fn();
    api.on('POST', /^\/api\/sites$/, (request) => ({
      status: 201,
      body: {
        ...parisSite,
        ...(request.body as Partial<Site>),
        id: parisSite.id,
        photo: null,
        archivedAt: null,
      },
    }));
    renderPage(<SiteForm onDone={onDone} onCancel={() => undefined} />);
    await person.type(screen.getByLabelText('Nom du site'), 'AdmZ Cayenne');
    await person.type(screen.getByLabelText('Adresse'), 'Cayenne');
    const timezone = screen.getByLabelText(/^Fuseau horaire/);
    await person.clear(timezone);
    await person.type(timezone, 'Guyane');
    await person.click(screen.getByRole('button', { name: 'Créer le site' }));
    expect(
      await screen.findByText(
        'Fuseau horaire inconnu : choisissez-le dans la liste (exemple : Europe/Paris).',
      ),
    ).toBeTruthy();
    await person.clear(timezone);
    await person.type(timezone, 'America/Cayenne');
    await person.type(screen.getByLabelText('Informations wifi'), 'Réseau AdmZ');
    await person.click(screen.getByRole('button', { name: 'Créer le site' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.requests).toEqual([
      {
        method: 'POST',
        path: '/api/sites',
        body: expect.objectContaining({
          name: 'AdmZ Cayenne',
          slug: 'admz-cayenne',
          timezone: 'America/Cayenne',
          kind: 'permanent',
          startsOn: null,
          capacity: null,
          wifiInfo: 'Réseau AdmZ',
        }),
      },
    ]);
  });
});

describe('the site form in English', () => {
  beforeEach(async () => {
    await loadEnglishSentences();
    await setLanguage('en');
  });

  afterEach(async () => {
    await setLanguage('fr');
    localStorage.clear();
  });

  test('a temporary site without its last day is refused in English, and nothing is sent', async () => {
    const person = userEvent.setup();
    renderPage(<SiteForm onDone={vi.fn()} onCancel={() => undefined} />);
    await person.type(screen.getByLabelText('Site name'), 'AdmZ Tournée Rennes');
    await person.type(screen.getByLabelText('Address'), 'Rennes');
    await person.click(screen.getByLabelText(/Temporary/));
    await person.type(screen.getByLabelText('First day', { exact: true }), '2027-05-10');
    await person.click(screen.getByRole('button', { name: 'Create the site' }));
    expect(await screen.findByText('A temporary site needs a last day.')).toBeTruthy();
    expect(screen.queryByText('Un site temporaire indique son dernier jour.')).toBeNull();
    expect(api.requests).toEqual([]);
  });
});
