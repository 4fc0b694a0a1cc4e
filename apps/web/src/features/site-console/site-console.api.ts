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
import { z } from 'zod/mini';
import { requestApi } from '../../api-client';

const sitePath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;
const zonePath = (siteId: string, zoneId: string) =>
  `${sitePath(siteId)}/zones/${encodeURIComponent(zoneId)}`;

export function createZone(siteId: string, name: string): Promise<ZoneSummary[]> {
  return requestApi(`${sitePath(siteId)}/zones`, z.array(zoneSummarySchema), {
    method: 'POST',
    body: { name },
  });
}

export function updateZone(
  siteId: string,
  zoneId: string,
  changes: UpdateZone,
): Promise<ZoneSummary[]> {
  return requestApi(zonePath(siteId, zoneId), z.array(zoneSummarySchema), {
    method: 'PATCH',
    body: changes,
  });
}

export function deleteZone(siteId: string, zoneId: string): Promise<ZoneSummary[]> {
  return requestApi(zonePath(siteId, zoneId), z.array(zoneSummarySchema), { method: 'DELETE' });
}

export function createDesk(siteId: string, desk: z.input<typeof createDeskSchema>): Promise<Desk> {
  return requestApi(`${sitePath(siteId)}/desks`, deskSchema, { method: 'POST', body: desk });
}

export function bulkCreateDesks(
  siteId: string,
  series: z.input<typeof bulkCreateDesksSchema>,
): Promise<Desk[]> {
  return requestApi(`${sitePath(siteId)}/desks/bulk`, z.array(deskSchema), {
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
  return requestApi(`${sitePath(siteId)}/desks/reactivation`, z.array(deskSchema), {
    method: 'POST',
    body: { deskIds },
  });
}
