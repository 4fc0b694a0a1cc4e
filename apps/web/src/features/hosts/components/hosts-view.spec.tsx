import type { Me, SiteHosts } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { HostsRoute } from '../../../routes/hosts-route';
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

const parisHosts: SiteHosts = {
  hosts: [
    {
      userId: '0f1e2d3c-4b5a-4968-8776-655443322110',
      givenName: 'Camille',
      usualName: 'Martin',
      email: 'camille.martin@example.gouv.fr',
    },
  ],
  invitations: [
    {
      id: '9e8d7c6b-5a49-4837-8261-504f3e2d1c0b',
      email: 'sam.petit@example.gouv.fr',
      createdAt: '2026-11-02T10:00:00.000Z',
    },
  ],
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi()
    .on('GET', /^\/api\/me$/, () => ({ status: 200, body: admin }))
    .on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }))
    .on('GET', /^\/api\/sites\/[^/]+\/hosts$/, () => ({ status: 200, body: parisHosts }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

describe('« Gestionnaires des sites » in English', () => {
  test('an admin who picked English reads who runs the site and how to appoint someone', async () => {
    await setLanguage('en');
    renderPage(<HostsRoute />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Site hosts' })).toBeTruthy();
    expect(document.title).toContain('Site hosts');
    expect(await screen.findByRole('button', { name: 'Remove Camille Martin' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: `Hosts of ${parisSite.name}` })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Waiting for a first login' })).toBeTruthy();
    expect(screen.getByText('(invited on 2 November 2026)')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Cancel the invitation of sam.petit@example.gouv.fr' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Appoint a host' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Appoint as host' })).toBeTruthy();

    expect(screen.queryByText('Nommer un gestionnaire')).toBeNull();
    expect(screen.queryByText(/invitée le/)).toBeNull();
  });
});
