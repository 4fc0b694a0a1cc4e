import type { PresenceProfile, PresentPerson, WhoIsHere } from '@admz/shared';
import { siteToday } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { WhoIsHereRoute } from '../../../routes/who-is-here-route';
import { bookingFor, createFakeApi, deskIds, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { BookingPresenceControl } from './booking-presence-control';

const today = siteToday(parisSite.timezone);

const camille: PresentPerson = {
  key: 'presence-1',
  displayName: 'Camille M.',
  administration: 'DINUM',
  workSummary: 'Un guichet unique des aides',
  skillTags: ['design', 'données'],
  site: { id: parisSite.id, name: parisSite.name },
  date: today,
  zone: 'Plateau',
  slot: 'morning',
};

const day: WhoIsHere = {
  site: { id: parisSite.id, name: parisSite.name, timezone: parisSite.timezone },
  date: today,
  people: [camille],
  administrations: [{ name: 'DINUM', count: 1 }],
};

const profile: PresenceProfile = {
  isVisible: true,
  workSummary: 'Des statistiques ouvertes',
  skillTags: ['statistiques'],
  updatedAt: '2027-03-01T08:00:00Z',
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi()
    .on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }))
    .on('GET', /^\/api\/presence\/sites\/[^/]+\/days\/[^/]+$/, () => ({ status: 200, body: day }))
    .on('GET', /^\/api\/presence\/search$/, () => ({
      status: 200,
      body: { date: today, people: [camille], administrations: day.administrations },
    }))
    .on('GET', /^\/api\/me\/presence-profile$/, () => ({ status: 200, body: profile }))
    .on('GET', /^\/api\/presence\/bookings$/, () => ({
      status: 200,
      body: [
        { bookingId: '7c6b5a49-3828-4716-9504-a3b2c1d0e9f8', presence: null, isVisible: true },
      ],
    }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('« Qui est là ? » in English', () => {
  test('the day at a site, a search by skill, and my presence profile', async () => {
    await setLanguage('en');
    renderPage(<WhoIsHereRoute />, { path: '/qui-est-la?competence=design' });

    expect(screen.getByRole('heading', { level: 1, name: 'Who is here?' })).toBeTruthy();
    expect(
      await screen.findByText(
        /^One person with skill “design”, \w+day \d+ \w+ \d{4}, at the sites:$/,
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear the search' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: new RegExp(`^At ${parisSite.name}, \\w+day`) }),
    ).toBeTruthy();
    expect(screen.getAllByText('Zone Plateau · Morning').length).toBeGreaterThan(0);
    expect(
      screen.getAllByLabelText('Book near this person: Camille M., zone Plateau').length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Administrations present' })).toBeTruthy();

    expect(await screen.findByRole('heading', { name: 'My presence profile' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save my profile' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove statistiques' })).toBeTruthy();

    expect(screen.queryByText('Rechercher une personne')).toBeNull();
    expect(screen.queryByText('Enregistrer mon profil')).toBeNull();
    expect(document.title).toBe('Who is here? – AdmZ');
  });

  test("a booking's own choice", async () => {
    await setLanguage('en');
    const booking = bookingFor({ deskId: deskIds.a1, date: '2027-03-09', slot: 'morning' });
    renderPage(<BookingPresenceControl booking={booking} />);

    const select = await screen.findByRole('combobox', { name: '“Who is here?” that day' });
    expect(select.textContent).toContain('Like my profile (visible)');
    expect(select.textContent).toContain('Hidden that day');
    expect(screen.queryByText('Masqué ce jour-là')).toBeNull();
  });
});
