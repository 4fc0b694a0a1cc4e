import { presenceSchema, type Presence } from '@admz/shared';
import { requestApi } from '../../api-client';

export function fetchPresence(siteId: string, date: string): Promise<Presence> {
  const query = new URLSearchParams({ date });
  return requestApi(`/api/sites/${encodeURIComponent(siteId)}/presence?${query}`, presenceSchema);
}
