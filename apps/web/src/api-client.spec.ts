// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { requestApi } from './api-client';
import { setLanguage } from './i18n/language';

afterEach(async () => {
  await setLanguage('fr');
  localStorage.clear();
  vi.unstubAllGlobals();
});

const answerSchema = z.object({ ok: z.boolean() });

describe('the web API client', () => {
  test('asks the API for sentences in the language the person chose, read at each call', async () => {
    const fetchMock = vi.fn(
      async (_path: string, _init?: RequestInit) => new Response(JSON.stringify({ ok: true })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const languageOfCall = (index: number) =>
      new Headers(fetchMock.mock.calls[index]?.[1]?.headers).get('Accept-Language');

    await requestApi('/api/things', answerSchema);
    await setLanguage('en');
    await requestApi('/api/things', answerSchema, { method: 'POST', body: {} });

    expect(languageOfCall(0)).toBe('fr');
    expect(languageOfCall(1)).toBe('en');
  });

  test('its own sentences (no answer, an error without one) follow the language', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    const failure = () =>
      requestApi('/api/things', answerSchema).then(
        () => ({ message: 'no failure' }),
        (error: Error) => error,
      );
    expect((await failure()).message).toBe(
      'Impossible de joindre le serveur AdmZ. Vérifiez votre connexion puis réessayez.',
    );
    await setLanguage('en');
    expect((await failure()).message).toBe(
      'Cannot reach the AdmZ server. Check your connection, then try again.',
    );

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    expect((await failure()).message).toBe(
      'The AdmZ server has a problem (code 502). Please try again in a moment.',
    );
  });
});
