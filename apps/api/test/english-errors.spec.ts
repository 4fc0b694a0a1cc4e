import type { ErrorResponse } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { book, nextWeekday, startDemoApp, type DemoSessions, type DemoSite } from './fixtures';
import { call, type TestApp } from './test-app';

// The API's sentences are French; a request that prefers English gets them from the English table.
let t: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;
let monday: string;

beforeAll(async () => {
  ({ t, paris, cookies } = await startDemoApp());
  monday = nextWeekday(t.clock, paris.timezone, 1);
});
afterAll(async () => {
  await t?.close();
});

const inEnglish = { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' };

describe('error sentences in the language the request prefers', () => {
  test('a desk already taken: English when asked for, French otherwise', async () => {
    const deskId = paris.deskId(2);
    const label = paris.deskLabel(2);
    const booking = { siteId: paris.id, deskId, date: monday, slot: 'day' };
    expect((await book(t, cookies.agent, booking)).status).toBe(201);

    const english = await call<ErrorResponse>(t, '/api/bookings', {
      cookie: cookies.agent2,
      body: booking,
      headers: inEnglish,
    });
    expect(english.status).toBe(409);
    expect(english.body.message).toBe(`Desk ${label} is already booked for this slot.`);
    expect(english.headers.get('vary')).toMatch(/Accept-Language/i);

    const french = await book(t, cookies.agent2, booking);
    expect(french.status).toBe(409);
    expect((french.body as unknown as ErrorResponse).message).toBe(
      `Le poste ${label} est déjà réservé sur ce créneau.`,
    );
    expect(french.headers.get('vary')).toMatch(/Accept-Language/i);
  });

  test('an unknown site: the same refusal in each language', async () => {
    const unknownSite = '00000000-0000-4000-8000-000000000000';
    const path = `/api/sites/${unknownSite}/availability?date=${monday}`;
    const english = await call<ErrorResponse>(t, path, {
      cookie: cookies.agent,
      headers: inEnglish,
    });
    const french = await call<ErrorResponse>(t, path, {
      cookie: cookies.agent,
      headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' },
    });
    expect(english.status).toBe(404);
    expect(french.status).toBe(404);
    expect(french.body.message).toBe("Ce site n'existe pas.");
    expect(english.body.message).toBe('This site does not exist.');
  });

  test('a 400 with issues: the summary and each issue in English', async () => {
    const body = { pairingCode: 'AB\u0000CDEFG' };
    const english = await call<ErrorResponse>(t, '/api/kiosk/pair', { body, headers: inEnglish });
    expect(english.status).toBe(400);
    expect(english.body.issues).toEqual([
      {
        path: 'pairingCode',
        message: 'This text contains a control character that is not allowed.',
      },
    ]);
    expect(english.body.message).toBe(
      'Invalid request: check pairingCode. This text contains a control character that is not allowed.',
    );

    const french = await call<ErrorResponse>(t, '/api/kiosk/pair', { body });
    expect(french.body.issues).toEqual([
      { path: 'pairingCode', message: 'Ce texte contient un caractère de contrôle non autorisé.' },
    ]);
    expect(french.body.message).toBe(
      'Requête invalide : vérifiez pairingCode. Ce texte contient un caractère de contrôle non autorisé.',
    );
  });
});
