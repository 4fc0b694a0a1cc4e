import type { Me, Site } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { DayPicker } from './day-picker';
import { HostedSitesGate } from './hosted-sites-gate';
import { SitePracticalInfo } from './site-practical-info';
import { SiteSelect } from './site-select';

const travellingSite: Site = {
  ...parisSite,
  name: 'AdmZ Tour Lyon',
  kind: 'temporary',
  startsOn: '2027-04-12',
  endsOn: '2027-04-13',
  capacity: 12,
  accessInfo: 'Badge at the front desk.',
  wifiInfo: 'AdmZ-Invite',
};

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
  api = createFakeApi().on('GET', /^\/api\/sites$/, () => ({
    status: 200,
    body: [parisSite],
  }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
});

describe('choosing a site and a day, and its practical information, in English', () => {
  test('the site, the day and the practical information read in English', async () => {
    await setLanguage('en');
    const person = userEvent.setup();
    const onChangeDate = vi.fn();
    renderPage(
      <>
        <SiteSelect sites={[parisSite]} selectedSiteId={parisSite.id} onSelectSite={() => {}} />
        <DayPicker date="2027-03-10" today="2027-03-10" onChangeDate={onChangeDate} />
        <SitePracticalInfo site={travellingSite} isOpenByDefault />
      </>,
    );

    expect(screen.getByLabelText(/^Site/)).toBeDefined();
    expect(screen.getByText('Wednesday 10 March 2027')).toBeDefined();
    expect(screen.getByRole('list', { name: 'Change day' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Previous day' })).toHaveProperty('disabled', true);
    await person.click(screen.getByRole('button', { name: 'Next day' }));
    expect(onChangeDate).toHaveBeenCalledWith('2027-03-11');

    expect(
      screen.getByRole('button', { name: 'Practical information: AdmZ Tour Lyon' }),
    ).toBeDefined();
    expect(
      screen.getByText(
        (_content, element) =>
          element?.tagName === 'P' &&
          element.textContent ===
            'Travelling site: open for bookings from Monday 12 April 2027 to Tuesday 13 April 2027 (12 seats).',
      ),
    ).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Getting in' })).toBeDefined();
    expect(screen.queryByText('Jour suivant')).toBeNull();
    expect(screen.queryByText(/Site itinérant/)).toBeNull();
  });

  test('a person who runs no site is told so in English', async () => {
    await setLanguage('en');
    renderPage(<HostedSitesGate me={agent}>{() => <p>Console</p>}</HostedSitesGate>);
    expect(await screen.findByText('You do not run any site for now.')).toBeDefined();
    expect(screen.queryByText('Console')).toBeNull();
  });
});
