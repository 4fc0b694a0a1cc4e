import { defaultSiteRules, type SiteRules } from '@admz/shared';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { SiteRulesForm } from './site-rules-form';

const regionalServices: SiteRules['populationRules'][number] = {
  label: 'Services déconcentrés',
  match: { organisationWords: ['DREETS'], sirens: [] },
  maxDaysAhead: 60,
  maxBookingsPerWeek: null,
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(() => {
  api = createFakeApi();
  api.on('PUT', /\/rules$/, (request) => ({ status: 200, body: request.body }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

const save = (person: ReturnType<typeof userEvent.setup>) =>
  person.click(screen.getByRole('button', { name: 'Enregistrer les règles' }));
const sentRules = () => api.requests.filter((request) => request.method === 'PUT');

describe('« Règles par population »', () => {
  test('saving the other rules keeps the site’s populations as they were', async () => {
    const person = userEvent.setup();
    const rules = { ...defaultSiteRules, populationRules: [regionalServices] };
    renderPage(<SiteRulesForm siteId={parisSite.id} rules={rules} />);
    await save(person);
    expect(await screen.findByText('Règles enregistrées.')).toBeTruthy();
    expect(sentRules()[0]?.body).toMatchObject({ populationRules: [regionalServices] });
  });

  test('a population is added with its words and SIRENs split, its horizon and no weekly limit', async () => {
    const person = userEvent.setup();
    renderPage(<SiteRulesForm siteId={parisSite.id} rules={defaultSiteRules} />);
    await person.click(screen.getByRole('button', { name: 'Ajouter une population' }));
    const population = screen.getByRole('group', { name: /^Population 1/ });
    await person.type(within(population).getByLabelText(/^Nom de la population/), 'Préfectures');
    await person.type(
      within(population).getByLabelText(/^Mots de l’organisation/),
      'préfecture ; sous-préfecture,',
    );
    await person.type(within(population).getByLabelText(/^SIREN des administrations/), '110002011');
    await save(person);
    expect(await screen.findByText('Règles enregistrées.')).toBeTruthy();
    expect(sentRules()[0]?.body).toMatchObject({
      populationRules: [
        {
          label: 'Préfectures',
          match: { organisationWords: ['préfecture', 'sous-préfecture'], sirens: ['110002011'] },
          maxDaysAhead: 60,
          maxBookingsPerWeek: null,
        },
      ],
    });
  });

  test('a population that names nobody is refused on the page, saying which one, and nothing is sent', async () => {
    const person = userEvent.setup();
    renderPage(<SiteRulesForm siteId={parisSite.id} rules={defaultSiteRules} />);
    await person.click(screen.getByRole('button', { name: 'Ajouter une population' }));
    await person.type(screen.getByLabelText(/^Nom de la population/), 'Personne');
    await save(person);
    expect(
      await screen.findByText(
        'Population 1 : Décrivez la population : au moins un mot de l’organisation ou un SIREN.',
      ),
    ).toBeTruthy();
    expect(sentRules()).toEqual([]);
    await person.click(screen.getByRole('button', { name: 'Retirer « Personne »' }));
    expect(screen.queryByRole('group', { name: /^Population 1/ })).toBeNull();
  });
});
