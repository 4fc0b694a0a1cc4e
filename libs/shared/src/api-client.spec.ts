import { afterEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod/mini';
import {
  ApiError,
  createApiClient,
  defaultApiSentences,
  englishApiSentences,
  isApiError,
  isNetworkFailure,
  noAnswerStatus,
} from './api-client';

const answerSchema = z.object({ id: z.string() });

function answerWith(response: () => Response) {
  const fetchMock = vi.fn(async (_path: string, _init?: RequestInit) => response());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the shared API client', () => {
  test('sends JSON with the client headers and parses the answer with the schema', async () => {
    const fetchMock = answerWith(() => json(200, { id: 'a1', extra: true }));
    const client = createApiClient({
      credentials: 'same-origin',
      headers: () => ({ Authorization: 'Bearer secret' }),
    });
    await expect(
      client.request({ path: '/api/things', schema: answerSchema, method: 'POST', body: { n: 1 } }),
    ).resolves.toEqual({ id: 'a1' });
    const [path, init] = fetchMock.mock.calls[0] ?? [];
    expect(path).toBe('/api/things');
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      body: '{"n":1}',
      headers: {
        Accept: 'application/json',
        Authorization: 'Bearer secret',
        'Content-Type': 'application/json',
      },
    });
  });

  test("an error carries the API's French sentence, its status, issues and body", async () => {
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Requête invalide : vérifiez date.',
      issues: [{ path: 'date', message: "Cette date n'existe pas." }],
    };
    answerWith(() => json(400, body));
    const error = await createApiClient()
      .request({ path: '/api/things', schema: answerSchema })
      .catch((caught: unknown) => caught);
    expect(isApiError(error, 400)).toBe(true);
    expect(error).toMatchObject({
      status: 400,
      message: 'Requête invalide : vérifiez date.',
      issues: body.issues,
      payload: body,
      isNetworkFailure: false,
    });
  });

  test('without a sentence from the API, the client says one for the status', async () => {
    answerWith(() => new Response('<html>Bad Gateway</html>', { status: 502 }));
    await expect(
      createApiClient().request({ path: '/api/things', schema: answerSchema }),
    ).rejects.toMatchObject({
      status: 502,
      message: 'Le serveur AdmZ rencontre un problème (code 502). Réessayez dans un instant.',
    });
    answerWith(() => new Response('', { status: 403 }));
    await expect(
      createApiClient().request({ path: '/api/things', schema: answerSchema }),
    ).rejects.toMatchObject({ message: "Vous n'avez pas accès à cette information." });
  });

  test('keeps the wait a 429 asks for', async () => {
    answerWith(() =>
      json(
        429,
        { statusCode: 429, error: 'Too Many Requests', message: 'Patientez.' },
        {
          'Retry-After': '30',
        },
      ),
    );
    await expect(
      createApiClient().request({ path: '/api/things', schema: answerSchema }),
    ).rejects.toMatchObject({ status: 429, retryAfterMs: 30_000, message: 'Patientez.' });
  });

  test('no answer at all is a network failure, in the words the app chose', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    const error = await createApiClient({ sentences: { noAnswer: 'Pas de réseau.' } })
      .request({ path: '/api/things', schema: answerSchema })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(isNetworkFailure(error)).toBe(true);
    expect(error).toMatchObject({ status: noAnswerStatus, message: 'Pas de réseau.' });
  });

  test('sentences given as a function are read at each call (a change of language between two)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    let language: 'fr' | 'en' = 'fr';
    const client = createApiClient({
      sentences: () => (language === 'en' ? englishApiSentences : {}),
    });
    const failWith = () =>
      client
        .request({ path: '/api/things', schema: answerSchema })
        .catch((caught: unknown) => caught);
    expect(await failWith()).toMatchObject({ message: defaultApiSentences.noAnswer });
    language = 'en';
    expect(await failWith()).toMatchObject({
      message: 'Cannot reach the AdmZ server. Check your connection, then try again.',
    });
  });

  test('a server that never answers times out as a network failure; a caller abort is not one', async () => {
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
    const client = createApiClient({ timeoutMs: 20 });
    const timedOut = await client
      .request({ path: '/api/things', schema: answerSchema })
      .catch((caught: unknown) => caught);
    expect(isNetworkFailure(timedOut)).toBe(true);

    const controller = new AbortController();
    const stream = client.fetchResponse('/api/live', {
      accept: 'text/event-stream',
      signal: controller.signal,
    });
    controller.abort();
    const aborted = await stream.catch((caught: unknown) => caught);
    expect(aborted).not.toBeInstanceOf(ApiError);
    expect(aborted).toMatchObject({ name: 'AbortError' });
  });

  test('an answer that breaks the contract is reported and explained', async () => {
    answerWith(() => json(200, { id: 42 }));
    const reported: string[] = [];
    const client = createApiClient({ onUnexpectedAnswer: (path) => reported.push(path) });
    await expect(
      client.request({ path: '/api/things', schema: answerSchema }),
    ).rejects.toMatchObject({
      status: 200,
      message: 'Le serveur a renvoyé une réponse inattendue. Réessayez dans un instant.',
    });
    expect(reported).toEqual(['/api/things']);
  });

  test('sends a file as is, with its own content type', async () => {
    const fetchMock = answerWith(() => json(200, { id: 'plan' }));
    const file = new Blob(['<svg/>'], { type: 'image/svg+xml' });
    await createApiClient().request({
      path: '/api/plan',
      schema: answerSchema,
      method: 'PUT',
      rawBody: { data: file, contentType: file.type },
    });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.body).toBe(file);
    expect(init?.headers).toMatchObject({ 'Content-Type': 'image/svg+xml' });
  });

  test('a non-JSON resource comes back as the response, or as the same error', async () => {
    answerWith(() => new Response('data: {}\n\n', { status: 200 }));
    const response = await createApiClient().fetchResponse('/api/live', {
      accept: 'text/event-stream',
    });
    await expect(response.text()).resolves.toBe('data: {}\n\n');

    answerWith(() =>
      json(401, { statusCode: 401, error: 'Unauthorized', message: 'Borne désactivée.' }),
    );
    await expect(
      createApiClient().fetchResponse('/api/live', { accept: 'text/event-stream' }),
    ).rejects.toMatchObject({ status: 401, message: 'Borne désactivée.' });
  });
});
