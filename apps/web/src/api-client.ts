import { createApiClient } from '@admz/shared';
import type { ZodMiniType } from 'zod/mini';

export { ApiError, isApiError, type ApiIssue } from '@admz/shared';

/** The shared API client as the web app uses it: the session cookie, and no timeout. */
export const apiClient = createApiClient({
  credentials: 'same-origin',
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
