import { ApiError, NetworkError } from './api-client';
import type { Messages } from './i18n/messages-fr';

/** The sentence to show for a failed request: the API's own (French) sentence, or the kiosk's. */
export function describeRequestFailure(error: unknown, messages: Messages): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof NetworkError) return messages.errors.network;
  return messages.errors.unexpected;
}
