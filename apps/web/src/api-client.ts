import { errorResponseSchema, type ErrorResponse } from '@admz/shared';
import type { z } from 'zod';

export type ApiIssue = NonNullable<ErrorResponse['issues']>[number];

/** Every failed call ends here: `message` is a French sentence to show as is. */
export class ApiError extends Error {
  readonly status: number;
  readonly issues: ApiIssue[];
  /** The whole error body, for the few answers that carry more (e.g. bookings a change affects). */
  readonly payload: unknown;

  constructor(status: number, message: string, issues: ApiIssue[] = [], payload: unknown = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.issues = issues;
    this.payload = payload;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

type RequestOptions = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown };

const networkErrorMessage =
  'Impossible de joindre le serveur AdmZ. Vérifiez votre connexion puis réessayez.';

export async function requestApi<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, networkErrorMessage);
  }

  const payload: unknown = await readJson(response);
  if (!response.ok) {
    throw toApiError(response.status, payload);
  }

  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    // The contract was broken: keep the details for developers, show a sentence to people.
    console.error(`Réponse inattendue de ${path}`, parsed.error.issues);
    throw new ApiError(
      response.status,
      'Le serveur a renvoyé une réponse inattendue. Réessayez dans un instant.',
    );
  }
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function toApiError(status: number, payload: unknown): ApiError {
  const parsed = errorResponseSchema.safeParse(payload);
  if (parsed.success) {
    return new ApiError(status, parsed.data.message, parsed.data.issues ?? [], payload);
  }
  return new ApiError(status, fallbackMessage(status));
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Votre session a expiré. Reconnectez-vous pour continuer.';
  if (status === 403) return "Vous n'avez pas accès à cette information.";
  if (status === 404) return "Cette information n'existe pas ou plus.";
  if (status >= 500 || status === 0) {
    return `Le serveur AdmZ rencontre un problème (code ${status}). Réessayez dans un instant.`;
  }
  return `La demande n'a pas abouti (code ${status}).`;
}
