import { siteHostsSchema, sitePersonSchema, type SiteHosts, type SitePerson } from '@admz/shared';
import { z } from 'zod/mini';
import { requestApi } from '../../api-client';

const hostsPath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/hosts`;

export function fetchSiteHosts(siteId: string): Promise<SiteHosts> {
  return requestApi(hostsPath(siteId), siteHostsSchema);
}

export function appointHost(siteId: string, email: string): Promise<SiteHosts> {
  return requestApi(hostsPath(siteId), siteHostsSchema, { method: 'POST', body: { email } });
}

export function removeHost(siteId: string, userId: string): Promise<SiteHosts> {
  return requestApi(`${hostsPath(siteId)}/${encodeURIComponent(userId)}`, siteHostsSchema, {
    method: 'DELETE',
  });
}

export function cancelHostInvitation(siteId: string, invitationId: string): Promise<SiteHosts> {
  return requestApi(
    `/api/sites/${encodeURIComponent(siteId)}/host-invitations/${encodeURIComponent(invitationId)}`,
    siteHostsSchema,
    { method: 'DELETE' },
  );
}

export function searchPeople(query: string): Promise<SitePerson[]> {
  return requestApi(`/api/people?query=${encodeURIComponent(query)}`, z.array(sitePersonSchema));
}
