import {
  availabilitySchema,
  availabilitySummarySchema,
  siteSchema,
  type Availability,
  type AvailabilitySummary,
  type Site,
} from '@admz/shared';
import { z } from 'zod/mini';
import { requestApi } from '../../api-client';

export function fetchSites(): Promise<Site[]> {
  return requestApi('/api/sites', z.array(siteSchema));
}

export function fetchSite(siteId: string): Promise<Site> {
  return requestApi(`/api/sites/${encodeURIComponent(siteId)}`, siteSchema);
}

export function fetchAvailability(siteId: string, date: string): Promise<Availability> {
  const query = new URLSearchParams({ date });
  return requestApi(
    `/api/sites/${encodeURIComponent(siteId)}/availability?${query}`,
    availabilitySchema,
  );
}

export function fetchAvailabilitySummary(
  siteId: string,
  from: string,
  to: string,
): Promise<AvailabilitySummary> {
  const query = new URLSearchParams({ from, to });
  return requestApi(
    `/api/sites/${encodeURIComponent(siteId)}/availability/summary?${query}`,
    availabilitySummarySchema,
  );
}
