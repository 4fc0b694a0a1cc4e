import type { CalendarFeedStatus } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { CalendarFeedPanel } from './calendar-feed-panel';
import { SiteClosuresFeedPanel } from './site-closures-feed-panel';

const feedUrl = 'http://localhost/api/calendar-feeds/secret-token.ics';

let api: ReturnType<typeof createFakeApi>;
let status: CalendarFeedStatus;

beforeEach(async () => {
  status = { isActive: false, createdAt: null };
  api = createFakeApi()
    .on('GET', /^\/api\/me\/calendar-feed$/, () => ({ status: 200, body: status }))
    .on('POST', /^\/api\/me\/calendar-feed\/regenerate$/, () => {
      status = { isActive: true, createdAt: '2027-03-10T08:00:00Z' };
      return { status: 201, body: { url: feedUrl, createdAt: '2027-03-10T08:00:00Z' } };
    });
  vi.stubGlobal('fetch', api.fetch);
  // The DSFR script that shows and hides modals in a browser; here they stay in the page.
  vi.stubGlobal('dsfr', () => ({ modal: { disclose: () => {}, conceal: () => {} } }));
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

describe('calendar subscriptions in English', () => {
  test('my bookings in my calendar: explained, created and copied in English', async () => {
    await setLanguage('en');
    const person = userEvent.setup();
    renderPage(<CalendarFeedPanel />);

    expect(screen.getByRole('heading', { name: 'My bookings in my calendar' })).toBeDefined();
    expect(await screen.findByText('You have no subscription link.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'How do I subscribe?' })).toBeDefined();
    expect(screen.queryByText(/Abonnez votre agenda/)).toBeNull();

    await person.click(screen.getByRole('button', { name: 'Create my subscription link' }));

    const field = await screen.findByLabelText<HTMLInputElement>(/Subscription address \(iCal\)/);
    expect(field.value).toBe(feedUrl);
    expect(screen.getByText(/^Copy this link now: it will not be shown again\./)).toBeDefined();
    await person.click(screen.getByRole('button', { name: 'Copy the link' }));
    expect(await screen.findByText('Link copied to the clipboard.')).toBeDefined();
    expect(screen.queryByText(/Copiez ce lien/)).toBeNull();
  });

  test("a site's closures feed is offered in English", async () => {
    await setLanguage('en');
    renderPage(<SiteClosuresFeedPanel site={parisSite} />);
    expect(screen.getByRole('heading', { name: 'Closures in a calendar' })).toBeDefined();
    expect(
      screen.getByLabelText<HTMLInputElement>(/Subscribe to this site’s closures \(iCal\)/).value,
    ).toBe(`${window.location.origin}/api/sites/${parisSite.id}/closures.ics`);
    expect(screen.getByRole('button', { name: 'Copy the closures link' })).toBeDefined();
    expect(screen.queryByText(/Les fermetures/)).toBeNull();
  });
});
