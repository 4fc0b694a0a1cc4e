import {
  publicAgendaEmbedPath,
  publicAgendaSchema,
  publicEventsFeedPath,
  publicSiteEventsFeedPath,
  type PublicAgenda,
} from '@admz/shared';
import { requestApi } from '../../api-client';

/** The public agenda: the whole network, or one site's events (an unknown site answers 404). */
export function fetchPublicAgenda(siteId: string | null): Promise<PublicAgenda> {
  const query = siteId ? `?siteId=${encodeURIComponent(siteId)}` : '';
  return requestApi(`/api/public/events${query}`, publicAgendaSchema);
}

/** The full address of a feed, to paste into a calendar. */
export function buildPublicFeedUrl(origin: string, siteId: string | null): string {
  return `${origin}${siteId ? publicSiteEventsFeedPath(siteId) : publicEventsFeedPath}`;
}

/** The address of the embeddable agenda, of one site or of the network. */
export function buildEmbedUrl(origin: string, siteId: string | null): string {
  return `${origin}${publicAgendaEmbedPath}${siteId ? `?site=${encodeURIComponent(siteId)}` : ''}`;
}

/** The HTML another site pastes to show the agenda; `title` names the frame for screen readers. */
export function buildEmbedSnippet(origin: string, siteId: string | null, title: string): string {
  return `<iframe src="${buildEmbedUrl(origin, siteId)}" title="${title}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
}
