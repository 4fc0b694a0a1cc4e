import {
  deskSchema,
  uploadedZonePlanSchema,
  zoneSummarySchema,
  type Desk,
  type PlanPosition,
  type UploadedZonePlan,
  type ZoneSummary,
} from '@admz/shared';
import { z } from 'zod/mini';
import { apiClient, requestApi } from '../../api-client';
import { getLanguage } from '../../i18n/language';
import { floorPlansMessages } from './floor-plans.messages';

const zonePlanPath = (siteId: string, zone: string) =>
  `/api/sites/${encodeURIComponent(siteId)}/zones/${encodeURIComponent(zone)}/plan`;

export function fetchZones(siteId: string): Promise<ZoneSummary[]> {
  return requestApi(`/api/sites/${encodeURIComponent(siteId)}/zones`, z.array(zoneSummarySchema));
}

export function fetchSiteDesks(siteId: string): Promise<Desk[]> {
  return requestApi(`/api/sites/${encodeURIComponent(siteId)}/desks`, z.array(deskSchema));
}

/** Sends the image file itself as the body (not JSON, not a form): the API reads the bytes. */
export function uploadZonePlan(
  siteId: string,
  zone: string,
  file: File,
): Promise<UploadedZonePlan> {
  return apiClient.request({
    path: zonePlanPath(siteId, zone),
    schema: uploadedZonePlanSchema,
    method: 'PUT',
    rawBody: { data: file, contentType: file.type },
    sentences: floorPlansMessages[getLanguage()].upload,
  });
}

export function deleteZonePlan(siteId: string, zone: string): Promise<ZoneSummary> {
  return requestApi(zonePlanPath(siteId, zone), zoneSummarySchema, { method: 'DELETE' });
}

export function setDeskPlanPosition(
  siteId: string,
  deskId: string,
  position: PlanPosition | null,
): Promise<Desk> {
  return requestApi(
    `/api/sites/${encodeURIComponent(siteId)}/desks/${encodeURIComponent(deskId)}/plan-position`,
    deskSchema,
    { method: 'PUT', body: { position } },
  );
}
