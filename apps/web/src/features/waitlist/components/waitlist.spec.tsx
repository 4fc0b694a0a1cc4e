import type { Availability, WaitlistEntry } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { createFakeApi, openDay, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { JoinWaitlistPanel } from './join-waitlist-panel';

// Wednesday 10 March 2027, 09:00 in Paris: the afternoon is still to come.
const now = new Date('2027-03-10T08:00:00Z');
const date = '2027-03-10';

/** The Paris day, every desk taken in the afternoon. */
function fullAfternoon(): Availability {
  const day = openDay(date);
  return {
    ...day,
    desks: day.desks.map((desk) => ({ ...desk, states: { ...desk.states, afternoon: 'taken' } })),
  };
}

const entry: WaitlistEntry = {
  id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
  status: 'waiting',
  site: { id: parisSite.id, name: parisSite.name, timezone: parisSite.timezone },
  date,
  slot: 'afternoon',
  zone: null,
  startsAt: `${date}T13:00:00+01:00`,
  createdAt: '2027-03-10T08:00:00Z',
  position: 3,
  promotedBookingId: null,
};

let api: ReturnType<typeof createFakeApi>;
let mine: WaitlistEntry[] = [];

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  mine = [];
  api = createFakeApi()
    .on('GET', /^\/api\/waitlist\/mine$/, () => ({ status: 200, body: mine }))
    .on('POST', /^\/api\/waitlist$/, () => {
      mine = [entry];
      return { status: 201, body: entry };
    });
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.unstubAllGlobals();
  vi.useRealTimers();
  expect(api.unanswered).toEqual([]);
});

describe('the waiting list of a full slot', () => {
  test('in English: explains it, joins it and tells the position, with no French left', async () => {
    await setLanguage('en');
    const person = userEvent.setup();
    renderPage(<JoinWaitlistPanel site={parisSite} availability={fullAfternoon()} />);

    expect(screen.getByRole('heading', { name: 'Slot full: waiting list' })).toBeDefined();
    expect(
      screen.getByText(
        /^When a desk frees up on Wednesday 10 March 2027, it is given automatically/,
      ),
    ).toBeDefined();
    expect(screen.getByLabelText('Preferred zone (optional)')).toBeDefined();
    expect(screen.getByRole('option', { name: 'All zones' })).toBeDefined();
    expect(screen.queryByText(/liste d’attente/)).toBeNull();

    await person.click(screen.getByRole('button', { name: 'Join the waiting list — Afternoon' }));

    expect(
      await screen.findByText(
        'You are on the waiting list (position 3). You will find it in “My bookings”.',
      ),
    ).toBeDefined();
    expect(await screen.findByText('You are on the waiting list (position 3).')).toBeDefined();
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });
});
