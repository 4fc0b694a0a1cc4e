import { errorResponseSchema } from '@admz/shared';
import type { ZodType } from 'zod';

/** The API answered with a non-2xx status; `message` is the French sentence it sent. */
export class ApiError extends Error {
  readonly status: number;
  /** How long the API asked to wait before trying again (`Retry-After`), when it said. */
  readonly retryAfterMs: number | null;

  constructor(status: number, message: string, retryAfterMs: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The request never got an answer (server down, network dropped). */
export class NetworkError extends Error {
  constructor() {
    super('Connexion au serveur impossible, réessayez.');
    this.name = 'NetworkError';
  }
}

export type ApiRequest<T> = {
  path: string;
  /** The device credential; null for the calls a kiosk makes before it is paired. */
  credential: string | null;
  schema: ZodType<T>;
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  /** After this long without an answer the request counts as unanswered (`NetworkError`). */
  timeoutMs?: number;
};

// A cut cable or a dead wifi may never refuse the connection: the kiosk must not wait for ever.
const defaultTimeoutMs = 8_000;

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** Calls the AdmZ API as this kiosk device and parses the answer with the shared schema. */
export async function requestApi<T>({
  path,
  credential,
  schema,
  method = 'GET',
  body,
  headers: extraHeaders,
  timeoutMs = defaultTimeoutMs,
}: ApiRequest<T>): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  if (credential !== null) headers.Authorization = `Bearer ${credential}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const response = await fetchOrThrow(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const payload = await readJson(response);
  if (!response.ok)
    throw new ApiError(
      response.status,
      describeErrorPayload(response.status, payload),
      readRetryAfterMs(response.headers.get('Retry-After')),
    );

  const parsed = schema.safeParse(payload);
  if (!parsed.success)
    throw new ApiError(response.status, 'Réponse inattendue du serveur, réessayez.');
  return parsed.data;
}

/** GETs a non-JSON resource (floor plan image, event stream) as this kiosk; throws like `requestApi`. */
export async function fetchAsKiosk(
  path: string,
  credential: string,
  init: { accept: string; signal?: AbortSignal },
): Promise<Response> {
  const response = await fetchOrThrow(path, {
    headers: { Accept: init.accept, Authorization: `Bearer ${credential}` },
    signal: init.signal,
  });
  if (!response.ok)
    throw new ApiError(
      response.status,
      describeErrorPayload(response.status, await readJson(response)),
    );
  return response;
}

async function fetchOrThrow(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (error) {
    // An abort is the caller's own decision, not a network failure; a timeout is no answer.
    const isTimeout =
      init.signal?.reason instanceof DOMException && init.signal.reason.name === 'TimeoutError';
    if (init.signal?.aborted === true && !isTimeout) throw error;
    throw new NetworkError();
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** `Retry-After` in seconds (what the API sends); an HTTP date or nonsense is ignored. */
export function readRetryAfterMs(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim()) * 1000;
}

export function describeErrorPayload(status: number, payload: unknown): string {
  const parsed = errorResponseSchema.safeParse(payload);
  if (parsed.success && parsed.data.message.trim() !== '') return parsed.data.message;
  if (status === 429) return 'Trop de tentatives : patientez une minute avant de réessayer.';
  // A proxy or gateway error page carries no AdmZ message.
  if (status >= 500) return 'Le serveur rencontre un problème, réessayez dans un instant.';
  return `Erreur inattendue (code ${status}).`;
}
