import { createApiClient, englishApiSentences, type ApiSentences } from '@admz/shared';
import type { ZodMiniType } from 'zod/mini';
import { getLanguage, type Language } from './i18n/language';

export { ApiError, isApiError, type ApiIssue } from '@admz/shared';

// French are the client's defaults; English ones are in the first screen's bundle, as a failure
// to reach the server is also a failure to load anything more.
const fallbackSentences: Record<Language, Partial<ApiSentences>> = {
  fr: {},
  en: englishApiSentences,
};

/**
 * The shared API client as the web app uses it: the session cookie, no timeout, and the person's
 * language (read at each call) for the API's sentences and the client's own.
 */
export const apiClient = createApiClient({
  credentials: 'same-origin',
  headers: () => ({ 'Accept-Language': getLanguage() }),
  sentences: () => fallbackSentences[getLanguage()],
  // The contract was broken: keep the details for developers, show a sentence to people.
  onUnexpectedAnswer: (path, issues) => console.error(`Réponse inattendue de ${path}`, issues),
});

type RequestOptions = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown };

export function requestApi<T>(
  path: string,
  schema: ZodMiniType<T>,
  options: RequestOptions = {},
): Promise<T> {
  return apiClient.request({ path, schema, ...options });
}
