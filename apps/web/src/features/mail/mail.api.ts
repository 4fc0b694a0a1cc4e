import { outboxSchema, type Outbox } from '@admz/shared';
import { isApiError, requestApi } from '../../api-client';

/** The development outbox, or `null` when the server sends real mail (404: not an error here). */
export async function fetchDevOutbox(limit = 50): Promise<Outbox | null> {
  try {
    return await requestApi(`/api/dev/outbox?limit=${limit}`, outboxSchema);
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}
