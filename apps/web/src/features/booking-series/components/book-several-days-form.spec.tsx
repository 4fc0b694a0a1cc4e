import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createFakeApi, openDay, parisSite, rulesWith } from '../../../test/fake-api';
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

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});

afterEach(() => {
  cleanup();
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
