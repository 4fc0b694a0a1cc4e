import type { Kiosk, Me } from '@admz/shared';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { KiosksRoute } from '../../../routes/kiosks-route';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';

const host: Me = {
  id: '5d4c3b2a-1908-4f7e-8d6c-5b4a39281706',
  givenName: 'Camille',
  usualName: 'Martin',
  email: 'camille.martin@example.gouv.fr',
  organizationLabel: null,
  isAdmin: false,
  hostedSiteIds: [parisSite.id],
};

const entrance: Kiosk = {
  id: '4b0f3c1e-2a6d-4c8e-9b1a-0d2e3f4a5b6c',
  siteId: parisSite.id,
  name: 'Entrée principale',
  isRevoked: false,
  createdAt: '2026-11-03T09:55:00Z',
  revokedAt: null,
  pairedAt: '2026-11-03T09:58:00Z',
  pairingExpiresAt: null,
  lastSeenAt: null,
  appVersion: '1.4.0',
  hasSettingsPin: true,
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi()
    .on('GET', /^\/api\/me$/, () => ({ status: 200, body: host }))
    .on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }))
    .on('GET', /^\/api\/sites\/[^/]+\/kiosks$/, () => ({ status: 200, body: [entrance] }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

describe('« Bornes d’accueil » in English', () => {
  test('a host who picked English reads the kiosks of their site, their state and what to do', async () => {
    await setLanguage('en');
    renderPage(<KiosksRoute />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Check-in kiosks' })).toBeTruthy();
    expect(document.title).toContain('Check-in kiosks');
    expect(
      await screen.findByRole('heading', { name: `Kiosks of ${parisSite.name}` }),
    ).toBeTruthy();
    const row = await screen.findByRole('row', { name: /Entrée principale/ });
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('Never')).toBeTruthy();
    expect(within(row).getByText('Set')).toBeTruthy();
    expect(
      within(row).getByRole('button', { name: 'Deactivate the kiosk Entrée principale' }),
    ).toBeTruthy();
    expect(
      within(row).getByRole('button', { name: 'Change the settings code — Entrée principale' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Add a kiosk' })).toBeTruthy();
    expect(screen.getByLabelText(/^Kiosk name/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create the kiosk' })).toBeTruthy();

    expect(screen.queryByText('Ajouter une borne')).toBeNull();
    expect(screen.queryByText('Jamais')).toBeNull();
  });
});
