import { isApiError, isNetworkFailure } from './api-client';
import type { Messages } from './i18n/messages-fr';

/** The sentence to show for a failed request: the API's own (French) sentence, or the kiosk's. */
export function describeRequestFailure(error: unknown, messages: Messages): string {
  if (isNetworkFailure(error)) return messages.errors.network;
  if (isApiError(error)) return error.message;
  return messages.errors.unexpected;
}
