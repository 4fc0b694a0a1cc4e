import type { Desk, Me, ZoneSummary } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { createFakeApi, deskIds, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { SiteConsoleView } from './site-console-view';

const host: Me = {
  id: '3a4b5c6d-7e8f-4a0b-8c1d-2e3f4a5b6c7d',
  givenName: 'Inès',
  usualName: 'Lefèvre',
  email: 'ines.lefevre@numerique.gouv.fr',
  organizationLabel: 'DINUM',
  isAdmin: false,
  hostedSiteIds: [parisSite.id],
};

const zones: ZoneSummary[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    zone: 'Plateau ouvert',
    position: 1,
    deskCount: 2,
    placedDeskCount: 0,
    plan: null,
  },
];

const desk = (id: string, label: string, overrides: Partial<Desk> = {}): Desk => ({
  id,
  siteId: parisSite.id,
  label,
  zone: 'Plateau ouvert',
  attributes: [],
  isActive: true,
  assignedUserId: null,
  planPosition: null,
  ...overrides,
});

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi()
    .on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }))
    .on('GET', /\/zones$/, () => ({ status: 200, body: zones }))
    .on('GET', /\/desks$/, () => ({
      status: 200,
      body: [
        desk(deskIds.a1, 'A-01', { attributes: ['screen'] }),
        desk(deskIds.a2, 'A-02'),
        desk(deskIds.b7, 'A-03', { isActive: false }),
      ],
    }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  localStorage.clear();
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

describe('« Postes et zones » in English', () => {
  test('the zones, the forms to add desks and each desk with its state and equipment', async () => {
    await setLanguage('en');
    renderPage(<SiteConsoleView me={host} />);

    expect(await screen.findByRole('heading', { name: 'Zones of AdmZ Paris' })).toBeTruthy();
    expect(await screen.findByText(/2 active desks, no floor plan/)).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Upload the floor plan of Plateau ouvert' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create the zone' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Add a series of desks' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create 12 desks' })).toBeTruthy();
    expect(screen.getByText('(2 active, 1 deactivated)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deactivate A-01' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reactivate A-03' })).toBeTruthy();
    expect(screen.getByText('Screen', { selector: 'span' })).toBeTruthy();

    expect(screen.queryByText('Ajouter des postes')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Créer la zone' })).toBeNull();
  });
});
