import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AppLayout } from '../app/app-layout';
import { apiError, createFakeApi } from '../test/fake-api';
import { renderPage } from '../test/render-page';
import {
  applyLanguageToDocument,
  getLanguage,
  loadEnglishHalves,
  setLanguage,
  type Catalogue,
} from './language';

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi().on('GET', /^\/api\/me$/, () => apiError(401, 'Connectez-vous.'));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  localStorage.clear();
  vi.unstubAllGlobals();
});

/** Every text of a catalogue, by its path: « footer.description » → the sentence. */
function leaves(messages: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') {
      for (const [inner, text] of leaves(value, path)) found.set(inner, text);
    } else found.set(path, value);
  }
  return found;
}

describe('the language of the web app', () => {
  test('French first: a new visitor reads the frame in French, and <html lang> says so', () => {
    expect(getLanguage()).toBe('fr');
    applyLanguageToDocument();
    renderPage(<AppLayout />);
    expect(screen.getByRole('link', { name: 'Pied de page' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
  });

  test('the DSFR switch turns the frame to English, kept for the next visit', async () => {
    const person = userEvent.setup();
    renderPage(<AppLayout />);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText('Données personnelles')).toBeTruthy();

    // The header draws its quick access twice (desktop bar and phone menu): the first is enough.
    await person.click(screen.getAllByRole('link', { name: /en\s*-\s*English/ })[0]!);

    // The frame's English half arrives first, then the whole page switches.
    expect(await within(footer).findByText('Personal data')).toBeTruthy();
    expect(within(footer).queryByText('Données personnelles')).toBeNull();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('admz.language')).toBe('en');

    await person.click(screen.getAllByRole('link', { name: /fr\s*-\s*Français/ })[0]!);
    expect(within(footer).getByText('Données personnelles')).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
  });

  // Every catalogue of the app, found by its file name: a new domain's is checked without a line here.
  const catalogues = Object.entries(
    import.meta.glob<Record<string, Catalogue<object>>>('../**/*.messages.ts', { eager: true }),
  );

  test.each(catalogues)(
    '%s: every text in both languages, none empty or left in French',
    async (_file, exports) => {
      // The first screens' catalogues have their English in a module of its own.
      await loadEnglishHalves();
      // A catalogue's file may also export the hook that reads it.
      const found = Object.values(exports).filter((value) => typeof value === 'object');
      expect(found.length).toBeGreaterThan(0);
      for (const catalogue of found) {
        const french = leaves(catalogue.fr);
        const english = leaves(catalogue.en);
        expect([...english.keys()].sort()).toEqual([...french.keys()].sort());
        for (const [path, text] of english) {
          const isText = typeof text === 'function' || (typeof text === 'string' && text.trim());
          expect(isText, path).toBeTruthy();
        }
        // Words that read the same in both languages (« Sites ») are allowed; sentences are not.
        const copied = [...english].filter(
          ([path, text]) =>
            typeof text === 'string' && text.includes(' ') && text === french.get(path),
        );
        expect(copied).toEqual([]);
      }
    },
  );

  test('the catalogues are found', () => {
    expect(catalogues.map(([file]) => file)).toEqual(
      expect.arrayContaining(['../app/app.messages.ts', '../features/auth/auth.messages.ts']),
    );
  });
});
