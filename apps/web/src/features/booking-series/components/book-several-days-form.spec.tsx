import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import {
  bookingFor,
  createFakeApi,
  deskIds,
  openDay,
  parisSite,
  rulesWith,
} from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { BookSeveralDaysForm } from './book-several-days-form';

// Wednesday 10 March 2027, 09:00 in Paris: the form's « today ».
const now = new Date('2027-03-10T08:00:00Z');

let api: ReturnType<typeof createFakeApi>;

function withRules(maxDaysAhead: number) {
  api = createFakeApi().on('GET', /^\/api\/sites\/[^/]+\/rules$/, () => ({
    status: 200,
    body: rulesWith({ maxDaysAhead }),
  }));
  vi.stubGlobal('fetch', api.fetch);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const endField = () => screen.getByLabelText<HTMLInputElement>(/Jusqu’au|Jusqu'au|jusqu/i);

describe('« Réserver plusieurs jours »: the end it proposes', () => {
  test('four weeks after the first day when the site lets people book that far', async () => {
    withRules(60);
    renderPage(
      <BookSeveralDaysForm
        site={parisSite}
        availability={openDay('2027-03-10')}
        date="2027-03-10"
      />,
    );
    await waitFor(() => expect(api.requests.some((r) => r.path.endsWith('/rules'))).toBe(true));
    expect(endField().value).toBe('2027-04-07');
  });

  test("the last bookable day when the site's window is shorter, never a date it would refuse", async () => {
    withRules(14);
    renderPage(
      <BookSeveralDaysForm
        site={parisSite}
        availability={openDay('2027-03-10')}
        date="2027-03-10"
      />,
    );
    await waitFor(() => expect(endField().value).toBe('2027-03-24'));
    expect(endField().max).toBe('2027-03-24');
  });
});

describe('« Réserver plusieurs jours » in English', () => {
  test('asks for the days, says the end it allows and what was booked or refused, in English', async () => {
    withRules(14);
    api.on('POST', /^\/api\/booking-series$/, () => ({
      status: 201,
      body: {
        seriesId: '0b6f3c1e-2d4a-4f5b-8c9d-0e1f2a3b4c5d',
        booked: [
          {
            date: '2027-03-10',
            booking: bookingFor({ deskId: deskIds.a1, date: '2027-03-10', slot: 'day' }),
          },
        ],
        refused: [{ date: '2027-03-17', reason: 'This desk is already booked on this slot.' }],
      },
    }));
    await setLanguage('en');
    const person = userEvent.setup();
    renderPage(
      <BookSeveralDaysForm
        site={parisSite}
        availability={openDay('2027-03-10')}
        date="2027-03-10"
      />,
    );

    const form = screen.getByRole('form', { name: 'Book several days' });
    expect(within(form).getByRole('checkbox', { name: 'Wednesday' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(form).getByRole('option', { name: 'Full day' })).toBeDefined();
    expect(
      await within(form).findByText(
        'Wednesday 24 March 2027 at the latest: on this site, bookings open at most 14 days ahead.',
      ),
    ).toBeDefined();
    expect(within(form).queryByText('Jours de la semaine')).toBeNull();

    await person.click(within(form).getByRole('button', { name: 'Book these 3 dates' }));

    expect(await within(form).findByText('1 date booked')).toBeDefined();
    expect(within(form).getByText('Wednesday 10 March 2027 — desk A-01')).toBeDefined();
    expect(within(form).getByText('1 date could not be booked')).toBeDefined();
    expect(within(form).queryByText(/réservée/)).toBeNull();
  });
});
