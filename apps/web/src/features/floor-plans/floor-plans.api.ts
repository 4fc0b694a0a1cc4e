import {
  deskSchema,
  uploadedZonePlanSchema,
  zoneSummarySchema,
  type Desk,
  type PlanPosition,
  type UploadedZonePlan,
  type ZoneSummary,
} from '@admz/shared';
import { ApiError, requestApi, toApiError } from '../../api-client';

const zonePlanPath = (siteId: string, zone: string) =>
  `/api/sites/${encodeURIComponent(siteId)}/zones/${encodeURIComponent(zone)}/plan`;

export function fetchZones(siteId: string): Promise<ZoneSummary[]> {
  return requestApi(`/api/sites/${encodeURIComponent(siteId)}/zones`, zoneSummarySchema.array());
}

export function fetchSiteDesks(siteId: string): Promise<Desk[]> {
  return requestApi(`/api/sites/${encodeURIComponent(siteId)}/desks`, deskSchema.array());
}

/** Sends the image file itself as the body (not JSON, not a form): the API reads the bytes. */
export async function uploadZonePlan(
  siteId: string,
  zone: string,
  file: File,
): Promise<UploadedZonePlan> {
  let response: Response;
  try {
    response = await fetch(zonePlanPath(siteId, zone), {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': file.type },
      body: file,
    });
  } catch {
    throw new ApiError(
      0,
      "Impossible d'envoyer le plan au serveur AdmZ. Vérifiez votre connexion.",
    );
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, payload);
  const parsed = uploadedZonePlanSchema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(response.status, 'Le serveur a renvoyé une réponse inattendue.');
  }
  return parsed.data;
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
