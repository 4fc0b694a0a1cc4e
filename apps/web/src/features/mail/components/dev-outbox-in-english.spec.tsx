import type { Outbox } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { createFakeApi } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { DevOutboxView } from './dev-outbox-view';

const outbox: Outbox = {
  messages: [
    {
      id: '00000000-0000-4000-8000-000000000600',
      to: 'camille.martin@travail.gouv.fr',
      subject: 'Votre réservation à AdmZ Paris',
      createdAt: '2027-03-18T08:12:00.000Z',
      text: 'Bonjour Camille,',
      html: '<p>Bonjour Camille,</p>',
      attachments: [{ filename: 'reservation.ics', contentType: 'text/calendar' }],
    },
  ],
};

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi().on('GET', /^\/api\/dev\/outbox$/, () => ({ status: 200, body: outbox }));
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

describe('the development outbox in English', () => {
  test('lists the kept mails and opens the newest, in English', async () => {
    renderPage(<DevOutboxView />);

    expect(await screen.findByText('1 e-mail, newest first.')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Sent e-mails' })).toBeTruthy();
    expect(screen.getByText(/Attachments: reservation\.ics/).textContent).toMatch(
      /^To camille\.martin@travail\.gouv\.fr18 Mar 2027, \d{2}:12:00Attachments: reservation\.ics$/,
    );
    expect(
      screen.getByTitle('HTML version of the e-mail “Votre réservation à AdmZ Paris”'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Text version' })).toBeTruthy();
    expect(screen.queryByText(/Pièces jointes/)).toBeNull();
    expect(screen.queryByText(/du plus récent/)).toBeNull();
  });
});
