import { siteSchema, type CreateSite, type Site, type UpdateSite } from '@admz/shared';
import { z } from 'zod/mini';
import { apiClient, requestApi } from '../../api-client';
import { getLanguage } from '../../i18n/language';
import { sitesAdminMessages } from './sites-admin.messages';

const sitePath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;

/** Every site of the network, archived ones last (admins). */
export function fetchAllSites(): Promise<Site[]> {
  return requestApi('/api/admin/sites', z.array(siteSchema));
}

export function createSite(body: CreateSite): Promise<Site> {
  return requestApi('/api/sites', siteSchema, { method: 'POST', body });
}

export type SiteEdit = Omit<Partial<UpdateSite>, 'confirm'> & { confirm?: boolean };

export function editSite(siteId: string, body: SiteEdit): Promise<Site> {
  return requestApi(sitePath(siteId), siteSchema, { method: 'PATCH', body });
}

/** Refused with the bookings to come (409) until sent with `confirm`. */
export function archiveSite(siteId: string, confirm: boolean): Promise<Site> {
  return requestApi(`${sitePath(siteId)}/archive${confirm ? '?confirm=true' : ''}`, siteSchema, {
    method: 'POST',
  });
}

export function restoreSite(siteId: string): Promise<Site> {
  return requestApi(`${sitePath(siteId)}/restore`, siteSchema, { method: 'POST' });
}

/** Sends the image file itself as the body: the API recognises it by its first bytes. */
export function uploadSitePhoto(siteId: string, file: File): Promise<Site> {
  return apiClient.request({
    path: `${sitePath(siteId)}/photo`,
    schema: siteSchema,
    method: 'PUT',
    rawBody: { data: file, contentType: file.type },
    sentences: {
      noAnswer: sitesAdminMessages[getLanguage()].photo.noAnswer,
      unexpectedAnswer: sitesAdminMessages[getLanguage()].photo.unexpectedAnswer,
    },
  });
}

export function deleteSitePhoto(siteId: string): Promise<Site> {
  return requestApi(`${sitePath(siteId)}/photo`, siteSchema, { method: 'DELETE' });
}
