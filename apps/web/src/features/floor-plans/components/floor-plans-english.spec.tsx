import type { Desk, Me, ZoneSummary } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { createFakeApi, deskIds, openDay, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { groupDesksByZone } from '../../sites/group-desks-by-zone';
import { FloorPlanBookingView } from './floor-plan-booking-view';
import { ZonePlansView } from './zone-plans-view';

const host: Me = {
  id: '3a4b5c6d-7e8f-4a0b-8c1d-2e3f4a5b6c7d',
  givenName: 'Inès',
  usualName: 'Lefèvre',
  email: 'ines.lefevre@numerique.gouv.fr',
  organizationLabel: 'DINUM',
  isAdmin: false,
  hostedSiteIds: [parisSite.id],
};

const plan = {
  contentType: 'image/svg+xml' as const,
  width: 800,
  height: 400,
  sizeBytes: 1200,
  updatedAt: '2027-03-01T10:00:00.000Z',
  url: 'data:image/svg+xml,<svg/>',
};

const zones: ZoneSummary[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    zone: 'Open space',
    position: 1,
    deskCount: 2,
    placedDeskCount: 1,
    plan,
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    zone: 'Atelier',
    position: 2,
    deskCount: 1,
    placedDeskCount: 0,
    plan: null,
  },
];

const desk = (id: string, label: string, overrides: Partial<Desk> = {}): Desk => ({
  id,
  siteId: parisSite.id,
  label,
  zone: 'Open space',
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
        desk(deskIds.a1, 'A-01', { planPosition: { x: 0.3, y: 0.4 } }),
        desk(deskIds.a2, 'A-02'),
      ],
    }));
  vi.stubGlobal('fetch', api.fetch);
  await setLanguage('en');
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  localStorage.clear();
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

describe('zone floor plans in English', () => {
  test('a host reads the zone, uploads a floor plan and places the desks left', async () => {
    renderPage(<ZonePlansView me={host} />);

    expect(await screen.findByRole('heading', { name: 'Zone Open space' })).toBeTruthy();
    expect(
      screen.getByText(/2 desks, 1 of them on the floor plan\. SVG floor plan of 800 × 400/),
    ).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Atelier — no floor plan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send the floor plan' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Desks to place (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Place A-02 on the floor plan' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Desk A-01, at 30% of the width and 40% of the height' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeTruthy();

    expect(screen.queryByRole('button', { name: 'Envoyer le plan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Zoomer' })).toBeNull();
  });

  test('a public servant books on the floor plan: states in words, and the zone without one', async () => {
    const day = openDay('2027-03-10');
    const groups = groupDesksByZone(
      day.desks.map((candidate) =>
        candidate.id === deskIds.a1
          ? { ...candidate, planPosition: { x: 0.3, y: 0.4 } }
          : candidate,
      ),
    );
    renderPage(
      <FloorPlanBookingView
        siteId={parisSite.id}
        groups={groups}
        slots={day.slots}
        pendingBooking={undefined}
        onBook={() => undefined}
        onShowList={() => undefined}
      />,
    );

    expect(await screen.findByRole('heading', { name: 'Open space — morning' })).toBeTruthy();
    expect(screen.getByText('Key: each desk shows its label and its state in words.')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Morning (09:00 – 13:00)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^A-01\s*free: book \(Morning\)$/ })).toBeTruthy();
    expect(screen.getByText('Zone Atelier has no floor plan yet.')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Floor plan of zone Open space' })).toBeTruthy();

    expect(screen.queryByText(/Légende/)).toBeNull();
    expect(screen.queryByText('libre')).toBeNull();
  });
});
