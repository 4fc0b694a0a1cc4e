import { checkInResultSchema } from '@admz/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, requestApi } from './api-client';

const result = {
  outcome: 'checked_in',
  bookingId: '7f1c1a52-8a43-4d4e-9a3f-2d0c6c1f8b11',
  person: { givenName: 'Camille', usualName: 'Martin' },
  desk: { label: 'A12', zone: 'Zone calme' },
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
        Authorization: 'Bearer secret',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ shortCode: 'AB3DEF7H' }),
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
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ message: 'Connexion au serveur impossible, réessayez.' });
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

  it('rejects an answer that does not match the contract', async () => {
    answerWith(200, { outcome: 'teleported' });
    await expect(checkIn()).rejects.toMatchObject({
      message: 'Réponse inattendue du serveur, réessayez.',
    });
  });
});
