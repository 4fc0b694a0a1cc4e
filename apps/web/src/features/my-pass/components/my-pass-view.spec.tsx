import type { Me } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { MyPassRoute } from '../../../routes/my-pass-route';
import { createFakeApi } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';

const now = new Date('2027-03-10T08:00:00Z');

const agent: Me = {
  id: '00000000-0000-4000-8000-000000000100',
  givenName: 'Camille',
  usualName: 'Martin',
  email: 'camille.martin@travail.gouv.fr',
  organizationLabel: null,
  isAdmin: false,
  hostedSiteIds: [],
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  api = createFakeApi()
    .on('GET', /^\/api\/me$/, () => ({ status: 200, body: agent }))
    .on('GET', /^\/api\/me\/pass$/, () => ({
      status: 200,
      body: {
        token: 'token',
        qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
        expiresAt: '2027-03-10T08:00:30Z',
        refreshAfter: '2027-03-10T08:00:20Z',
      },
    }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
  vi.useRealTimers();
  expect(api.unanswered).toEqual([]);
});

describe('« Mon pass »', () => {
  test('in English: the page, its title and the pass read in English, not in French', async () => {
    await setLanguage('en');
    renderPage(<MyPassRoute />);

    expect(screen.getByRole('heading', { level: 1, name: 'My pass' })).toBeDefined();
    expect(screen.getByText(/^No booking\? Show this pass at the kiosk/)).toBeDefined();
    expect(await screen.findByRole('heading', { name: 'Camille Martin’s pass' })).toBeDefined();
    expect(screen.getByRole('img', { name: 'QR code of Camille Martin’s pass' })).toBeDefined();
    expect(document.title).toBe('My pass – AdmZ');
    expect(screen.queryByText(/Présentez/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Pass de Camille Martin' })).toBeNull();
  });
});
