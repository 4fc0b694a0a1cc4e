import { createApiClient, isApiError, type ApiSentences } from '@admz/shared';
import type { ZodMiniType } from 'zod/mini';

export { ApiError, isApiError, isNetworkFailure, readRetryAfterMs } from '@admz/shared';

// A cut cable or a dead wifi may never refuse the connection: the kiosk must not wait for ever.
const defaultTimeoutMs = 8_000;

export type RequestLanguage = 'fr' | 'en';

// Short sentences for a tablet read standing at the door.
const kioskSentences: Record<RequestLanguage, Partial<ApiSentences>> = {
  fr: {
    noAnswer: 'Connexion au serveur impossible, réessayez.',
    unexpectedAnswer: 'Réponse inattendue du serveur, réessayez.',
    forStatus: (status) => {
      if (status === 429) return 'Trop de tentatives : patientez une minute avant de réessayer.';
      // A proxy or gateway error page carries no AdmZ message.
      if (status >= 500) return 'Le serveur rencontre un problème, réessayez dans un instant.';
      return `Erreur inattendue (code ${status}).`;
    },
  },
  en: {
    noAnswer: 'Cannot reach the server, please try again.',
    unexpectedAnswer: 'Unexpected answer from the server, please try again.',
    forStatus: (status) => {
      if (status === 429) return 'Too many attempts: wait a minute before trying again.';
      if (status >= 500) return 'The server has a problem, please try again in a moment.';
      return `Unexpected error (code ${status}).`;
    },
  },
};

// The visitor's language, set by the language provider: the API answers its refusals in it.
let requestLanguage: RequestLanguage = 'fr';

/** The language of the next calls' sentences (the API's and the kiosk's own). */
export function setRequestLanguage(language: RequestLanguage): void {
  requestLanguage = language;
}

/** The shared API client as the kiosk uses it: a timeout, and short sentences in the visitor's language. */
const kioskClient = createApiClient({
  timeoutMs: defaultTimeoutMs,
  sentences: () => kioskSentences[requestLanguage],
});

export type ApiRequest<T> = {
  path: string;
  /** The device credential; null for the calls a kiosk makes before it is paired. */
  credential: string | null;
  schema: ZodMiniType<T>;
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  /** After this long without an answer the request counts as unanswered (a network failure). */
  timeoutMs?: number;
};

export function isUnauthorized(error: unknown): boolean {
  return isApiError(error, 401);
}

function credentialHeader(credential: string | null): Record<string, string> {
  return credential === null ? {} : { Authorization: `Bearer ${credential}` };
}

/** Calls the AdmZ API as this kiosk device and parses the answer with the shared schema. */
export function requestApi<T>({ credential, headers, ...request }: ApiRequest<T>): Promise<T> {
  return kioskClient.request({
    ...request,
    headers: { 'Accept-Language': requestLanguage, ...headers, ...credentialHeader(credential) },
  });
}

/** GETs a non-JSON resource (floor plan image, event stream) as this kiosk; throws like `requestApi`. */
export function fetchAsKiosk(
  path: string,
  credential: string,
  init: { accept: string; signal?: AbortSignal },
): Promise<Response> {
  return kioskClient.fetchResponse(path, {
    accept: init.accept,
    headers: credentialHeader(credential),
    // A plan or a live stream takes the time it takes; the caller's signal ends it.
    timeoutMs: null,
    ...(init.signal ? { signal: init.signal } : {}),
  });
}
