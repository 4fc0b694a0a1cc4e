import { errorResponseSchema } from '@admz/shared';
import type { ZodType } from 'zod';

/** The API answered with a non-2xx status; `message` is the French sentence it sent. */
export class ApiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
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
  credential: string;
  schema: ZodType<T>;
  method?: 'GET' | 'POST';
  body?: unknown;
};

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
}: ApiRequest<T>): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${credential}`,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new NetworkError();
  }

  const payload = await readJson(response);
  if (!response.ok)
    throw new ApiError(response.status, describeErrorPayload(response.status, payload));

  const parsed = schema.safeParse(payload);
  if (!parsed.success)
    throw new ApiError(response.status, 'Réponse inattendue du serveur, réessayez.');
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

export function describeErrorPayload(status: number, payload: unknown): string {
  const parsed = errorResponseSchema.safeParse(payload);
  if (parsed.success && parsed.data.message.trim() !== '') return parsed.data.message;
  // A proxy or gateway error page carries no AdmZ message.
  if (status >= 500) return 'Le serveur rencontre un problème, réessayez dans un instant.';
  return `Erreur inattendue (code ${status}).`;
}
