import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Link, useNavigate } from 'react-router';
import { apiError, createFakeApi } from '../test/fake-api';
import { renderPage } from '../test/render-page';
import { AppRoutes } from './app-routes';

const pageCrash = new Error('Cette page a planté');
const missingCode = new TypeError('Failed to fetch dynamically imported module');

// A page that throws while showing, and a page whose code is gone (a new deployment).
vi.mock('../routes/personal-data-route', () => ({
  PersonalDataRoute: () => {
    throw pageCrash;
  },
}));
vi.mock('../routes/open-statistics-route', async () => {
  throw missingCode;
});

/** Outside the app's pages: a link to the crashing page, and the browser's back button. */
function TestNavigation() {
  const navigate = useNavigate();
  return (
    <nav>
      <Link to="/donnees-personnelles">Page qui plante</Link>
      <button onClick={() => void navigate(-1)}>Page précédente</button>
    </nav>
  );
}

let consoleError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  // Logged out: the public pages show, with the header's login link.
  const api = createFakeApi().on('GET', /^\/api\/me$/, () => apiError(401, 'Non connecté.'));
  vi.stubGlobal('fetch', api.fetch);
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  consoleError.mockRestore();
});

describe('a page that fails', () => {
  test('shows the error page, reported in the console, until the person goes elsewhere', async () => {
    renderPage(
      <>
        <AppRoutes />
        <TestNavigation />
      </>,
      { path: '/page-inconnue' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();

    fireEvent.click(screen.getByRole('link', { name: 'Page qui plante' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Erreur inattendue' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeTruthy();
    expect(screen.getByText("Retour à l'accueil")).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Page introuvable' })).toBeNull();
    expect(document.title).toBe('Erreur inattendue – AdmZ');
    expect(consoleError.mock.calls.flat()).toContain(pageCrash);

    fireEvent.click(screen.getByRole('button', { name: 'Page précédente' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Erreur inattendue' })).toBeNull();
    // The frame is back too.
    expect(screen.getByRole('link', { name: 'Pied de page' })).toBeTruthy();
  });

  test('whose code cannot load, opened directly: the error page offers to reload', async () => {
    renderPage(<AppRoutes />, { path: '/statistiques' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Erreur inattendue' }),
    ).toBeTruthy();
    expect(
      screen.getByText(
        "Désolé, cette page a rencontré un problème. Rechargez-la ou revenez à l'accueil.",
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeTruthy();
  });
});

describe('a page that works', () => {
  test('opened directly, shows once its code has loaded, inside the header and footer', async () => {
    renderPage(<AppRoutes />, { path: '/declaration-d-accessibilite' });

    expect(
      await screen.findByRole('heading', { level: 1, name: "Déclaration d'accessibilité" }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Pied de page' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Erreur inattendue' })).toBeNull();
  });
});
