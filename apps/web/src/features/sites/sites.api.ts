import { availabilitySchema, siteSchema, type Availability, type Site } from '@admz/shared';
import { requestApi } from '../../api-client';

export function fetchSites(): Promise<Site[]> {
  return requestApi('/api/sites', siteSchema.array());
}

export function fetchAvailability(siteId: string, date: string): Promise<Availability> {
  const query = new URLSearchParams({ date });
  return requestApi(
    `/api/sites/${encodeURIComponent(siteId)}/availability?${query}`,
    availabilitySchema,
  );
}
