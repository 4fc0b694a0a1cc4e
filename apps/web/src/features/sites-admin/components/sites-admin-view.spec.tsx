import type { Me, Site } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { SitesAdminRoute } from '../../../routes/sites-admin-route';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';

const admin: Me = {
  id: '5d4c3b2a-1908-4f7e-8d6c-5b4a39281706',
  givenName: 'Alex',
  usualName: 'Durand',
  email: 'alex.durand@example.gouv.fr',
  organizationLabel: null,
  isAdmin: true,
  hostedSiteIds: [],
};

const lyonTour: Site = {
  ...parisSite,
  id: '3c2b1a09-8f7e-4d6c-9b5a-493827160504',
  name: 'AdmZ Tournée Lyon',
  slug: 'admz-tournee-lyon',
  address: 'Lyon',
  kind: 'temporary',
  capacity: 12,
  archivedAt: '2026-10-01T08:00:00.000Z',
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi()
    .on('GET', /^\/api\/me$/, () => ({ status: 200, body: admin }))
    .on('GET', /^\/api\/admin\/sites$/, () => ({ status: 200, body: [parisSite, lyonTour] }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

describe('« Sites du réseau » in English', () => {
  test('an admin who picked English reads the sites of the network and edits one', async () => {
    const person = userEvent.setup();
    await setLanguage('en');
    renderPage(<SitesAdminRoute />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Network sites' })).toBeTruthy();
    expect(document.title).toContain('Network sites');
    expect(await screen.findByRole('heading', { name: 'Active sites (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Archived sites (1)' })).toBeTruthy();
    expect(screen.getByText('Archived')).toBeTruthy();
    expect(screen.getByText('Temporary (travelling)')).toBeTruthy();
    expect(screen.getByText(/Metropolitan France · 12 places/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Restore AdmZ Tournée Lyon' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Archive AdmZ Paris' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create a site' })).toBeTruthy();

    await person.click(screen.getByRole('button', { name: 'Edit AdmZ Paris' }));
    const form = screen.getByRole('form', { name: 'Edit AdmZ Paris' });
    expect(form).toBeTruthy();
    expect(screen.getByLabelText(/^Time zone/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save the changes' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Site photo' })).toBeTruthy();
    expect(screen.getByText('No photo yet.')).toBeTruthy();

    expect(screen.queryByText(/Sites actifs/)).toBeNull();
    expect(screen.queryByText('Enregistrer les modifications')).toBeNull();
  });
});
