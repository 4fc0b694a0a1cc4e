import { checkInResultSchema, pairedKioskSchema } from '@admz/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, isNetworkFailure, requestApi, setRequestLanguage } from './api-client';

const result = {
  outcome: 'checked_in',
  bookingId: '7f1c1a52-8a43-4d4e-9a3f-2d0c6c1f8b11',
  person: { givenName: 'Camille', usualName: 'Martin' },
  desk: { label: 'A12', zone: 'Zone calme', planPosition: null, planUrl: null },
  startsAt: '2026-11-03T09:00:00+01:00',
  endsAt: '2026-11-03T13:00:00+01:00',
  checkedInAt: '2026-11-03T09:02:00+01:00',
};

function answerWith(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async () =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const checkIn = () =>
  requestApi({
    path: '/api/kiosk/check-ins',
    credential: 'secret',
    schema: checkInResultSchema,
    method: 'POST',
    body: { shortCode: 'AB3DEF7H' },
  });

afterEach(() => {
  setRequestLanguage('fr');
  vi.unstubAllGlobals();
});

describe('requestApi', () => {
  it('sends the device credential and the JSON body, and parses the answer', async () => {
    const fetchMock = answerWith(200, result);
    await expect(checkIn()).resolves.toEqual(result);
    expect(fetchMock).toHaveBeenCalledWith('/api/kiosk/check-ins', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Accept-Language': 'fr',
        Authorization: 'Bearer secret',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ shortCode: 'AB3DEF7H' }),
      signal: expect.any(AbortSignal),
    });
  });

  it("throws the API's French sentence with its status", async () => {
    answerWith(422, {
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: "Cette réservation n'est pas pour aujourd'hui.",
    });
    const error = await checkIn().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      message: "Cette réservation n'est pas pour aujourd'hui.",
    });
  });

  it('says so when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    const error = await checkIn().catch((caught: unknown) => caught);
    expect(isNetworkFailure(error)).toBe(true);
    expect(error).toMatchObject({ message: 'Connexion au serveur impossible, réessayez.' });
  });

  it("asks for the visitor's language, and says its own sentences in it", async () => {
    const fetchMock = answerWith(200, result);
    setRequestLanguage('en');
    await checkIn();
    const init = (fetchMock.mock.calls as unknown as [string, RequestInit][])[0]?.[1];
    expect(new Headers(init?.headers).get('Accept-Language')).toBe('en');

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    expect(await checkIn().catch((caught: unknown) => caught)).toMatchObject({
      message: 'Cannot reach the server, please try again.',
    });
    setRequestLanguage('fr');
    expect(await checkIn().catch((caught: unknown) => caught)).toMatchObject({
      message: 'Connexion au serveur impossible, réessayez.',
    });
  });

  it('gives up on a server that never answers, as if the network were down', async () => {
    // Like the real fetch: pending until its signal aborts.
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_path: string, init: RequestInit) =>
          new Promise((_resolve, reject) =>
            init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
          ),
      ),
    );
    const request = requestApi({
      path: '/api/kiosk/me',
      credential: 'secret',
      schema: checkInResultSchema,
      timeoutMs: 20,
    });
    const error = await request.catch((caught: unknown) => caught);
    expect(isNetworkFailure(error)).toBe(true);
  });

  it('does not show a gateway error page to people', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad Gateway</html>', { status: 502 })),
    );
    await expect(checkIn()).rejects.toMatchObject({
      status: 502,
      message: 'Le serveur rencontre un problème, réessayez dans un instant.',
    });
  });

  it('sends no credential before the kiosk is paired, and extra headers when asked', async () => {
    const fetchMock = answerWith(201, {
      credential: 'new-secret',
      kioskId: '5c0b7a9e-3d1f-4a77-9e55-0a2b3c4d5e6f',
    });
    await requestApi({
      path: '/api/kiosk/pair',
      credential: null,
      schema: pairedKioskSchema,
      method: 'POST',
      body: { pairingCode: 'AB3DEF7H' },
      headers: { 'X-Kiosk-App-Version': '0.1.0' },
    });
    expect(fetchMock).toHaveBeenCalledWith('/api/kiosk/pair', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Accept-Language': 'fr',
        'X-Kiosk-App-Version': '0.1.0',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ pairingCode: 'AB3DEF7H' }),
      signal: expect.any(AbortSignal),
    });
  });

  it('keeps the wait a 429 asks for (Retry-After, in seconds)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              statusCode: 429,
              error: 'Too Many Requests',
              message: 'Trop de codes erronés : patientez 30 secondes avant de réessayer.',
            }),
            { status: 429, headers: { 'Retry-After': '30' } },
          ),
      ),
    );
    await expect(checkIn()).rejects.toMatchObject({
      status: 429,
      retryAfterMs: 30_000,
      message: 'Trop de codes erronés : patientez 30 secondes avant de réessayer.',
    });
  });

  it('explains a 429 without message as too many attempts', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 429 })),
    );
    await expect(checkIn()).rejects.toMatchObject({
      status: 429,
      message: 'Trop de tentatives : patientez une minute avant de réessayer.',
    });
  });

  it('rejects an answer that does not match the contract', async () => {
    answerWith(200, { outcome: 'teleported' });
    await expect(checkIn()).rejects.toMatchObject({
      message: 'Réponse inattendue du serveur, réessayez.',
    });
  });
});
