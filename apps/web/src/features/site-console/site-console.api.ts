import {
  deskDeactivationSchema,
  deskSchema,
  zoneSummarySchema,
  type bulkCreateDesksSchema,
  type createDeskSchema,
  type Desk,
  type DeskDeactivation,
  type updateDeskSchema,
  type UpdateZone,
  type ZoneSummary,
} from '@admz/shared';
import type { z } from 'zod';
import { requestApi } from '../../api-client';

const sitePath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;
const zonePath = (siteId: string, zoneId: string) =>
  `${sitePath(siteId)}/zones/${encodeURIComponent(zoneId)}`;

export function createZone(siteId: string, name: string): Promise<ZoneSummary[]> {
  return requestApi(`${sitePath(siteId)}/zones`, zoneSummarySchema.array(), {
    method: 'POST',
    body: { name },
  });
}

export function updateZone(
  siteId: string,
  zoneId: string,
  changes: UpdateZone,
): Promise<ZoneSummary[]> {
  return requestApi(zonePath(siteId, zoneId), zoneSummarySchema.array(), {
    method: 'PATCH',
    body: changes,
  });
}

export function deleteZone(siteId: string, zoneId: string): Promise<ZoneSummary[]> {
  return requestApi(zonePath(siteId, zoneId), zoneSummarySchema.array(), { method: 'DELETE' });
}

export function createDesk(siteId: string, desk: z.input<typeof createDeskSchema>): Promise<Desk> {
  return requestApi(`${sitePath(siteId)}/desks`, deskSchema, { method: 'POST', body: desk });
}

export function bulkCreateDesks(
  siteId: string,
  series: z.input<typeof bulkCreateDesksSchema>,
): Promise<Desk[]> {
  return requestApi(`${sitePath(siteId)}/desks/bulk`, deskSchema.array(), {
    method: 'POST',
    body: series,
  });
}

export function updateDesk(
  siteId: string,
  deskId: string,
  changes: z.input<typeof updateDeskSchema>,
): Promise<Desk> {
  return requestApi(`${sitePath(siteId)}/desks/${encodeURIComponent(deskId)}`, deskSchema, {
    method: 'PATCH',
    body: changes,
  });
}

/** Without `confirm`, desks whose bookings would be cancelled answer 409 with their list. */
export function deactivateDesks(
  siteId: string,
  body: { deskIds: string[]; confirm: boolean },
): Promise<DeskDeactivation> {
  return requestApi(`${sitePath(siteId)}/desks/deactivation`, deskDeactivationSchema, {
    method: 'POST',
    body,
  });
}

export function reactivateDesks(siteId: string, deskIds: string[]): Promise<Desk[]> {
  return requestApi(`${sitePath(siteId)}/desks/reactivation`, deskSchema.array(), {
    method: 'POST',
    body: { deskIds },
  });
}
