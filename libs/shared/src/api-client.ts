import type { ZodMiniType } from 'zod/mini';
import { errorResponseSchema, type ErrorResponse } from './common';

// The one way the web app and the kiosk call the API: fetch, the error body read into one error
// type, answers parsed with the shared schemas. Browser-safe (fetch, AbortSignal; no Node API).

export type ApiIssue = NonNullable<ErrorResponse['issues']>[number];

/** Status of an `ApiError` when the API never answered (network down, timeout). */
export const noAnswerStatus = 0;

/** Every failed call ends here: `message` is a sentence to show as is (in the language asked for). */
export class ApiError extends Error {
  /** The HTTP status, or `noAnswerStatus` (0) when no answer came. */
  readonly status: number;
  /** The fields the API named in a 400. */
  readonly issues: ApiIssue[];
  /** The whole error body, for the few answers that carry more (e.g. bookings a change affects). */
  readonly payload: unknown;
  /** How long the API asked to wait before trying again (`Retry-After`), when it said. */
  readonly retryAfterMs: number | null;

  constructor(
    status: number,
    message: string,
    details: { issues?: ApiIssue[]; payload?: unknown; retryAfterMs?: number | null } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.issues = details.issues ?? [];
    this.payload = details.payload ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }

  /** The request never got an answer: the network, or a server that did not reply in time. */
  get isNetworkFailure(): boolean {
    return this.status === noAnswerStatus;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** Whether a call failed for want of any answer (offline, server down, timeout). */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof ApiError && error.isNetworkFailure;
}

/** What a person reads when the API's own sentence is not there to show. */
export type ApiSentences = {
  noAnswer: string;
  /** The answer does not match the contract. */
  unexpectedAnswer: string;
  /** An error whose body carries no sentence (a proxy's page, an empty 429). */
  forStatus: (status: number) => string;
};

export const defaultApiSentences: ApiSentences = {
  noAnswer: 'Impossible de joindre le serveur AdmZ. Vérifiez votre connexion puis réessayez.',
  unexpectedAnswer: 'Le serveur a renvoyé une réponse inattendue. Réessayez dans un instant.',
  forStatus: (status) => {
    if (status === 401) return 'Votre session a expiré. Reconnectez-vous pour continuer.';
    if (status === 403) return "Vous n'avez pas accès à cette information.";
    if (status === 404) return "Cette information n'existe pas ou plus.";
    if (status >= 500) {
      return `Le serveur AdmZ rencontre un problème (code ${status}). Réessayez dans un instant.`;
    }
    return `La demande n'a pas abouti (code ${status}).`;
  },
};

/** The same, for a person who reads English (keys of the French ones in sentences-en/api.ts). */
export const englishApiSentences: ApiSentences = {
  noAnswer: 'Cannot reach the AdmZ server. Check your connection, then try again.',
  unexpectedAnswer: 'The server sent an unexpected answer. Please try again in a moment.',
  forStatus: (status) => {
    if (status === 401) return 'Your session has expired. Sign in again to continue.';
    if (status === 403) return 'You do not have access to this information.';
    if (status === 404) return 'This information does not exist or no longer exists.';
    if (status >= 500) {
      return `The AdmZ server has a problem (code ${status}). Please try again in a moment.`;
    }
    return `The request did not go through (code ${status}).`;
  },
};

export type ApiClientOptions = {
  /** Headers of every call (a device credential, an app version). */
  headers?: () => Record<string, string>;
  credentials?: RequestInit['credentials'];
  /** After this long without an answer a call counts as unanswered; none when left out. */
  timeoutMs?: number;
  /** Read at each call when a function (the person may change language between two calls). */
  sentences?: Partial<ApiSentences> | (() => Partial<ApiSentences>);
  /** Told when an answer breaks the contract (the person only reads a sentence). */
  onUnexpectedAnswer?: (path: string, issues: unknown) => void;
};

type CallOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  /** Overrides the client's timeout for this call; null: wait as long as it takes. */
  timeoutMs?: number | null;
  /** The caller's own abort (replaces the timeout); aborting rethrows, it is not a failure. */
  signal?: AbortSignal;
  sentences?: Partial<ApiSentences>;
};

export type ApiRequest<T> = CallOptions & {
  path: string;
  schema: ZodMiniType<T>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (a file), with its content type. */
  rawBody?: { data: NonNullable<RequestInit['body']>; contentType: string };
};

export type ApiClient = {
  /** Calls the API and parses its JSON answer with the shared schema; throws `ApiError`. */
  request<T>(request: ApiRequest<T>): Promise<T>;
  /** A non-JSON resource (an image, an event stream): the answer itself; throws like `request`. */
  fetchResponse(path: string, options: CallOptions & { accept: string }): Promise<Response>;
};

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const sentencesOf = (call: CallOptions): ApiSentences => ({
    ...defaultApiSentences,
    ...(typeof options.sentences === 'function' ? options.sentences() : options.sentences),
    ...call.sentences,
  });

  async function send(path: string, call: CallOptions, init: RequestInit): Promise<Response> {
    const sentences = sentencesOf(call);
    const timeoutMs = call.timeoutMs === undefined ? options.timeoutMs : call.timeoutMs;
    const signal = call.signal ?? (timeoutMs == null ? undefined : AbortSignal.timeout(timeoutMs));
    let response: Response;
    try {
      response = await fetch(path, {
        ...init,
        method: call.method ?? 'GET',
        ...(options.credentials ? { credentials: options.credentials } : {}),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      // An abort is the caller's own decision, not a network failure; a timeout is no answer.
      const isTimeout =
        signal?.reason instanceof DOMException && signal.reason.name === 'TimeoutError';
      if (signal?.aborted === true && !isTimeout) throw error;
      throw new ApiError(noAnswerStatus, sentences.noAnswer);
    }
    if (!response.ok) {
      const payload = await readJson(response);
      throw new ApiError(response.status, describeErrorBody(response.status, payload, sentences), {
        issues: readIssues(payload),
        payload,
        retryAfterMs: readRetryAfterMs(response.headers.get('Retry-After')),
      });
    }
    return response;
  }

  return {
    async request<T>(request: ApiRequest<T>): Promise<T> {
      const headers: Record<string, string> = {
        Accept: 'application/json',
        ...options.headers?.(),
        ...request.headers,
      };
      let body: RequestInit['body'];
      if (request.rawBody) {
        headers['Content-Type'] = request.rawBody.contentType;
        body = request.rawBody.data;
      } else if (request.body !== undefined) {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(request.body);
      }
      const response = await send(request.path, request, { headers, body });
      const parsed = request.schema.safeParse(await readJson(response));
      if (!parsed.success) {
        options.onUnexpectedAnswer?.(request.path, parsed.error.issues);
        throw new ApiError(response.status, sentencesOf(request).unexpectedAnswer);
      }
      return parsed.data;
    },

    fetchResponse(path, { accept, ...call }) {
      return send(path, call, {
        headers: { Accept: accept, ...options.headers?.(), ...call.headers },
      });
    },
  };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The API's own sentence from an error body, or the client's for that status. */
export function describeErrorBody(
  status: number,
  payload: unknown,
  sentences: Pick<ApiSentences, 'forStatus'> = defaultApiSentences,
): string {
  const parsed = errorResponseSchema.safeParse(payload);
  if (parsed.success && parsed.data.message.trim() !== '') return parsed.data.message;
  return sentences.forStatus(status);
}

function readIssues(payload: unknown): ApiIssue[] {
  const parsed = errorResponseSchema.safeParse(payload);
  return parsed.success ? (parsed.data.issues ?? []) : [];
}

/** `Retry-After` in seconds (what the API sends); an HTTP date or nonsense is ignored. */
export function readRetryAfterMs(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim()) * 1000;
}
