import type { Desk, ZoneSummary } from '@admz/shared';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { loadEnglishSentences } from '../../../i18n/sentences';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { AddDesksPanel } from './add-desks-panel';

const zones: ZoneSummary[] = ['Plateau ouvert', 'Calme'].map((zone, index) => ({
  id: `00000000-0000-4000-8000-00000000000${index}`,
  zone,
  position: index + 1,
  deskCount: 0,
  placedDeskCount: 0,
  plan: null,
}));

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

const seriesForm = () => screen.getByRole('form', { name: 'Ajouter une série de postes' });

describe('« Ajouter une série de postes »', () => {
  test('previews the labels as they are typed, and sends exactly that series', async () => {
    const person = userEvent.setup();
    api.on('POST', /\/desks\/bulk$/, (request) => {
      const body = request.body as { prefix: string; first: number; last: number; zone: string };
      const desks: Desk[] = Array.from({ length: body.last - body.first + 1 }, (_, index) => ({
        id: `00000000-0000-4000-8000-0000000001${String(index).padStart(2, '0')}`,
        siteId: parisSite.id,
        label: `${body.prefix}${String(body.first + index).padStart(2, '0')}`,
        zone: body.zone,
        attributes: [],
        isActive: true,
        assignedUserId: null,
        planPosition: null,
      }));
      return { status: 201, body: desks };
    });
    renderPage(<AddDesksPanel siteId={parisSite.id} zones={zones} />);
    const form = seriesForm();
    expect(within(form).getByTestId('bulk-preview').textContent).toBe(
      'A-01, A-02, A-03, A-04, A-05, A-06, A-07, A-08, A-09, A-10, A-11, A-12',
    );
    await person.clear(within(form).getByLabelText(/^Préfixe/));
    await person.type(within(form).getByLabelText(/^Préfixe/), 'C-');
    await person.clear(within(form).getByLabelText(/^Au numéro/));
    await person.type(within(form).getByLabelText(/^Au numéro/), '3');
    await person.selectOptions(within(form).getByLabelText('Zone'), 'Calme');
    expect(within(form).getByTestId('bulk-preview').textContent).toBe('C-01, C-02, C-03');

    await person.click(within(form).getByRole('button', { name: 'Créer 3 postes' }));
    expect(
      await within(form).findByText('3 postes ajoutés dans la zone Calme : C-01, C-02, C-03.'),
    ).toBeTruthy();
    expect(api.requests.at(-1)?.body).toEqual({
      prefix: 'C-',
      first: 1,
      last: 3,
      width: 2,
      zone: 'Calme',
      attributes: [],
    });
  });

  test('over 200 desks: says why, and sends nothing', async () => {
    const person = userEvent.setup();
    renderPage(<AddDesksPanel siteId={parisSite.id} zones={zones} />);
    const form = seriesForm();
    await person.clear(within(form).getByLabelText(/^Au numéro/));
    await person.type(within(form).getByLabelText(/^Au numéro/), '250');
    expect(
      within(form).getByText('Au plus 200 postes à la fois : réduisez l’intervalle des numéros.'),
    ).toBeTruthy();
    const button = within(form).getByRole('button', { name: 'Créer les postes (200 au plus)' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(api.requests).toEqual([]);
  });
});

describe('« Ajouter des postes » in English', () => {
  beforeEach(async () => {
    await loadEnglishSentences();
    await setLanguage('en');
  });

  afterEach(async () => {
    await setLanguage('fr');
    localStorage.clear();
  });

  test('over 200 desks: says why in English, and sends nothing', async () => {
    const person = userEvent.setup();
    renderPage(<AddDesksPanel siteId={parisSite.id} zones={zones} />);
    const form = screen.getByRole('form', { name: 'Add a series of desks' });
    await person.clear(within(form).getByLabelText(/^To number/));
    await person.type(within(form).getByLabelText(/^To number/), '250');
    expect(
      within(form).getByText('At most 200 desks at a time: narrow the range of numbers.'),
    ).toBeTruthy();
    expect(
      within(form).getByRole('button', { name: 'Create the desks (200 at most)' }),
    ).toHaveProperty('disabled', true);
    expect(api.requests).toEqual([]);
  });

  test('a desk without a label is refused in English, and nothing is sent', async () => {
    const person = userEvent.setup();
    renderPage(<AddDesksPanel siteId={parisSite.id} zones={zones} />);
    const form = screen.getByRole('form', { name: 'Add a desk' });
    await person.click(within(form).getByRole('button', { name: 'Add the desk' }));
    expect(await within(form).findByText('The label is required.')).toBeTruthy();
    expect(api.requests).toEqual([]);
  });
});
